// The touchscreen kiosk of a maison de quartier: /kiosk?site=<id> (knowledge-base/kiosques.yaml).
// Screens are drawn here as big touch tiles; the assistant is the same as the website's, over Direct Line as the
// channel "kiosk". Nothing personal is kept: no storage, and a reset after inactivity or "Terminer" ends the
// conversation, clears the screen, the storage and the caches, and puts every setting back.
import { DirectLine } from './directline.js';
import { IdleClock } from './idle.js';
import { LANGUAGES, loadLabels, t } from './i18n.js';
import { keyboard, MAX_QUESTION } from './keyboard.js';
import { picto } from './pictos.js';
import { placesList, placesMap } from './places.js';
import { isSpeaking, speak, stop as stopSpeaking } from './speech.js';

const STATIC_CACHE = 'infosociale-kiosk-static-v1';
const DEFAULTS = Object.freeze({ language: 'fr', size: 0, contrast: false });
const SIZE_LABELS = ['sizeNormal', 'sizeLarge', 'sizeLarger'];
const SIZE_MARKS = ['A', 'A+', 'A++'];
// The words the assistant already understands: the same command as the website's "Parler à une personne" button,
// so the handoff to a social worker answers it here too once it exists.
const PERSON_COMMAND = 'Parler à une personne';
const START_COMMAND = 'Je ne sais pas par où commencer';
const THEMES = [
  ['logement', 'logement'], ['argent', "problème d'argent"], ['sante', 'santé'],
  ['famille', 'famille'], ['emploi', 'travail'], ['papiers', 'papiers'],
];

const siteId = new URLSearchParams(window.location.search).get('site') || '';
const ui = {
  screen: document.getElementById('screen'),
  controls: document.getElementById('controls'),
  navigation: document.getElementById('navigation'),
  status: document.getElementById('status'),
  warning: document.getElementById('warning'),
};
const state = {
  site: null,
  settings: { ...DEFAULTS },
  screen: 'attract',
  history: [],
  directLine: null,
  replies: [],
  waiting: false,
  offline: false,
};

const clock = new IdleClock({
  onWarn: showWarning,
  onTick: (left) => updateWarning(left),
  onExpire: () => resetKiosk(),
  isPaused: isSpeaking,
  isActive: () => state.screen !== 'attract' || !sameAsDefaults(),
});

// ---------- settings ----------

function sameAsDefaults() {
  return Object.keys(DEFAULTS).every((key) => state.settings[key] === DEFAULTS[key]);
}

function applySettings() {
  const root = document.documentElement;
  const language = state.settings.language;
  root.lang = language;
  root.dir = LANGUAGES[language].dir;
  root.dataset.size = String(state.settings.size);
  root.dataset.contrast = state.settings.contrast ? 'high' : 'normal';
  document.title = `${t(language, 'appName')} – ${state.site ? state.site.name : ''}`;
}

const L = (key, values) => t(state.settings.language, key, values);

// ---------- building blocks ----------

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label, onPress, { className = 'tile', icon = null, pressed = null, name = null, lang = null } = {}) {
  const node = element('button', className);
  node.type = 'button';
  if (icon) node.append(picto(icon));
  const text = element('span', 'label', label);
  if (lang) text.lang = lang;
  node.append(text);
  if (name) node.setAttribute('aria-label', name);
  if (pressed !== null) node.setAttribute('aria-pressed', String(pressed));
  // click = pointer up: a finger can slide off to cancel.
  node.addEventListener('click', onPress);
  return node;
}

function heading(text, level = 1) {
  const node = element('h' + level, 'screen-title', text);
  if (level === 1) node.id = 'screen-title';
  return node;
}

function frenchNotice() {
  if (state.settings.language === 'fr') return null;
  return element('p', 'notice', L('contentFrench'));
}

// ---------- frame: controls and navigation, always at the same place ----------

