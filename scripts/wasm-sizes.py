#!/usr/bin/env python3
"""Where a wasm module's bytes go: code bytes by crate and by function, and
the data segments' bytes, read from the module's `name` section.

    python3 scripts/wasm-sizes.py target/wasm32-unknown-unknown/release/hashpivot.wasm [top]

Run it on cargo's output (before wasm-bindgen and wasm-opt, which drop the
names): the split is what the optimised module's is, give or take.
"""
import re
import sys
import zlib
from collections import Counter


def leb(data, i):
    result = shift = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(data):
    i = 8
    while i < len(data):
        sid = data[i]
        size, j = leb(data, i + 1)
        yield sid, data[j:j + size]
        i = j + size


def crate_of(name):
    """The crate a demangled symbol belongs to: its path's first segment;
    for an impl (`_<T as Trait>::f`), T's crate, or the trait's where T is
    no path (`&T`, a tuple). v0-mangled names (`_RNv...`, the standard
    library's) are `std`."""
    if name.startswith("_R"):
        return "std"
    if name.startswith("_<") or name.startswith("<"):
        inner = name.lstrip("_<")
        m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)::", inner)
        if m:
            return m.group(1)
        m = re.search(r" as ([A-Za-z_][A-Za-z0-9_]*)::", inner)
        return m.group(1) if m else "?"
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)", name)
    return m.group(1) if m else "?"


def demangle(name):
    if not name.startswith("_ZN"):
        return name
    out, i = [], 3
    while i < len(name) and name[i].isdigit():
        j = i
        while name[j].isdigit():
            j += 1
        n = int(name[i:j])
        out.append(name[j:j + n])
        i = j + n
    parts = [p for p in out if not re.fullmatch(r"h[0-9a-f]{16}", p)]
    text = "::".join(parts)
    for code, ch in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$RF$", "&"), ("$C$", ","), ("..", "::"), ("$u7b$", "{"), ("$u7d$", "}"), ("$BP$", "*")):
        text = text.replace(code, ch)
    return text


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    data = open(path, "rb").read()
    imports = 0
    bodies = []
    names = {}
    data_bytes = 0
    for sid, body in sections(data):
        if sid == 2:  # imports: functions take the first indices
            count, i = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    n, i = leb(body, i)
                    i += n
                kind = body[i]
                i += 1
                if kind == 0:
                    _, i = leb(body, i)
                    imports += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 2:
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                else:
                    i += 2
        elif sid == 10:
            count, i = leb(body, 0)
            for _ in range(count):
                size, j = leb(body, i)
                bodies.append(body[j:j + size])
                i = j + size
        elif sid == 11:
            data_bytes = len(body)
            data_gz = len(zlib.compress(body, 9))
        elif sid == 0:
            n, i = leb(body, 0)
            if body[i:i + n] != b"name":
                continue
            i += n
            while i < len(body):
                sub = body[i]
                size, j = leb(body, i + 1)
                if sub == 1:
                    count, k = leb(body, j)
                    for _ in range(count):
                        idx, k = leb(body, k)
                        ln, k = leb(body, k)
                        names[idx] = body[k:k + ln].decode("utf-8", "replace")
                        k += ln
                i = j + size
    by_crate = Counter()
    by_fn = Counter()
    for n, code in enumerate(bodies):
        name = demangle(names.get(imports + n, f"func{imports + n}"))
        by_crate[crate_of(name)] += len(code)
        by_fn[name] += len(code)
    total = sum(by_crate.values())
    print(f"code {total:,} B in {len(bodies):,} functions; data {data_bytes:,} B ({data_gz:,} B deflated)")
    print("\nby crate (code bytes, share)")
    for crate, size in by_crate.most_common(25):
        print(f"{size:>10,}  {100 * size / total:5.1f}%  {crate}")
    print(f"\nlargest {top} functions")
    for name, size in by_fn.most_common(top):
        print(f"{size:>10,}  {name[:140]}")


if __name__ == "__main__":
    main()
