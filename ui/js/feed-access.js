// A feed's sign-in and how it identifies itself, as a "Sign-in and identity" section of the Add
// dialog and of the feed dialog: a user name and password (the password goes to the engine,
// which keeps it in the system's credential store; it is never shown again), and "identify
// as" Broadsheet, a web browser, or a User-Agent of the person's own. The Add dialog opens the
// section by itself when the server answers that the feed needs a sign-in.
import { el } from './format.js';
import { translate } from './l10n.js';

/** Error ids that mean "give (other) credentials". */
export const SIGN_IN_ERRORS = new Set(['net-needs-login', 'net-login-refused']);

const AS_BROWSER = 'browser';

/** Builds the section into `form` before `before`; `prefix` names its fields
 * (`${prefix}-user`, ...). With `forget`, a button to drop a kept sign-in. */
export function addAccessSection(form, before, prefix, { forget = false } = {}) {
  const agentText = el('input', {
    id: `${prefix}-agent-text`, type: 'text', autocomplete: 'off', spellcheck: 'false', hidden: true,
    'data-l10n-id': 'access-agent-text', dir: 'ltr',
  });
  const agent = el('select', { id: `${prefix}-agent` },
    el('option', { value: '', 'data-l10n-id': 'access-agent-own' }),
    el('option', { value: AS_BROWSER, 'data-l10n-id': 'access-agent-browser' }),
    el('option', { value: 'custom', 'data-l10n-id': 'access-agent-custom' }),
  );
  agent.addEventListener('change', () => {
    agentText.hidden = agent.value !== 'custom';
    if (!agentText.hidden) agentText.focus();
  });
  const section = el('details', { id: `${prefix}-access`, class: 'access' },
    el('summary', { 'data-l10n-id': 'access-summary' }),
    el('p', { class: 'hint', 'data-l10n-id': 'access-hint' }),
    el('label', { for: `${prefix}-user`, 'data-l10n-id': 'access-user' }),
    el('input', { id: `${prefix}-user`, type: 'text', autocomplete: 'off', spellcheck: 'false', dir: 'auto' }),
    el('label', { for: `${prefix}-password`, 'data-l10n-id': 'access-password' }),
    el('input', { id: `${prefix}-password`, type: 'password', autocomplete: 'new-password' }),
    forget
      ? el('button', { type: 'button', class: 'secondary', id: `${prefix}-forget`, 'data-l10n-id': 'access-forget', hidden: true })
      : null,
    el('label', { for: `${prefix}-agent`, 'data-l10n-id': 'access-identify' }),
    agent,
    agentText,
  );
  form.insertBefore(section, before);
  translate(section);
  return section;
}

/** Fills the section from a feed (or empties it, for a new one). */
export function fillAccess(prefix, feed) {
  const get = (name) => document.getElementById(`${prefix}-${name}`);
  get('user').value = feed?.login_user ?? '';
  // a kept password is never sent back: the field says it is kept, empty leaves it so
  const password = get('password');
  password.value = '';
  password.placeholder = '';
  delete password.dataset.l10nId;
  if (feed?.login_user) {
    password.dataset.l10nId = 'access-password-kept';
    translate(password);
  }
  const forget = get('forget');
  if (forget) forget.hidden = !feed?.login_user;
  const agent = feed?.user_agent ?? '';
  get('agent').value = agent === '' || agent === AS_BROWSER ? agent : 'custom';
  get('agent-text').value = agent === AS_BROWSER ? '' : agent;
  get('agent-text').hidden = get('agent').value !== 'custom';
  get('access').open = Boolean(feed?.login_user || feed?.user_agent);
}

/** What the section says: `{ user, password, userAgent }` (`null` where empty). */
export function readAccess(prefix) {
  const get = (name) => document.getElementById(`${prefix}-${name}`);
  const choice = get('agent').value;
  const userAgent = choice === 'custom' ? get('agent-text').value.trim() : choice;
  return {
    user: get('user').value.trim() || null,
    password: get('password').value || null,
    userAgent: userAgent || null,
  };
}

/** Opens the section and puts the cursor where the sign-in is typed. */
export function askForSignIn(prefix) {
  document.getElementById(`${prefix}-access`).open = true;
  const user = document.getElementById(`${prefix}-user`);
  (user.value ? document.getElementById(`${prefix}-password`) : user).focus();
}