function renderFrame() {
  ui.controls.replaceChildren();
  ui.controls.setAttribute('role', 'toolbar');
  ui.controls.setAttribute('aria-label', L('textSize') + ', ' + L('contrast') + ', ' + L('language'));
  const sizes = element('div', 'size-group');
  sizes.setAttribute('role', 'group');
  sizes.setAttribute('aria-label', L('textSize'));
  SIZE_MARKS.forEach((mark, size) => {
    sizes.append(button(mark, () => changeSetting({ size }), {
      className: 'control size-' + size, pressed: state.settings.size === size, name: `${L(SIZE_LABELS[size])} ${mark}`,
    }));
  });
  ui.controls.append(
    sizes,
    button(L('contrast'), () => changeSetting({ contrast: !state.settings.contrast }), { className: 'control', icon: 'contrast', pressed: state.settings.contrast }),
    button(L('language'), () => go('language'), { className: 'control', icon: 'language' }),
    button(L('finish'), () => resetKiosk(), { className: 'control control-finish', icon: 'finish' }),
  );

  ui.navigation.replaceChildren();
  ui.navigation.setAttribute('aria-label', L('home') + ', ' + L('back') + ', ' + L('listen'));
  const onAttract = state.screen === 'attract';
  const home = button(L('home'), () => go('home', { reset: true }), { className: 'nav', icon: 'home' });
  const back = button(L('back'), () => goBack(), { className: 'nav nav-back', icon: 'back' });
  const listen = button(isSpeaking() ? L('stopListening') : L('listen'), () => toggleListening(), { className: 'nav nav-listen', icon: 'listen', pressed: isSpeaking() });
  const person = button(L('person'), () => go('person'), { className: 'nav', icon: 'person' });
  home.disabled = onAttract;
  back.disabled = state.history.length === 0;
  ui.navigation.append(home, back, listen, person);
}

function changeSetting(change) {
  Object.assign(state.settings, change);
  applySettings();
  render();
}

// ---------- navigation ----------

function go(screen, { reset = false } = {}) {
  stopSpeaking();
  if (reset) state.history = [];
  else if (state.screen !== screen) state.history.push(state.screen);
  state.screen = screen;
  render();
  if (screen === 'person') ask(PERSON_COMMAND, { stay: true });
}

function goBack() {
  stopSpeaking();
  state.screen = state.history.pop() || 'home';
  render();
}

function render() {
  renderFrame();
  const screen = SCREENS[state.screen] || SCREENS.home;
  ui.screen.replaceChildren();
  ui.screen.dataset.screen = state.screen;
  screen(ui.screen);
  ui.screen.setAttribute('aria-labelledby', 'screen-title');
  ui.screen.focus({ preventScroll: true });
  ui.screen.scrollTop = 0;
}

// ---------- screens ----------

