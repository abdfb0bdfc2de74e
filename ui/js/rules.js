// Settings → Rules: the list of rules in the order they run (on/off, up/down, edit, apply to
// stored articles, remove) and the editor, whose live preview lists the stored articles the
// rule would match before it is saved. The rules themselves run in the engine at refresh.
import { call } from './api.js';
import { el } from './format.js';

const FIELDS = [['title', 'Title'], ['text', 'Text'], ['author', 'Author'], ['link', 'Link'], ['feed', 'Feed name']];
const ACTIONS = [
  ['read', 'Mark read'],
  ['hide', 'Hide (out of every view; search finds it with “Hidden”)'],
  ['bookmark', 'Bookmark (kept whole offline)'],
  ['notify', 'Notify me'],
  ['no_full_text', 'Never download the full article'],
];
const KINDS = [['any', 'has any of these words'], ['all', 'has all of these words'], ['regex', 'matches the regular expression']];

let dialog = null;
let context = { feeds: [], folders: [], onChanged: () => {} };

/** Opens the rules dialog; `feeds` and `folders` name the places a rule can be limited to. */
export async function openRules({ feeds, folders, onChanged }) {
  context = { feeds, folders, onChanged };
  if (!dialog) dialog = build();
  await showList();
  dialog.showModal();
}

function build() {
  const d = el('dialog', { id: 'dlg-rules', class: 'wide', 'aria-labelledby': 'dlg-rules-title' });
  d.append(el('div', { class: 'dialog-body', id: 'rules-body' }));
  document.body.append(d);
  return d;
}

const body = () => document.getElementById('rules-body');

async function showList(message = '') {
  const rules = await call('rules_list');
  const items = rules.map((rule, i) => ruleRow(rule, i, rules.length));
  const add = el('button', { type: 'button', class: 'primary', id: 'rule-add', 'aria-label': 'Add a rule', text: 'Add a rule…' });
  add.addEventListener('click', () => showEditor(blankRule()));
  const close = el('button', { type: 'button', class: 'secondary', 'aria-label': 'Close', text: 'Close' });
  close.addEventListener('click', () => dialog.close());
  body().replaceChildren(
    el('h2', { id: 'dlg-rules-title', text: 'Rules' }),
    el('p', { class: 'hint', text: 'Rules act on new articles at every refresh, before notifications and downloads, in this order. The first rule that matches is the one an article names.' }),
    rules.length ? el('ol', { class: 'rule-list', 'aria-label': 'Rules' }, ...items) : el('p', { class: 'empty-note', text: 'No rules yet.' }),
    el('p', { class: 'form-status', id: 'rules-status', role: 'status', text: message }),
    el('div', { class: 'dialog-actions' }, add, el('span', { class: 'grow' }), close),
  );
}

function ruleRow(rule, index, count) {
  const name = rule.description;
  const on = el('input', { type: 'checkbox', 'aria-label': `Rule on: ${name}` });
  on.checked = rule.enabled;
  on.addEventListener('change', async () => {
    await call('rule_set_enabled', { id: rule.id, enabled: on.checked });
    await showList(on.checked ? 'Rule turned on.' : 'Rule turned off.');
  });
  const button = (label, text, action, disabled = false) => {
    // the name starts with what is shown, for voice control
    const b = el('button', { type: 'button', class: 'secondary small', 'aria-label': `${label}: ${name}`, title: label, text, disabled });
    b.addEventListener('click', action);
    return b;
  };
  const move = (to) => async () => {
    await call('rule_move', { id: rule.id, index: to });
    await showList();
  };
  return el('li', { class: `rule${rule.enabled ? '' : ' off'}`, 'data-rule-id': rule.id },
    el('label', { class: 'rule-on' }, on),
    el('span', { class: 'rule-text', dir: 'auto', text: `${name}${scopeText(rule)}` }),
    el('span', { class: 'rule-actions' },
      button('Move up', '↑', move(index - 1), index === 0),
      button('Move down', '↓', move(index + 1), index === count - 1),
      button('Edit', 'Edit', () => showEditor(rule)),
      button('Apply now', 'Apply now', async () => {
        const n = await call('rule_apply', { id: rule.id });
        context.onChanged();
        await showList(`The rule matched ${n === 1 ? '1 stored article' : `${n} stored articles`}.`);
      }),
      button('Remove', 'Remove', async () => {
        await call('rule_remove', { id: rule.id });
        context.onChanged();
        await showList('Rule removed. What it did to articles stays.');
      })));
}

function scopeText(rule) {
  if (rule.feed_id != null) return ` · in ${context.feeds.find((f) => f.id === rule.feed_id)?.title ?? 'one feed'}`;
  if (rule.folder_id != null) return ` · in folder ${context.folders.find((f) => f.id === rule.folder_id)?.name ?? ''}`;
  return '';
}

