// Feed health (the sidebar's "Feed health"): every subscription by trouble, worst first
// (failing, gone, dead, slow, moved, then the working ones), what is wrong as a person reads
// it, since when, what to do, and the actions: retry now, find the feed again from its site,
// change the address, unsubscribe. The judging is the engine's (`engine::health`).
import { call, on } from './api.js';
import { el } from './format.js';

const STATE_NAMES = { failing: 'Failing', gone: 'Gone', dead: 'Dead', slow: 'Slow', moved: 'Moved', fine: 'Working' };

let dialog = null;
let onUnsubscribe = () => {};

/** Opens the health view; `unsubscribe(feedId, title)` is the app's own unsubscribe (undoable). */
export async function openHealth({ unsubscribe }) {
  onUnsubscribe = unsubscribe;
  if (!dialog) {
    dialog = el('dialog', { id: 'dlg-health', class: 'wide', 'aria-labelledby': 'dlg-health-title' }, el('div', { class: 'dialog-body', id: 'health-body' }));
    document.body.append(dialog);
    // a retry's result shows as soon as it is in
    on('refresh-done', () => { if (dialog.open) show(); });
  }
  await show();
  dialog.showModal();
}

/** How many feeds are in trouble (the sidebar entry's badge). */
export function troubled(list) {
  return list.filter((h) => h.state !== 'fine').length;
}

async function show(message = '') {
  const list = await call('feed_health');
  const close = el('button', { type: 'button', class: 'primary', 'aria-label': 'Close', text: 'Close' });
  close.addEventListener('click', () => dialog.close());
  const bad = troubled(list);
  document.getElementById('health-body').replaceChildren(
    el('h2', { id: 'dlg-health-title', text: 'Feed health' }),
    el('p', { class: 'hint', text: bad === 0 ? 'Every feed works.' : `${bad === 1 ? '1 feed needs' : `${bad} feeds need`} a look. The worst come first.` }),
    el('p', { class: 'form-status', id: 'health-status', role: 'status', text: message }),
    el('ul', { class: 'health-list', 'aria-label': 'Feeds by health' }, ...list.map(row)),
    el('div', { class: 'dialog-actions' }, el('span', { class: 'grow' }), close));
}

function day(t) {
  return new Date(t * 1000).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

function row(h) {
  const facts = [`${h.per_week.toFixed(1)} articles a week`];
  if (h.last_success_at) facts.push(`last worked ${day(h.last_success_at)}`);
  if (h.last_new_at) facts.push(`last new article ${day(h.last_new_at)}`);
  if (h.response_ms != null) facts.push(`answers in ${h.response_ms < 1000 ? `${h.response_ms} ms` : `${(h.response_ms / 1000).toFixed(1)} s`}`);
  if (h.last_bytes != null) facts.push(`${Math.max(1, Math.round(h.last_bytes / 1024))} KB`);
  if (h.consecutive_failures === 1) facts.push('failed once');
  else if (h.consecutive_failures > 1) facts.push(`failed ${h.consecutive_failures} times in a row`);
  const since = h.since && h.state !== 'fine' ? ` since ${day(h.since)}` : '';
  const item = el('li', { class: `health health-${h.state}`, 'data-feed-id': h.feed_id },
    el('div', { class: 'health-head' },
      el('span', { class: 'health-state', text: STATE_NAMES[h.state] ?? h.state }),
      el('span', { class: 'health-title', dir: 'auto', text: h.title })),
    el('p', { class: 'health-headline', dir: 'auto', text: `${h.headline}${since}` }),
    el('p', { class: 'health-facts', dir: 'auto', text: `${h.url} · ${facts.join(' · ')}` }),
    h.advice ? el('p', { class: 'hint', text: h.advice }) : null);
  if (h.state !== 'fine') item.append(actions(h));
  return item;
}

function actions(h) {
  const say = (text) => show(text);
  const button = (label, text, action) => {
    // the name starts with what is shown, for voice control
    const b = el('button', { type: 'button', class: 'secondary small', 'aria-label': `${label} ${h.title}`, text });
    b.addEventListener('click', async () => {
      b.disabled = true;
      try { await action(); } catch (err) { await say(`${h.title}: ${err}`); }
    });
    return b;
  };
  const address = el('form', { class: 'health-address', hidden: true },
    el('input', { type: 'url', value: h.url, 'aria-label': `New address of ${h.title}`, autocomplete: 'off', spellcheck: 'false' }),
    el('button', { type: 'submit', class: 'primary small', 'aria-label': `Save the address of ${h.title}`, text: 'Save' }));
  address.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await call('set_feed_url', { id: h.feed_id, url: address.querySelector('input').value });
      await say(`${h.title}: the address is changed; fetching it now.`);
    } catch (err) {
      await say(`${h.title}: ${err}`);
    }
  });
  return el('div', { class: 'health-actions' },
    button('Retry now', 'Retry now', async () => {
      await call('retry_feed', { id: h.feed_id });
      await say(`${h.title}: trying again…`);
    }),
    button('Find again', 'Find again', async () => {
      const url = await call('rediscover_feed', { id: h.feed_id });
      await say(`${h.title}: found at ${url}; fetching it now.`);
    }),
    button('Change address…', 'Change address…', async () => {
      address.hidden = false;
      address.querySelector('input').focus();
    }),
    button('Unsubscribe', 'Unsubscribe', async () => {
      await onUnsubscribe(h.feed_id, h.title);
      await say(`Unsubscribed from ${h.title}.`);
    }),
    address);
}