const SCREENS = {
  attract(root) {
    const start = button(L('touch'), () => begin(), { className: 'attract-button', icon: 'start' });
    start.id = 'attract-start';
    root.append(
      heading(state.site ? state.site.name : L('appName')),
      element('p', 'lead', L('attractHelp')),
      start,
      element('p', 'privacy', L('attractPrivacy', { minutes: Math.round((state.site ? state.site.idleSeconds : 120) / 60) })),
    );
  },

  home(root) {
    const main = element('div', 'tiles tiles-main');
    main.append(
      button(L('start'), () => ask(START_COMMAND), { icon: 'start', className: 'tile tile-start' }),
      button(L('person'), () => go('person'), { icon: 'person' }),
      button(L('urgent'), () => go('urgent'), { icon: 'urgent', className: 'tile tile-urgent' }),
      button(L('where'), () => go('where'), { icon: 'where' }),
      button(L('write'), () => go('write'), { icon: 'write' }),
    );
    const themes = element('div', 'tiles tiles-themes');
    themes.setAttribute('role', 'group');
    themes.setAttribute('aria-labelledby', 'themes-title');
    for (const [theme, question] of THEMES) themes.append(button(L('theme_' + theme), () => ask(question), { icon: theme }));
    const themesTitle = heading(L('themes'), 2);
    themesTitle.id = 'themes-title';
    root.append(heading(L('homeTitle')), main, themesTitle, themes);
  },

  urgent(root) {
    const list = element('ul', 'numbers');
    for (const number of state.site.emergencyNumbers) {
      const item = element('li', 'number');
      const digits = element('span', 'number-digits', number.number);
      const label = element('span', 'number-label', number.label);
      label.lang = 'fr';
      item.append(digits, label);
      list.append(item);
    }
    const life = state.site.emergencyNumbers.find((n) => n.number === '112') || state.site.emergencyNumbers[0];
    root.append(heading(L('urgentTitle')), element('p', 'lead', L('urgentLife', { number: life.number })), element('p', '', L('urgentHelp')), list);
    const notice = frenchNotice();
    if (notice) root.append(notice);
  },

  person(root) {
    root.append(heading(L('personTitle')), element('p', 'lead', L('personHelp')), reception());
    replies(root);
  },

  answers(root) {
    root.append(heading(L('answerTitle')));
    replies(root);
  },

  async where(root) {
    root.append(heading(L('whereTitle')), element('p', 'lead', L('whereHelp')));
    const map = element('div', 'map');
    root.append(map);
    try {
      const { list, places } = await placesList(state.site, state.settings.language);
      root.append(list);
      if (!(await placesMap(map, state.site, places, state.settings.language))) map.remove();
    } catch {
      map.remove();
      root.append(element('p', 'problem', L('problem')));
    }
  },

  write(root) {
    const label = element('label', 'field-label', L('writeLabel'));
    label.htmlFor = 'question';
    const field = element('textarea', 'field');
    field.id = 'question';
    field.rows = 2;
    field.maxLength = MAX_QUESTION;
    field.lang = 'fr';
    field.setAttribute('inputmode', 'none');
    field.autocomplete = 'off';
    field.spellcheck = false;
    root.append(heading(L('writeTitle')), label, field, keyboard(field, state.settings.language, (text) => {
      if (text) ask(text);
    }));
  },

  language(root) {
    const list = element('div', 'tiles tiles-languages');
    for (const code of state.site ? state.site.languages : ['fr']) {
      const choice = button(LANGUAGES[code].name, () => {
        changeSetting({ language: code });
        goBack();
      }, { pressed: state.settings.language === code, lang: code });
      choice.dir = LANGUAGES[code].dir;
      list.append(choice);
    }
    root.append(heading(L('languageTitle')), list);
  },

  offline(root) {
    root.append(heading(L('offlineTitle')), element('p', 'lead', L('offlineHelp')));
    if (!state.site) return;
    const list = element('ul', 'numbers');
    for (const number of state.site.emergencyNumbers) {
      const item = element('li', 'number');
      const label = element('span', 'number-label', number.label);
      label.lang = 'fr';
      item.append(element('span', 'number-digits', number.number), label);
      list.append(item);
    }
    root.append(heading(L('urgentTitle'), 2), list, reception());
  },

  problem(root) {
    root.append(heading(L('appName')), element('p', 'lead problem', state.site ? L('problem') : L('unknownSite')));
  },
};

// The centre's reception: name, address, phone, hours (from the site settings, kept by the service worker).
function reception() {
  const place = state.site.reception;
  const box = element('section', 'reception');
  box.setAttribute('aria-labelledby', 'reception-title');
  const title = heading(place.title, 2);
  title.id = 'reception-title';
  title.lang = 'fr';
  box.append(title);
  if (place.address) box.append(fact(L('address'), place.address));
  if (place.phoneText) box.append(fact(L('phone'), place.phoneText));
  box.append(fact(L('receptionHours'), place.hours ? frenchHours(place.hours) : L('hoursUnknown'), !place.hours));
  if (place.status) box.append(element('p', 'status-line', place.status));
  return box;
}

function fact(label, value, inInterfaceLanguage = false) {
  const line = element('p', 'fact');
  line.append(element('strong', '', label + ' : '));
  const text = element('span', '', value);
  if (!inInterfaceLanguage) text.lang = 'fr';
  line.append(text);
  return line;
}

