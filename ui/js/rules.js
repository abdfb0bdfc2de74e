// Settings → Rules: the list of rules in the order they run (on/off, up/down, edit, apply to
// stored articles, remove) and the editor, whose live preview lists the stored articles the
// rule would match before it is saved. The rules themselves run in the engine at refresh.
import { call } from './api.js';
import { count as countText, el } from './format.js';
import { errorText, t, tAttr } from './l10n.js';

// [value the engine knows, its message]
const FIELDS = [['title', 'rule-field-title'], ['text', 'rule-field-text'], ['author', 'rule-field-author'], ['link', 'rule-field-link'], ['feed', 'rule-field-feed']];
const ACTIONS = [
  ['read', 'rule-action-read'],
  ['hide', 'rule-action-hide'],
  ['bookmark', 'rule-action-bookmark'],
  ['notify', 'rule-action-notify'],
  ['no_full_text', 'rule-action-no-full-text'],
];
const KINDS = [['any', 'rule-kind-any'], ['all', 'rule-kind-all'], ['regex', 'rule-kind-regex']];

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
  const add = el('button', { type: 'button', class: 'primary', id: 'rule-add', 'aria-label': tAttr('rules-add', 'aria-label'), text: t('rules-add') });
  add.addEventListener('click', () => showEditor(blankRule()));
  const close = el('button', { type: 'button', class: 'secondary', 'aria-label': tAttr('close', 'aria-label'), text: t('close') });
  close.addEventListener('click', () => dialog.close());
  body().replaceChildren(
    el('h2', { id: 'dlg-rules-title', text: t('rules-title') }),
    el('p', { class: 'hint', text: t('rules-hint') }),
    rules.length ? el('ol', { class: 'rule-list', 'aria-label': tAttr('rules-list', 'aria-label') }, ...items) : el('p', { class: 'empty-note', text: t('rules-none') }),
    el('p', { class: 'form-status', id: 'rules-status', role: 'status', text: message }),
    el('div', { class: 'dialog-actions' }, add, el('span', { class: 'grow' }), close),
  );
}

function ruleRow(rule, index, count) {
  const name = rule.description;
  const on = el('input', { type: 'checkbox', 'aria-label': tAttr('rule-on', 'aria-label', { rule: name }) });
  on.checked = rule.enabled;
  on.addEventListener('change', async () => {
    await call('rule_set_enabled', { id: rule.id, enabled: on.checked });
    await showList(t(on.checked ? 'rule-turned-on' : 'rule-turned-off'));
  });
  const button = (id, action, disabled = false) => {
    // the name starts with what is shown, for voice control
    const b = el('button', { type: 'button', class: 'secondary small', 'aria-label': tAttr(id, 'aria-label', { rule: name }), title: tAttr(id, 'title'), text: t(id), disabled });
    b.addEventListener('click', action);
    return b;
  };
  const move = (to) => async () => {
    await call('rule_move', { id: rule.id, index: to });
    await showList();
  };
  return el('li', { class: `rule${rule.enabled ? '' : ' off'}`, 'data-rule-id': rule.id },
    el('label', { class: 'rule-on' }, on),
    el('span', { class: 'rule-text', dir: 'auto', text: withScope(rule, name) }),
    el('span', { class: 'rule-actions' },
      button('rule-up', move(index - 1), index === 0),
      button('rule-down', move(index + 1), index === count - 1),
      button('rule-edit', () => showEditor(rule)),
      button('rule-apply', async () => {
        const n = await call('rule_apply', { id: rule.id });
        context.onChanged();
        await showList(t('rule-applied', { count: n }));
      }),
      button('rule-remove', async () => {
        await call('rule_remove', { id: rule.id });
        context.onChanged();
        await showList(t('rule-removed'));
      })));
}

/** The rule's description with where it acts, if not everywhere. */
function withScope(rule, name) {
  if (rule.feed_id != null) return t('rule-in-feed', { rule: name, feed: context.feeds.find((f) => f.id === rule.feed_id)?.title ?? t('rule-one-feed') });
  if (rule.folder_id != null) return t('rule-in-folder', { rule: name, folder: context.folders.find((f) => f.id === rule.folder_id)?.name ?? '' });
  return name;
}

