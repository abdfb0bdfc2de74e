// Keyboard shortcuts a person can change: the actions the window's keys run and each one's
// key (the defaults, or the person's own), which action a key press asks for, the list `?`
// shows, and Settings → Shortcuts, which changes or clears any key, warns when a key was
// another action's, and turns every single-key shortcut off (a screen reader owns those keys).
// The keys are kept in the store's settings (`shortcuts`, `single_key_shortcuts`), so they
// travel with the data and `broadsheet config` shows them.
import { call } from './api.js';
import { el } from './format.js';
import { errorText, t, tAttr } from './l10n.js';

/** [action, default key, its name in the catalog], in the order the lists show them. */
export const ACTIONS = [
  ['next', 'j', 'keys-next'],
  ['previous', 'k', 'keys-previous'],
  ['next-unread', 'n', 'keys-next-unread'],
  ['previous-unread', 'p', 'keys-previous-unread'],
  ['bookmark', 's', 'keys-bookmark'],
  ['read', 'm', 'keys-read'],
  ['open', 'o', 'keys-open'],
  ['full', 'f', 'keys-full'],
  ['refresh', 'r', 'keys-refresh'],
  ['search', '/', 'keys-search'],
  ['sidebar', 'v', 'keys-sidebar'],
  ['mark-all', 'A', 'keys-mark-all'],
  ['story', 'x', 'keys-story'],
  ['play', 'l', 'keys-play'],
  ['play-back', '[', 'keys-play-back'],
  ['play-on', ']', 'keys-play-on'],
  ['play-slower', '<', 'keys-play-slower'],
  ['play-faster', '>', 'keys-play-faster'],
  ['keys', '?', 'keys-this-list'],
];
const DEFAULTS = Object.fromEntries(ACTIONS.map(([action, key]) => [action, key]));

/** Keys that move around the window (focus, the list, dialogs, undo, zoom): never a shortcut. */
const RESERVED = new Set(['Tab', 'Shift+Tab', 'Enter', 'Escape', 'Space', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight',
  'Home', 'End', 'PageUp', 'PageDown', 'Ctrl+z', 'Ctrl+Z', 'Ctrl+=', 'Ctrl++', 'Ctrl+-', 'Ctrl+0']);
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'OS']);

let keys = { ...DEFAULTS };
let singleKeys = true;
let dialog = null;

/** A key press as the settings write it: `j`, `A` (Shift+a), `Ctrl+k`, `Alt+ArrowLeft`. */
export function keyOf(e) {
  let key = e.key === ' ' ? 'Space' : e.key;
  // Caps Lock does not change which key was meant
  if (key.length === 1 && e.getModifierState?.('CapsLock')) {
    key = key === key.toUpperCase() ? key.toLowerCase() : key.toUpperCase();
  }
  const parts = [];
  if (e.ctrlKey || e.metaKey) parts.push('Ctrl');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey && key.length > 1) parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}

/** A key with no Ctrl or Alt: the kind a screen reader uses for itself. */
const isSingle = (key) => !/^(Ctrl|Alt)\+/.test(key);

/** How a key is written for a person: `Shift+A` for the capital. */
function shown(key) {
  if (!key) return t('shortcuts-no-key');
  return key.length === 1 && key !== key.toLowerCase() ? `Shift+${key}` : key;
}

/** The action a key press asks for, or null. */
export function actionFor(e) {
  const key = keyOf(e);
  if (!singleKeys && isSingle(key)) return null;
  const found = ACTIONS.find(([action]) => keys[action] === key);
  return found ? found[0] : null;
}

/** Takes the keys from the settings (`get_settings` or `set_setting`'s answer). */
export function applyShortcuts(settings) {
  keys = { ...DEFAULTS, ...(settings.shortcuts ?? {}) };
  singleKeys = settings.single_key_shortcuts !== false;
  drawKeysList();
}

/** The `?` list: each action with its key now. */
export function drawKeysList() {
  const list = document.getElementById('keys-actions');
  if (!list) return;
  list.replaceChildren(...ACTIONS.flatMap(([action, , name]) => [
    el('dt', {}, keys[action] && (singleKeys || !isSingle(keys[action])) ? el('kbd', { text: shown(keys[action]) }) : el('span', { class: 'no-key', text: t('shortcuts-no-key') })),
    el('dd', { text: t(name) }),
  ]));
}