// "Mo-Fr 08:30-12:00,13:30-17:00; PH off" -> "lundi à vendredi 8 h 30 à 12 h, 13 h 30 à 17 h"
function frenchHours(hours) {
  const days = { Mo: 'lundi', Tu: 'mardi', We: 'mercredi', Th: 'jeudi', Fr: 'vendredi', Sa: 'samedi', Su: 'dimanche' };
  return hours.split(';').map((rule) => rule.trim()).filter((rule) => rule && !/^PH\b/.test(rule))
    .map((rule) => rule
      .replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su)\b/g, (d) => days[d])
      .replace(/(\d{2}):(\d{2})/g, (_, h, m) => `${Number(h)} h${m === '00' ? '' : ' ' + m}`)
      .replace(/-/g, ' à ').replace(/,/g, ', ').replace(/\boff\b|\bclosed\b/g, 'fermé').replace('24/7', '24 h sur 24'))
    .join(' ; ');
}

// ---------- the assistant's replies, as tiles ----------

function replies(root) {
  const area = element('div', 'replies');
  area.lang = 'fr';
  area.dir = 'ltr';
  const notice = frenchNotice();
  if (notice) root.append(notice);
  if (state.waiting && state.replies.length === 0) area.append(element('p', 'waiting', L('waiting')));
  for (const activity of state.replies) area.append(...activityParts(activity));
  const last = state.replies[state.replies.length - 1];
  const actions = last && last.suggestedActions ? last.suggestedActions.actions : [];
  if (actions.length > 0) {
    const tiles = element('div', 'tiles tiles-actions');
    for (const action of actions) tiles.append(actionTile(action));
    area.append(tiles);
  }
  const entry = state.replies.map((a) => a.value && a.value.entry).filter(Boolean).pop();
  if (entry) area.append(takeHome(entry));
  root.append(area);
}

function activityParts(activity) {
  const parts = [];
  if (activity.text) parts.push(markdown(activity.text));
  for (const attachment of activity.attachments || []) {
    if (attachment.contentType !== 'application/vnd.microsoft.card.hero') continue;
    const card = attachment.content;
    const box = element('section', 'card');
    box.append(element('h2', 'card-title', card.title));
    if (card.subtitle) box.append(element('p', 'card-subtitle', card.subtitle));
    if (card.text) box.append(element('p', 'card-text', card.text));
    const buttons = (card.buttons || []).map(actionTile);
    if (buttons.length) {
      const tiles = element('div', 'tiles tiles-card');
      tiles.append(...buttons);
      box.append(tiles);
    }
    parts.push(box);
  }
  return parts;
}

// imBack/postBack/messageBack send their value; "call" and "openUrl" cannot run on a kiosk: shown as text to note.
function actionTile(action) {
  const value = typeof action.value === 'string' ? action.value : action.title;
  if (action.type === 'call') {
    return element('p', 'call', `${action.title} : ${String(action.value || '').replace(/^tel:/, '')}`);
  }
  if (action.type === 'openUrl') return element('p', 'link-text', String(action.value || ''));
  return button(action.title, () => ask(value, { stay: state.screen === 'person' }), { className: 'tile tile-action' });
}

// The bot's Markdown (bold, lists, links) as plain elements; never innerHTML.
function markdown(text) {
  const box = element('div', 'message');
  let list = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const item = line.match(/^(?:[-*]|\d+\.)\s+(.*)$/);
    if (!line) { list = null; continue; }
    if (item) {
      if (!list) { list = element(/^\d/.test(line) ? 'ol' : 'ul'); box.append(list); }
      list.append(inline(element('li'), item[1]));
    } else {
      list = null;
      box.append(inline(element('p'), line.replace(/^#+\s*/, '')));
    }
  }
  return box;
}

function inline(node, text) {
  const pattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)]+)\)/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    node.append(text.slice(at, match.index));
    if (match[1]) node.append(element('strong', '', match[1]));
    else node.append(`${match[2]}${match[3].startsWith('tel:') ? '' : ' (' + match[3] + ')'}`);
    at = match.index + match[0].length;
  }
  node.append(text.slice(at));
  return node;
}

