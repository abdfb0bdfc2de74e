// Settings → Accounts: "On this computer" and the feed servers Broadsheet syncs with (FreshRSS,
// Miniflux, ... over the Google Reader API). Add one (signing in at once, with the server's
// answer said plainly), sign in again, remove one (asking first: its bookmarks stay here).
// Syncing itself is part of every refresh, in the engine.
import { call } from './api.js';
import { el, relativeDate, relativeKind } from './format.js';
import { errorText, t, tAttr } from './l10n.js';

let dialog = null;
let context = { localFeeds: 0, onChanged: () => {} };

/** Opens the accounts dialog; `localFeeds` is how many feeds "On this computer" has. */
export async function openAccounts({ localFeeds, onChanged }) {
  context = { localFeeds, onChanged };
  if (!dialog) dialog = build();
  await showList();
  dialog.showModal();
}

function build() {
  const d = el('dialog', { id: 'dlg-accounts', class: 'wide', 'aria-labelledby': 'dlg-accounts-title' });
  d.append(el('div', { class: 'dialog-body', id: 'accounts-body' }));
  document.body.append(d);
  return d;
}

const body = () => document.getElementById('accounts-body');

/** An error as a sentence: capital first letter. */
function sentence(err) {
  const text = errorText(err);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function whereKept(account) {
  return t(account.secret_place === 'keyring' ? 'account-keyring' : 'account-file');
}

function statusOf(account) {
  if (account.sign_in_again) return t('account-refused');
  if (account.last_sync_error) return t('account-last-failed', { error: errorText(account.last_sync_error) });
  if (account.last_sync_at) {
    const kind = relativeKind(account.last_sync_at);
    if (kind === 'now') return t('account-synced-now');
    const when = relativeDate(account.last_sync_at);
    return t(kind === 'minutes' || kind === 'hours' ? 'account-synced-ago' : 'account-synced-on', { when });
  }
  return t('account-not-synced');
}

async function showList(message = '') {
  const accounts = await call('accounts_list');
  const items = accounts.map((a) => accountRow(a));
  const add = el('button', { type: 'button', class: 'primary', id: 'account-add', 'aria-label': tAttr('accounts-add', 'aria-label'), text: t('accounts-add') });
  add.addEventListener('click', () => showAddForm());
  const close = el('button', { type: 'button', class: 'secondary', 'aria-label': tAttr('close', 'aria-label'), text: t('close') });
  close.addEventListener('click', () => dialog.close());
  body().replaceChildren(
    el('h2', { id: 'dlg-accounts-title', text: t('accounts-title') }),
    el('p', { class: 'hint', text: t('accounts-hint') }),
    el('p', { class: 'hint', text: t('accounts-folders-hint') }),
    el('ul', { class: 'account-list', 'aria-label': tAttr('accounts-list', 'aria-label') }, ...items),
    el('p', { class: 'form-status', id: 'accounts-status', role: 'status', text: message }),
    el('div', { class: 'dialog-actions' }, add, el('span', { class: 'grow' }), close),
  );
}

function accountRow(account) {
  const name = account.name;
  const lines = [el('span', { class: 'account-name', dir: 'auto', text: name })];
  if (account.kind === 'local') {
    lines.push(el('span', { class: 'account-detail', text: t('account-local-feeds', { count: account.feeds }) }));
    return el('li', { class: 'account', 'data-account-id': account.id }, el('div', { class: 'account-text' }, ...lines));
  }
  lines.push(
    el('span', { class: 'account-detail', dir: 'auto', text: t('account-server-feeds', { url: account.server_url, count: account.feeds }) }),
    el('span', { class: `account-detail${account.sign_in_again || account.last_sync_error ? ' trouble' : ''}`, dir: 'auto', text: statusOf(account) }),
    el('span', { class: 'account-detail', text: whereKept(account) }),
  );
  const actions = [];
  if (account.sign_in_again) {
    const again = el('button', { type: 'button', class: 'secondary small', 'aria-label': tAttr('account-again', 'aria-label', { account: name }), text: t('account-again') });
    again.addEventListener('click', () => showSignIn(account));
    actions.push(again);
  }
  const remove = el('button', { type: 'button', class: 'secondary small', 'aria-label': tAttr('account-remove', 'aria-label', { account: name }), text: t('account-remove') });
  remove.addEventListener('click', () => confirmRemove(account));
  actions.push(remove);
  return el('li', { class: 'account', 'data-account-id': account.id },
    el('div', { class: 'account-text' }, ...lines),
    el('span', { class: 'account-actions' }, ...actions));
}

function field(id, label, attrs) {
  return [el('label', { for: id, text: label }), el('input', { id, autocomplete: 'off', spellcheck: 'false', ...attrs })];
}

function showAddForm() {
  const error = el('p', { class: 'form-error', id: 'account-error', role: 'alert' });
  const submit = el('button', { type: 'submit', class: 'primary', id: 'account-submit', 'aria-label': tAttr('account-submit', 'aria-label'), text: t('account-submit') });
  const cancel = el('button', { type: 'button', class: 'secondary', 'aria-label': tAttr('cancel', 'aria-label'), text: t('cancel') });
  cancel.addEventListener('click', () => showList());
  const move = el('input', { type: 'checkbox', id: 'account-move-local' });
  const form = el('form', { id: 'form-account' },
    el('h2', { id: 'dlg-accounts-title', text: t('account-add-title') }),
    el('p', { class: 'hint', text: t('account-add-hint') }),
    ...field('account-url', t('account-url'), { type: 'text', inputmode: 'url', required: true, placeholder: 'https://rss.example.org' }),
    ...field('account-user', t('account-user'), { type: 'text', required: true }),
    ...field('account-password', t('account-password'), { type: 'password', required: true }),
    context.localFeeds > 0
      ? el('label', { class: 'check' }, move, ' ', el('span', { text: t('account-move-local', { count: context.localFeeds }) }))
      : null,
    error,
    el('div', { class: 'dialog-actions' }, el('span', { class: 'grow' }), cancel, submit),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    submit.textContent = t('account-signing-in');
    error.textContent = '';
    try {
      const account = await call('account_add', {
        url: form.querySelector('#account-url').value,
        user: form.querySelector('#account-user').value,
        password: form.querySelector('#account-password').value,
        moveLocal: move.checked,
      });
      context.onChanged();
      await showList(t('account-added', { account: account.name, url: account.server_url }));
    } catch (err) {
      error.textContent = sentence(err);
      submit.disabled = false;
      submit.textContent = t('account-submit');
    }
  });
  body().replaceChildren(form);
  form.querySelector('#account-url').focus();
}

