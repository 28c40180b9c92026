import { t } from './i18n.js';

// The on-screen French keyboard (AZERTY, accents, large keys) for the free question. The field has
// inputmode="none", so no system keyboard ever covers the screen; a physical keyboard still types into it.
const ROWS = [
  ['a', 'z', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['q', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm'],
  ['w', 'x', 'c', 'v', 'b', 'n', "'", ',', '.', '?'],
  ['é', 'è', 'ê', 'à', 'â', 'ç', 'ù', 'û', 'ô', 'î'],
];

export const MAX_QUESTION = 300;

export function keyboard(field, language, onSend) {
  const pad = document.createElement('div');
  pad.className = 'keyboard';
  pad.setAttribute('role', 'group');
  pad.setAttribute('aria-label', t(language, 'keyboard'));
  pad.dir = 'ltr';
  pad.lang = 'fr';
  const type = (text) => {
    if (field.value.length + text.length > MAX_QUESTION) return;
    field.value += text;
    field.dispatchEvent(new Event('input'));
  };
  for (const row of ROWS) {
    const line = document.createElement('div');
    line.className = 'keyboard-row';
    for (const key of row) line.append(keyButton(key, key === "'" ? 'apostrophe' : null, () => type(key)));
    pad.append(line);
  }
  const last = document.createElement('div');
  last.className = 'keyboard-row keyboard-actions';
  last.append(
    keyButton('⌫', t(language, 'erase'), () => { field.value = field.value.slice(0, -1); field.dispatchEvent(new Event('input')); }, 'key-wide', language),
    keyButton(t(language, 'space'), null, () => type(' '), 'key-space', language),
    keyButton(t(language, 'send'), null, () => onSend(field.value.trim()), 'key-send', language),
  );
  pad.append(last);
  return pad;
}

function keyButton(label, name, press, extra, language) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'key' + (extra ? ' ' + extra : '');
  button.textContent = label;
  if (name) button.setAttribute('aria-label', name);
  if (language) button.lang = language;
  button.addEventListener('click', press);
  return button;
}
