#!/usr/bin/env python3
"""Regenerates the README's URL-key table from the input registry
(src/inputs.rs) and the translation table (src/i18n.rs). Run after adding an
input: python3 scripts/keys_table.py (tests/readme_contract.rs checks it)."""
import re
from pathlib import Path

root = Path(__file__).resolve().parent.parent
source = (root / 'src/inputs.rs').read_text()
i18n = (root / 'src/i18n.rs').read_text()


def english(name):
    m = re.search(r'^\s+' + name + r' => "((?:[^"\\]|\\.)*)"', i18n, re.M)
    return m.group(1) if m else name


start = source.index('pub static INPUTS: &[InputSpec] = &[') + len('pub static INPUTS: &[InputSpec] = &[')
body = source[start:source.index('\n];', start)]
items, comment, buf, depth = [], [], '', 0
for line in body.split('\n'):
    t = line.strip()
    if depth == 0 and t.startswith('//'):
        comment.append(t[2:].strip())
        continue
    if not t:
        continue
    buf += ' ' + t
    depth += t.count('(') - t.count(')')
    if depth == 0:
        items.append((' '.join(comment), ' '.join(buf.split())))
        buf, comment = '', []

rows = []
for note, call in items:
    args = call[call.index('(') + 1:call.rindex(')')].strip().rstrip(',').strip()
    if call.startswith('spec'):
        m = re.match(r'InputId::\w+, "(\w+)", Text::(\w+), Text::(\w+), \(([-\d_.]+), ([-\d_.]+)\), \(([-\d_.]+), ([-\d_.]+)\), ([\d.]+), (\d), ([-\d_./ ]+)$', args)
        key, label, unit, lo, hi, _, _, _, _, default = m.groups()
        rows.append((key, english(label), english(unit) or '—', f"{lo.replace('_', ',')} – {hi.replace('_', ',')}", default.replace('_', ','), note))
    else:
        m = re.match(r'InputId::\w+, "(\w+)", Text::(\w+), &\[(.*?)\], ([\d.]+)$', args)
        key, label, choices, default = m.groups()
        names = [english(x.strip().replace('Text::', '')) for x in choices.split(',')]
        rows.append((key, english(label), 'choice', ' / '.join(f'{i} = {n}' for i, n in enumerate(names)), default, note))

header = '| key | meaning | unit | domain | default | source / note |'
table = '\n'.join([header, '|---|---|---|---|---|---|'] + ['| `%s` | %s | %s | %s | %s | %s |' % r for r in rows]) + '\n'
readme = (root / 'README.md').read_text()
a, b = readme.index(header), readme.index('View keys:')
(root / 'README.md').write_text(readme[:a] + table + '\n' + readme[b:])
print(f'{len(rows)} keys')
