// Settings → Accounts: "On this computer" and the feed servers Broadsheet syncs with (FreshRSS,
// Miniflux, ... over the Google Reader API). Add one (signing in at once, with the server's
// answer said plainly), sign in again, remove one (asking first: its bookmarks stay here).
// Syncing itself is part of every refresh, in the engine.
import { call } from './api.js';
import { el, relativeDate } from './format.js';

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

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** An error as a sentence: capital first letter. */
function sentence(err) {
  const text = String(err);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function whereKept(account) {
  return account.secret_place === 'keyring'
    ? 'Sign-in kept in the system’s credential store.'
    : 'Sign-in kept in a file only you can read: this system has no credential store.';
}

function statusOf(account) {
  if (account.sign_in_again) return 'The server no longer accepts the sign-in.';
  if (account.last_sync_error) return `Last sync failed: ${account.last_sync_error}`;
  if (account.last_sync_at) {
    const when = relativeDate(account.last_sync_at);
    if (when === 'now') return 'Synced just now.';
    return `Last synced ${when}${/(min| h)$/.test(when) ? ' ago' : ''}.`;
  }
  return 'Not synced yet.';
}

async function showList(message = '') {
  const accounts = await call('accounts_list');
  const items = accounts.map((a) => accountRow(a));
  const add = el('button', { type: 'button', class: 'primary', id: 'account-add', 'aria-label': 'Add an account', text: 'Add an account…' });
  add.addEventListener('click', () => showAddForm());
  const close = el('button', { type: 'button', class: 'secondary', 'aria-label': 'Close', text: 'Close' });
  close.addEventListener('click', () => dialog.close());
  body().replaceChildren(
    el('h2', { id: 'dlg-accounts-title', text: 'Accounts' }),
    el('p', { class: 'hint', text: 'Sync with a feed server you already use (FreshRSS, Miniflux, Inoreader, The Old Reader, BazQux) through its Google Reader API: subscriptions, folders, read and starred articles stay the same on every device. The server fetches its feeds; Broadsheet keeps everything it syncs readable offline, and starred articles whole.' }),
    el('ul', { class: 'account-list', 'aria-label': 'Accounts' }, ...items),
    el('p', { class: 'form-status', id: 'accounts-status', role: 'status', text: message }),
    el('div', { class: 'dialog-actions' }, add, el('span', { class: 'grow' }), close),
  );
}

function accountRow(account) {
  const name = account.name;
  const lines = [el('span', { class: 'account-name', dir: 'auto', text: name })];
  if (account.kind === 'local') {
    lines.push(el('span', { class: 'account-detail', text: `${plural(account.feeds, 'feed', 'feeds')}, fetched by Broadsheet.` }));
    return el('li', { class: 'account', 'data-account-id': account.id }, el('div', { class: 'account-text' }, ...lines));
  }
  lines.push(
    el('span', { class: 'account-detail', dir: 'auto', text: `${account.server_url} · ${plural(account.feeds, 'feed', 'feeds')}` }),
    el('span', { class: `account-detail${account.sign_in_again || account.last_sync_error ? ' trouble' : ''}`, dir: 'auto', text: statusOf(account) }),
    el('span', { class: 'account-detail', text: whereKept(account) }),
  );
  const actions = [];
  if (account.sign_in_again) {
    const again = el('button', { type: 'button', class: 'secondary small', 'aria-label': `Sign in again: ${name}`, text: 'Sign in again…' });
    again.addEventListener('click', () => showSignIn(account));
    actions.push(again);
  }
  const remove = el('button', { type: 'button', class: 'secondary small', 'aria-label': `Remove: ${name}`, text: 'Remove…' });
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
  const submit = el('button', { type: 'submit', class: 'primary', id: 'account-submit', 'aria-label': 'Sign in and add', text: 'Sign in and add' });
  const cancel = el('button', { type: 'button', class: 'secondary', 'aria-label': 'Cancel', text: 'Cancel' });
  cancel.addEventListener('click', () => showList());
  const move = el('input', { type: 'checkbox', id: 'account-move-local' });
  const form = el('form', { id: 'form-account' },
    el('h2', { id: 'dlg-accounts-title', text: 'Add an account' }),
    el('p', { class: 'hint', text: 'Use the server’s API password (FreshRSS: Profile → API management), not the one you sign in to its web page with. The password is used once: only the server’s sign-in token is kept.' }),
    ...field('account-url', 'Server address', { type: 'text', inputmode: 'url', required: true, placeholder: 'https://rss.example.org/api/greader.php' }),
    ...field('account-user', 'User name', { type: 'text', required: true }),
    ...field('account-password', 'API password', { type: 'password', required: true }),
    context.localFeeds > 0
      ? el('label', { class: 'check' }, move, ` Move my ${plural(context.localFeeds, 'subscription', 'subscriptions')} on this computer into it (folders kept)`)
      : null,
    error,
    el('div', { class: 'dialog-actions' }, el('span', { class: 'grow' }), cancel, submit),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    submit.textContent = 'Signing in…';
    error.textContent = '';
    try {
      const account = await call('account_add', {
        url: form.querySelector('#account-url').value,
        user: form.querySelector('#account-user').value,
        password: form.querySelector('#account-password').value,
        moveLocal: move.checked,
      });
      context.onChanged();
      await showList(`Added ${account.name}. Syncing now.`);
    } catch (err) {
      error.textContent = sentence(err);
      submit.disabled = false;
      submit.textContent = 'Sign in and add';
    }
  });
  body().replaceChildren(form);
  form.querySelector('#account-url').focus();
}

function showSignIn(account) {
  const error = el('p', { class: 'form-error', role: 'alert' });
  const submit = el('button', { type: 'submit', class: 'primary', 'aria-label': 'Sign in', text: 'Sign in' });
  const cancel = el('button', { type: 'button', class: 'secondary', 'aria-label': 'Cancel', text: 'Cancel' });
  cancel.addEventListener('click', () => showList());
  const form = el('form', {},
    el('h2', { id: 'dlg-accounts-title', dir: 'auto', text: `Sign in to ${account.name}` }),
    ...field('account-password-again', 'API password', { type: 'password', required: true }),
    error,
    el('div', { class: 'dialog-actions' }, el('span', { class: 'grow' }), cancel, submit),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    try {
      await call('account_sign_in', { id: account.id, password: form.querySelector('input').value });
      context.onChanged();
      await showList('Signed in. Syncing now.');
    } catch (err) {
      error.textContent = sentence(err);
      submit.disabled = false;
    }
  });
  body().replaceChildren(form);
  form.querySelector('input').focus();
}

function confirmRemove(account) {
  const remove = el('button', { type: 'button', class: 'danger', id: 'account-remove-confirm', 'aria-label': `Remove ${account.name}`, text: 'Remove' });
  const cancel = el('button', { type: 'button', class: 'secondary', 'aria-label': 'Cancel', text: 'Cancel' });
  cancel.addEventListener('click', () => showList());
  remove.addEventListener('click', async () => {
    const done = await call('account_remove', { id: account.id });
    context.onChanged();
    await showList(`Removed ${account.name}. ${plural(done.bookmarks_kept, 'bookmark stays', 'bookmarks stay')} on this computer.`);
  });
  body().replaceChildren(
    el('h2', { id: 'dlg-accounts-title', dir: 'auto', text: `Remove ${account.name}?` }),
    el('p', { text: 'Its feeds and articles go from this computer; its bookmarks stay, whole, under “On this computer”. Nothing changes on the server.' }),
    el('div', { class: 'dialog-actions' }, el('span', { class: 'grow' }), cancel, remove),
  );
  cancel.focus();
}