function blankRule() {
  return { id: 0, enabled: true, fields: ['title'], match_kind: 'any', pattern: '', case_sensitive: false, feed_id: null, folder_id: null, actions: ['read'] };
}

function showEditor(rule) {
  const checks = (name, options, chosen) => el('fieldset', { class: 'checks' },
    el('legend', { text: t(name === 'fields' ? 'rule-when' : 'rule-then') }),
    ...options.map(([value, label]) => {
      const box = el('input', { type: 'checkbox', name, value });
      box.checked = chosen.includes(value);
      return el('label', { class: 'check' }, box, ' ', el('span', { text: t(label) }));
    }));
  const kind = el('select', { id: 'rule-kind', 'aria-label': tAttr('rule-kind', 'aria-label') },
    ...KINDS.map(([v, id]) => el('option', { value: v, text: t(id) })));
  kind.value = rule.match_kind;
  const pattern = el('input', { id: 'rule-pattern', type: 'text', dir: 'auto', autocomplete: 'off', spellcheck: 'false', 'aria-label': tAttr('rule-pattern', 'aria-label') });
  pattern.value = rule.pattern;
  const caseBox = el('input', { type: 'checkbox', id: 'rule-case' });
  caseBox.checked = rule.case_sensitive;
  const scope = el('select', { id: 'rule-scope', 'aria-label': tAttr('rule-scope', 'aria-label') },
    el('option', { value: '', text: t('rule-scope-all') }),
    ...context.folders.map((f) => el('option', { value: `folder:${f.id}`, text: t('rule-scope-folder', { folder: f.name }) })),
    ...context.feeds.map((f) => el('option', { value: `feed:${f.id}`, text: t('rule-scope-feed', { feed: f.title }) })));
  scope.value = rule.feed_id != null ? `feed:${rule.feed_id}` : rule.folder_id != null ? `folder:${rule.folder_id}` : '';
  const error = el('p', { class: 'form-error', id: 'rule-error', role: 'alert' });
  const preview = el('div', { class: 'rule-preview', id: 'rule-preview', 'aria-live': 'polite' });
  const save = el('button', { type: 'submit', class: 'primary', 'aria-label': tAttr('rule-save', 'aria-label'), text: t('rule-save') });
  const cancel = el('button', { type: 'button', class: 'secondary', 'aria-label': tAttr('cancel', 'aria-label'), text: t('cancel') });
  cancel.addEventListener('click', () => showList());
  const form = el('form', { id: 'form-rule' },
    el('h2', { id: 'dlg-rules-title', text: t(rule.id ? 'rule-edit-title' : 'rule-new-title') }),
    checks('fields', FIELDS, rule.fields),
    el('div', { class: 'rule-match' }, kind, pattern),
    el('label', { class: 'check' }, caseBox, ' ', el('span', { text: t('rule-case') })),
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
        preview.replaceChildren(el('p', { class: 'hint', text: t('rule-preview-hint') }));
        return;
      }
      try {
        const p = await call('rule_preview', { rule: candidate });
        if (ask !== asked) return;
        error.textContent = '';
        const count = p.capped
          ? t('rule-preview-capped', { matches: p.matches, looked: countText(p.looked_at) })
          : t('rule-preview-count', { matches: p.matches });
        preview.replaceChildren(
          el('p', { class: 'preview-count', id: 'rule-preview-count', text: count }),
          el('ul', { class: 'preview-list' }, ...p.newest.map((a) => el('li', { dir: 'auto', text: a.title || t('row-untitled') }))));
      } catch (err) {
        if (ask !== asked) return;
        error.textContent = errorText(err);
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
      await showList(t(rule.id ? 'rule-saved' : 'rule-added'));
    } catch (err) {
      error.textContent = errorText(err);
    }
  });
  body().replaceChildren(form);
  refreshPreview();
  pattern.focus();
}
