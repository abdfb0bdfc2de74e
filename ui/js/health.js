// Feed health (the sidebar's "Feed health"): every subscription by trouble, worst first
// (failing, gone, dead, slow, moved, then the working ones), what is wrong as a person reads
// it, since when, what to do, and the actions: retry now, find the feed again from its site,
// change the address, unsubscribe. The judging is the engine's (`engine::health`).
import { call, on } from './api.js';
import { dayMonthYear, el, oneDecimal } from './format.js';
import { errorText, t, tAttr, tMessage } from './l10n.js';

const STATES = ['failing', 'gone', 'dead', 'slow', 'moved', 'fine'];

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
  const close = el('button', { type: 'button', class: 'primary', 'aria-label': tAttr('close', 'aria-label'), text: t('close') });
  close.addEventListener('click', () => dialog.close());
  const bad = troubled(list);
  document.getElementById('health-body').replaceChildren(
    el('h2', { id: 'dlg-health-title', text: t('health-title') }),
    el('p', { class: 'hint', text: bad === 0 ? t('health-all-fine') : t('health-some', { count: bad }) }),
    el('p', { class: 'form-status', id: 'health-status', role: 'status', text: message }),
    el('ul', { class: 'health-list', 'aria-label': tAttr('health-list', 'aria-label') }, ...list.map(row)),
    el('div', { class: 'dialog-actions' }, el('span', { class: 'grow' }), close));
}

function row(h) {
  const facts = [t('health-per-week', { count: oneDecimal(h.per_week) })];
  if (h.last_success_at) facts.push(t('health-last-worked', { date: dayMonthYear(h.last_success_at) }));
  if (h.last_new_at) facts.push(t('health-last-new', { date: dayMonthYear(h.last_new_at) }));
  if (h.response_ms != null) {
    facts.push(h.response_ms < 1000 ? t('health-answers-ms', { ms: h.response_ms }) : t('health-answers-s', { seconds: oneDecimal(h.response_ms / 1000) }));
  }
  if (h.last_bytes != null) facts.push(t('health-size', { kb: Math.max(1, Math.round(h.last_bytes / 1024)) }));
  if (h.consecutive_failures >= 1) facts.push(t('health-failed', { count: h.consecutive_failures }));
  const headline = h.since && h.state !== 'fine'
    ? t('health-since', { headline: tMessage(h.headline), date: dayMonthYear(h.since) })
    : tMessage(h.headline);
  const item = el('li', { class: `health health-${h.state}`, 'data-feed-id': h.feed_id },
    el('div', { class: 'health-head' },
      el('span', { class: 'health-state', text: STATES.includes(h.state) ? t(`health-state-${h.state}`) : h.state }),
      el('span', { class: 'health-title', dir: 'auto', text: h.title })),
    el('p', { class: 'health-headline', dir: 'auto', text: headline }),
    el('p', { class: 'health-facts', dir: 'auto', text: `${h.url} · ${facts.join(' · ')}` }),
    h.advice ? el('p', { class: 'hint', text: tMessage(h.advice) }) : null);
  if (h.state !== 'fine') item.append(actions(h));
  return item;
}

function actions(h) {
  const say = (text) => show(text);
  const title = h.title;
  const failed = (err) => say(t('health-error', { title, error: errorText(err) }));
  const button = (id, action) => {
    // the name starts with what is shown, for voice control
    const b = el('button', { type: 'button', class: 'secondary small', 'aria-label': tAttr(id, 'aria-label', { title }), text: t(id) });
    b.addEventListener('click', async () => {
      b.disabled = true;
      try { await action(); } catch (err) { await failed(err); }
    });
    return b;
  };
  const address = el('form', { class: 'health-address', hidden: true },
    el('input', { type: 'url', value: h.url, 'aria-label': tAttr('health-new-address', 'aria-label', { title }), autocomplete: 'off', spellcheck: 'false' }),
    el('button', { type: 'submit', class: 'primary small', 'aria-label': tAttr('health-save-address', 'aria-label', { title }), text: t('health-save-address') }));
  address.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await call('set_feed_url', { id: h.feed_id, url: address.querySelector('input').value });
      await say(t('health-address-changed', { title }));
    } catch (err) {
      await failed(err);
    }
  });
  return el('div', { class: 'health-actions' },
    button('health-retry', async () => {
      await call('retry_feed', { id: h.feed_id });
      await say(t('health-retrying', { title }));
    }),
    button('health-find', async () => {
      const url = await call('rediscover_feed', { id: h.feed_id });
      await say(t('health-found', { title, url }));
    }),
    button('health-change', async () => {
      address.hidden = false;
      address.querySelector('input').focus();
    }),
    button('health-unsubscribe', async () => {
      await onUnsubscribe(h.feed_id, title);
      await say(t('health-unsubscribed', { title }));
    }),
    address);
}