function blankRule() {
  return { id: 0, enabled: true, fields: ['title'], match_kind: 'any', pattern: '', case_sensitive: false, feed_id: null, folder_id: null, actions: ['read'] };
}

function showEditor(rule) {
  const checks = (name, options, chosen) => el('fieldset', { class: 'checks' },
    el('legend', { text: name === 'fields' ? 'When the article’s' : 'Then' }),
    ...options.map(([value, label]) => {
      const box = el('input', { type: 'checkbox', name, value });
      box.checked = chosen.includes(value);
      return el('label', { class: 'check' }, box, ` ${label}`);
    }));
  const kind = el('select', { id: 'rule-kind', 'aria-label': 'How it matches' },
    ...KINDS.map(([v, t]) => el('option', { value: v, text: t })));
  kind.value = rule.match_kind;
  const pattern = el('input', { id: 'rule-pattern', type: 'text', dir: 'auto', autocomplete: 'off', spellcheck: 'false', 'aria-label': 'Words or expression' });
  pattern.value = rule.pattern;
  const caseBox = el('input', { type: 'checkbox', id: 'rule-case' });
  caseBox.checked = rule.case_sensitive;
  const scope = el('select', { id: 'rule-scope', 'aria-label': 'In which feeds' },
    el('option', { value: '', text: 'In all feeds' }),
    ...context.folders.map((f) => el('option', { value: `folder:${f.id}`, text: `In folder ${f.name}` })),
    ...context.feeds.map((f) => el('option', { value: `feed:${f.id}`, text: `In ${f.title}` })));
  scope.value = rule.feed_id != null ? `feed:${rule.feed_id}` : rule.folder_id != null ? `folder:${rule.folder_id}` : '';
  const error = el('p', { class: 'form-error', id: 'rule-error', role: 'alert' });
  const preview = el('div', { class: 'rule-preview', id: 'rule-preview', 'aria-live': 'polite' });
  const save = el('button', { type: 'submit', class: 'primary', 'aria-label': 'Save rule', text: 'Save' });
  const cancel = el('button', { type: 'button', class: 'secondary', 'aria-label': 'Cancel', text: 'Cancel' });
  cancel.addEventListener('click', () => showList());
  const form = el('form', { id: 'form-rule' },
    el('h2', { id: 'dlg-rules-title', text: rule.id ? 'Edit rule' : 'New rule' }),
    checks('fields', FIELDS, rule.fields),
    el('div', { class: 'rule-match' }, kind, pattern),
    el('label', { class: 'check' }, caseBox, ' Match upper and lower case exactly'),
    scope,
    checks('actions', ACTIONS, rule.actions),
    error, preview,
    el('div', { class: 'dialog-actions' }, el('span', { class: 'grow' }), cancel, save));

  const current = () => {
    const [placeKind, placeId] = scope.value.split(':');
    return {
      id: rule.id,
      enabled: rule.enabled,
      fields: [...form.querySelectorAll('input[name=fields]:checked')].map((b) => b.value),
      match_kind: kind.value,
      pattern: pattern.value,
      case_sensitive: caseBox.checked,
      feed_id: placeKind === 'feed' ? Number(placeId) : null,
      folder_id: placeKind === 'folder' ? Number(placeId) : null,
      actions: [...form.querySelectorAll('input[name=actions]:checked')].map((b) => b.value),
    };
  };
  let timer = null;
  let asked = 0;
  const refreshPreview = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const ask = ++asked;
      const candidate = { ...current(), actions: ['read'], fields: current().fields.length ? current().fields : ['title'] };
      if (!candidate.pattern.trim()) {
        error.textContent = '';
        preview.replaceChildren(el('p', { class: 'hint', text: 'Type words to see which stored articles the rule would match.' }));
        return;
      }
      try {
        const p = await call('rule_preview', { rule: candidate });
        if (ask !== asked) return;
        error.textContent = '';
        const count = p.capped
          ? `${p.matches} of the newest ${p.looked_at.toLocaleString()} articles`
          : `${p.matches === 1 ? '1 article' : `${p.matches} articles`} in the last 30 days`;
        preview.replaceChildren(
          el('p', { class: 'preview-count', id: 'rule-preview-count', text: count }),
          el('ul', { class: 'preview-list' }, ...p.newest.map((a) => el('li', { dir: 'auto', text: a.title || '(untitled)' }))));
      } catch (err) {
        if (ask !== asked) return;
        error.textContent = String(err);
        preview.replaceChildren();
      }
    }, 150);
  };
  form.addEventListener('input', refreshPreview);
  form.addEventListener('change', refreshPreview);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await call('rule_save', { rule: current() });
      context.onChanged();
      await showList(rule.id ? 'Rule saved.' : 'Rule added. It acts on new articles; “Apply now” applies it to stored ones.');
    } catch (err) {
      error.textContent = String(err);
    }
  });
  body().replaceChildren(form);
  refreshPreview();
  pattern.focus();
}