// "Emporter cette fiche": the QR code of /fiche/{id} and a print button (80 mm ticket, through a hidden frame).
function takeHome(entryId) {
  const box = element('section', 'take-home');
  box.setAttribute('aria-labelledby', 'take-home-title');
  const title = heading(L('takeHome'), 2);
  title.id = 'take-home-title';
  title.lang = state.settings.language;
  const image = element('img', 'qr');
  image.src = `/fiche/${encodeURIComponent(entryId)}/qr.svg`;
  image.alt = L('qrHelp');
  image.width = 264;
  image.height = 264;
  const help = element('p', '', L('qrHelp'));
  help.lang = state.settings.language;
  const print = button(L('print'), () => printFiche(entryId), { className: 'tile tile-print', lang: state.settings.language });
  box.append(title, image, help, print);
  return box;
}

function printFiche(entryId) {
  const frame = element('iframe', 'print-frame');
  frame.title = L('print');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.src = `/fiche/${encodeURIComponent(entryId)}`;
  frame.addEventListener('load', () => {
    frame.contentWindow.print();
    setTimeout(() => frame.remove(), 60000);
  });
  document.body.append(frame);
  announce(L('printing'));
}

// ---------- the conversation ----------

async function begin() {
  try {
    if (!state.directLine) await connect();
    go('home', { reset: true });
  } catch {
    showOffline();
  }
}

async function connect() {
  const directLine = new DirectLine(siteId, receive, connection);
  await directLine.start();
  state.directLine = directLine;
}

function receive(activities) {
  if (!state.waiting && state.replies.length === 0 && !state.asked) return; // the welcome: the home screen says it
  const messages = activities.filter((a) => a.type === 'message');
  if (messages.length === 0) return;
  state.replies.push(...messages);
  state.waiting = false;
  announce('');
  if (state.screen === 'answers' || state.screen === 'person') render();
}

async function ask(text, { stay = false } = {}) {
  stopSpeaking();
  state.replies = [];
  state.waiting = true;
  state.asked = true;
  if (!stay) go('answers');
  else render();
  announce(L('waiting'));
  try {
    if (!state.directLine) await connect();
    await state.directLine.send(text);
  } catch {
    state.waiting = false;
    showOffline();
  }
}

// ---------- read aloud ----------

function toggleListening() {
  if (isSpeaking()) {
    stopSpeaking();
    renderFrame();
    return;
  }
  speak(spokenParts(ui.screen), () => renderFrame());
  renderFrame();
}

// Every visible text of the screen, in order, each part in its own language (answers in French).
function spokenParts(root) {
  const parts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.tagName === 'IMG' && node.alt) push(node.alt, node);
      continue;
    }
    const text = node.textContent.trim();
    if (text) push(text, node.parentElement);
  }
  function push(text, where) {
    const language = (where.closest('[lang]') || document.documentElement).lang || 'fr';
    const last = parts[parts.length - 1];
    if (last && last.language === language) last.text += (/[.!?:]$/.test(last.text) ? ' ' : '. ') + text;
    else parts.push({ language, text });
  }
  return parts;
}

function announce(text) {
  ui.status.textContent = text;
}

// ---------- idle warning and reset ----------

function showWarning(seconds) {
  stopSpeaking();
  const box = ui.warning;
  box.replaceChildren();
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-labelledby', 'warning-title');
  box.setAttribute('aria-describedby', 'warning-help');
  const title = element('h2', 'warning-title', L('stillThere'));
  title.id = 'warning-title';
  const help = element('p', 'warning-help', L('stillThereHelp', { seconds }));
  help.id = 'warning-help';
  const keep = button(L('continue'), () => {
    box.hidden = true;
    document.querySelector('.kiosk').inert = false;
    clock.continue();
    ui.screen.focus({ preventScroll: true });
  }, { className: 'tile tile-continue' });
  keep.id = 'warning-continue';
  box.append(title, help, keep);
  document.querySelector('.kiosk').inert = true;
  box.hidden = false;
  keep.focus();
  speak([{ language: state.settings.language, text: `${L('stillThere')} ${L('stillThereHelp', { seconds })}` }]);
}

