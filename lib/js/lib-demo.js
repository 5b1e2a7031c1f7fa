// The library demo: pick a panel and an input, type a value, read every
// output. Uses only the library's three functions; builds the DOM with
// textContent (no innerHTML).
import { evaluate, inputs, PANELS } from './lib/hashpivot.mjs';

const $ = (id) => document.getElementById(id);
const option = (select, value) => {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = value;
  select.append(o);
};

function fillKeys() {
  $('key').replaceChildren();
  for (const input of inputs($('panel').value)) option($('key'), input.key);
  $('value').value = String(inputs($('panel').value)[0]?.default ?? '');
  show();
}

function show() {
  const given = $('key').value ? { [$('key').value]: Number($('value').value) } : {};
  $('error').textContent = '';
  $('outputs').replaceChildren();
  let result;
  try {
    result = evaluate($('panel').value, given);
  } catch (e) {
    $('error').textContent = e.errors.map((p) => `${p.key}: ${p.reason}`).join('; ');
    return;
  }
  for (const [key, value] of Object.entries(result)) {
    if (key === 'reasons') continue;
    const row = document.createElement('tr');
    const name = document.createElement('th');
    const cell = document.createElement('td');
    name.scope = 'row';
    name.textContent = key;
    cell.textContent = value === null ? `(${result.reasons[key]})` : String(value);
    cell.dataset.libOutput = key;
    row.append(name, cell);
    $('outputs').append(row);
  }
  document.body.dataset.ready = '';
}

for (const panel of PANELS) option($('panel'), panel);
$('panel').addEventListener('change', fillKeys);
$('key').addEventListener('change', () => {
  $('value').value = String(inputs($('panel').value).find((i) => i.key === $('key').value).default);
  show();
});
$('value').addEventListener('input', show);
fillKeys();