function showSignIn(account) {
  const error = el('p', { class: 'form-error', role: 'alert' });
  const submit = el('button', { type: 'submit', class: 'primary', 'aria-label': tAttr('account-sign-in', 'aria-label'), text: t('account-sign-in') });
  const cancel = el('button', { type: 'button', class: 'secondary', 'aria-label': tAttr('cancel', 'aria-label'), text: t('cancel') });
  cancel.addEventListener('click', () => showList());
  const form = el('form', {},
    el('h2', { id: 'dlg-accounts-title', dir: 'auto', text: t('account-sign-in-title', { account: account.name }) }),
    ...field('account-password-again', t('account-password'), { type: 'password', required: true }),
    error,
    el('div', { class: 'dialog-actions' }, el('span', { class: 'grow' }), cancel, submit),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    try {
      await call('account_sign_in', { id: account.id, password: form.querySelector('input').value });
      context.onChanged();
      await showList(t('account-signed-in'));
    } catch (err) {
      error.textContent = sentence(err);
      submit.disabled = false;
    }
  });
  body().replaceChildren(form);
  form.querySelector('input').focus();
}

function confirmRemove(account) {
  const remove = el('button', { type: 'button', class: 'danger', id: 'account-remove-confirm', 'aria-label': tAttr('account-remove-confirm', 'aria-label', { account: account.name }), text: t('account-remove-confirm') });
  const cancel = el('button', { type: 'button', class: 'secondary', 'aria-label': tAttr('cancel', 'aria-label'), text: t('cancel') });
  cancel.addEventListener('click', () => showList());
  remove.addEventListener('click', async () => {
    const done = await call('account_remove', { id: account.id });
    context.onChanged();
    await showList(t('account-removed', { account: account.name, count: done.bookmarks_kept }));
  });
  body().replaceChildren(
    el('h2', { id: 'dlg-accounts-title', dir: 'auto', text: t('account-remove-title', { account: account.name }) }),
    el('p', { text: t('account-remove-hint') }),
    el('div', { class: 'dialog-actions' }, el('span', { class: 'grow' }), cancel, remove),
  );
  cancel.focus();
}