/** Opens Settings → Shortcuts. */
export function openShortcuts() {
  if (!dialog) {
    dialog = el('dialog', { id: 'dlg-shortcuts', class: 'wide', 'aria-labelledby': 'dlg-shortcuts-title' });
    dialog.append(el('div', { class: 'dialog-body', id: 'shortcuts-body' }));
    // a key being chosen is not a close
    dialog.addEventListener('cancel', (e) => { if (capturing) e.preventDefault(); });
    document.body.append(dialog);
  }
  draw('');
  dialog.showModal();
}

let capturing = null;

function draw(message, focusAction) {
  const rows = ACTIONS.map(([action, , label]) => {
    const name = t(label);
    const change = el('button', {
      type: 'button', class: 'secondary key-choice', 'data-action': action,
      'aria-label': tAttr('shortcuts-change', 'aria-label', { action: name, key: shown(keys[action]) }),
    }, keys[action] ? el('kbd', { text: shown(keys[action]) }) : el('span', { class: 'no-key', text: t('shortcuts-no-key') }));
    change.addEventListener('click', () => capture(action, change));
    const clear = el('button', {
      type: 'button', class: 'secondary', 'data-clear': action,
      'aria-label': tAttr('shortcuts-clear', 'aria-label', { action: name }), text: t('shortcuts-clear'),
    });
    clear.disabled = !keys[action];
    clear.addEventListener('click', () => save({ ...keys, [action]: '' }, t('shortcuts-cleared', { action: name }), action));
    return el('tr', {}, el('th', { scope: 'row', text: name }), el('td', {}, change), el('td', {}, clear));
  });
  const single = el('input', { type: 'checkbox', id: 'shortcuts-single' });
  single.checked = singleKeys;
  single.addEventListener('change', () => saveSetting('single_key_shortcuts', String(single.checked), ''));
  const reset = el('button', { type: 'button', class: 'secondary', id: 'shortcuts-reset', text: t('shortcuts-reset') });
  reset.addEventListener('click', () => save({ ...DEFAULTS }, t('shortcuts-were-reset')));
  const close = el('button', { type: 'button', class: 'primary', 'aria-label': tAttr('done', 'aria-label'), text: t('done') });
  close.addEventListener('click', () => dialog.close());
  document.getElementById('shortcuts-body').replaceChildren(
    el('h2', { id: 'dlg-shortcuts-title', text: t('keys-title') }),
    el('label', { class: 'check' }, single, ' ', el('span', { text: t('shortcuts-single') })),
    el('p', { class: 'hint', text: t('shortcuts-single-hint') }),
    el('table', { class: 'shortcuts' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t('shortcuts-action') }), el('th', { scope: 'col', text: t('shortcuts-key') }), el('td'))),
      el('tbody', {}, ...rows)),
    el('p', { class: 'form-status', id: 'shortcuts-status', role: 'status', text: message }),
    el('div', { class: 'dialog-actions' }, reset, el('span', { class: 'grow' }), close),
  );
  if (focusAction) dialog.querySelector(`[data-action="${focusAction}"]`)?.focus();
}

/** Waits for the key to give `action`; Escape (or leaving the button) keeps the one it had. */
function capture(action, button) {
  const name = t(ACTIONS.find(([a]) => a === action)[2]);
  button.replaceChildren(t('shortcuts-press'));
  const stop = () => {
    document.removeEventListener('keydown', onKey, true);
    button.removeEventListener('blur', onBlur);
    capturing = null;
  };
  const onBlur = () => { stop(); draw(''); };
  const onKey = (e) => {
    if (MODIFIERS.has(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    stop();
    const key = keyOf(e);
    if (key === 'Escape') return draw('', action);
    if (RESERVED.has(key)) return draw(t('shortcuts-reserved', { key: shown(key) }), action);
    const next = { ...keys, [action]: key };
    const other = ACTIONS.find(([a]) => a !== action && keys[a] === key);
    let message = t('shortcuts-set', { action: name, key: shown(key) });
    if (other) {
      next[other[0]] = '';
      message = t('shortcuts-clash', { key: shown(key), other: t(other[2]), action: name });
    }
    return save(next, message, action);
  };
  capturing = action;
  document.addEventListener('keydown', onKey, true);
  button.addEventListener('blur', onBlur);
}

/** Keeps the keys that differ from the defaults. */
function save(map, message, focusAction) {
  const own = Object.fromEntries(Object.entries(map).filter(([action, key]) => DEFAULTS[action] !== key));
  return saveSetting('shortcuts', JSON.stringify(own), message, focusAction);
}

async function saveSetting(key, value, message, focusAction) {
  try {
    applyShortcuts(await call('set_setting', { key, value }));
    draw(message, focusAction);
  } catch (err) {
    draw(t('status-setting-refused', { error: errorText(err) }), focusAction);
  }
}
