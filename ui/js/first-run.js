// The first-run screen: suggested feeds to tick and subscribe to, import, add by address, or
// sync with a feed server (Settings → Accounts).
// Its state (what is ticked, what happened to each feed) lives here, not in the DOM, so the
// page may draw the screen again at any moment (a count changed, a refresh ended) without
// losing what the person ticked or the message they have not read yet.
import { call } from './api.js';
import { el } from './format.js';
import { errorText, t, tAttr } from './l10n.js';

const screen = {
  suggestions: [],
  ticked: new Set(),
  busy: false,
  // [{ title, ok, error }] of the last Subscribe (a failure's error is the app's message)
  results: [],
  // no suggested feed could be reached: the network is down
  offline: false,
};

/** Loads the suggestions once (they come from the app, so tests can make them local). */
export async function loadSuggestions() {
  if (screen.suggestions.length) return;
  screen.suggestions = await call('suggested_feeds');
  screen.ticked = new Set(screen.suggestions.filter((s) => s.ticked).map((s) => s.url));
}


/** The app's error says the network did not answer (not that the address is wrong). */
function unreachable(err) {
  return ['error-offline', 'net-unreachable', 'net-timeout'].includes(err?.id);
}

/** What the last Subscribe did, in one line (for the status line once the screen is gone). */
export function lastOutcome() {
  if (!screen.results.length) return '';
  if (screen.offline) return t('first-run-offline');
  return screen.results.map(resultText).join(' · ');
}

function resultText(r) {
  return t('first-run-result', { title: r.title, outcome: r.ok ? t('first-run-subscribed') : errorText(r.error) });
}

/**
 * The screen, drawn from its state. `redraw` draws it again; `onSubscribed` runs after a
 * Subscribe with the results.
 */
export function firstRunView({ redraw, onSubscribed, onImport, onAdd, onAccounts }) {
  const items = screen.suggestions.map((s) => {
    const box = el('input', { type: 'checkbox', value: s.url, 'aria-label': s.title, 'data-key': `tick:${s.url}` });
    box.checked = screen.ticked.has(s.url);
    box.disabled = screen.busy;
    box.addEventListener('change', () => {
      if (box.checked) screen.ticked.add(s.url); else screen.ticked.delete(s.url);
    });
    return el('li', {}, el('label', {}, box,
      el('span', {}, el('strong', { text: s.title }), el('small', { text: s.about || s.url }))));
  });
  const subscribeId = screen.busy ? 'first-run-subscribing' : 'first-run-subscribe';
  const subscribe = el('button', {
    type: 'button', class: 'primary', 'aria-label': tAttr(subscribeId, 'aria-label'), 'data-key': 'subscribe',
    text: t(subscribeId),
  });
  subscribe.disabled = screen.busy;
  subscribe.addEventListener('click', async () => {
    const chosen = screen.suggestions.filter((s) => screen.ticked.has(s.url));
    if (!chosen.length) return;
    screen.busy = true;
    screen.results = [];
    screen.offline = false;
    redraw();
    for (const s of chosen) {
      try {
        await call('add_feed', { url: s.url, folder: null });
        screen.results.push({ title: s.title, ok: true, error: null });
      } catch (e) {
        screen.results.push({ title: s.title, ok: false, error: e });
      }
    }
    screen.busy = false;
    const failed = screen.results.filter((r) => !r.ok);
    screen.offline = failed.length === screen.results.length && failed.every((r) => unreachable(r.error));
    redraw();
    await onSubscribed(screen.results);
  });
  const importButton = el('button', { type: 'button', class: 'secondary', 'aria-label': tAttr('first-run-import', 'aria-label'), 'data-key': 'import', text: t('first-run-import') });
  importButton.addEventListener('click', onImport);
  const addButton = el('button', { type: 'button', class: 'secondary', 'aria-label': tAttr('first-run-add', 'aria-label'), 'data-key': 'add', text: t('first-run-add') });
  addButton.addEventListener('click', onAdd);
  const accountsButton = el('button', { type: 'button', class: 'secondary', 'aria-label': tAttr('first-run-accounts', 'aria-label'), 'data-key': 'accounts', text: t('first-run-accounts') });
  accountsButton.addEventListener('click', onAccounts);
  const outcome = el('div', { class: 'first-run-outcome', role: 'status', 'aria-live': 'polite' });
  if (screen.offline) outcome.append(el('p', { class: 'form-error', text: t('first-run-offline') }));
  if (screen.results.length) {
    outcome.append(el('ul', { class: 'first-run-results' }, ...screen.results.map((r) =>
      el('li', { class: r.ok ? 'ok' : 'failed', dir: 'auto', text: resultText(r) }))));
  }
  return el('div', { class: 'first-run' },
    el('h3', { text: t('first-run-welcome') }),
    el('p', { text: t('first-run-intro') }),
    el('ul', { class: 'suggestions' }, ...items),
    el('div', { class: 'actions-row' }, subscribe, importButton, addButton, accountsButton),
    outcome);
}