function updateWarning(left) {
  const help = document.getElementById('warning-help');
  if (help) help.textContent = L('stillThereHelp', { seconds: left });
}

// Everything back to how the first resident found it; nothing of this session stays in the page or the browser.
async function resetKiosk() {
  stopSpeaking();
  ui.warning.hidden = true;
  ui.warning.replaceChildren();
  document.querySelector('.kiosk').inert = false;
  const ending = state.directLine;
  Object.assign(state, { settings: { ...DEFAULTS }, screen: 'attract', history: [], directLine: null, replies: [], waiting: false, asked: false });
  document.querySelectorAll('.print-frame').forEach((frame) => frame.remove());
  applySettings();
  render();
  announce('');
  await Promise.allSettled([ending ? ending.end() : null, forgetStorage()]);
  clock.continue();
}

async function forgetStorage() {
  sessionStorage.clear();
  localStorage.clear();
  if (indexedDB.databases) {
    for (const database of await indexedDB.databases()) indexedDB.deleteDatabase(database.name);
  }
  if (window.caches) {
    for (const name of await caches.keys()) if (name !== STATIC_CACHE) await caches.delete(name);
  }
}

// ---------- offline and reconnection ----------

function connection(up) {
  if (up) return;
  probe();
}

async function probe() {
  try {
    const response = await fetch('/health/live', { cache: 'no-store' });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    if (state.offline) backOnline();
    else if (state.directLine) await state.directLine.resume();
  } catch {
    showOffline();
  }
}

function showOffline() {
  stopSpeaking();
  if (!state.offline) {
    state.offline = true;
    state.screenBeforeOffline = state.screen === 'offline' ? 'home' : state.screen;
    state.screen = 'offline';
    render();
  }
  announce(L('reconnecting'));
  clearTimeout(state.retry);
  state.retry = setTimeout(probe, 5000);
}

async function backOnline() {
  state.offline = false;
  clearTimeout(state.retry);
  try {
    if (state.directLine) await state.directLine.resume();
    else if (state.screenBeforeOffline !== 'attract') await connect();
  } catch {
    showOffline();
    return;
  }
  state.screen = state.screenBeforeOffline || 'home';
  render();
  announce(L('online'));
}

// ---------- start ----------

function guardTouches() {
  document.addEventListener('pointerdown', () => {
    if (isSpeaking()) { stopSpeaking(); renderFrame(); }
    clock.touched();
  }, { capture: true });
  document.addEventListener('keydown', () => clock.touched(), { capture: true });
  document.addEventListener('contextmenu', (event) => event.preventDefault());
  window.addEventListener('offline', () => showOffline());
  window.addEventListener('online', () => probe());
}

// The site's settings (urgent numbers, reception hours) are kept in the static cache, the same one the service
// worker fills: a kiosk that starts while the server is unreachable still shows them on its offline screen.
async function loadSite() {
  const url = `/api/kiosk/sites/${encodeURIComponent(siteId)}`;
  let response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch (offline) {
    const kept = window.caches ? await caches.match(url) : null;
    if (!kept) throw offline;
    return kept.json();
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new Error('HTTP ' + response.status);
  if (window.caches) {
    const copy = response.clone();
    caches.open(STATIC_CACHE).then((cache) => cache.put(url, copy)).catch(() => {});
  }
  return response.json();
}

async function main() {
  guardTouches();
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk' }).catch(() => {});
  const labels = loadLabels();
  try {
    state.site = siteId ? await loadSite() : null;
  } catch {
    state.site = null;
  }
  await labels.catch(() => {}); // without them (first start, server unreachable) the labels' names show
  applySettings();
  if (!state.site) {
    state.screen = 'problem';
    render();
    return;
  }
  clock.configure(state.site.idleSeconds, state.site.warningSeconds);
  render();
  performance.mark('kiosk-usable'); // read by ./infosociale bench kiosk
}

main();
