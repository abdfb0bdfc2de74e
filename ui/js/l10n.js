// The window's language: its catalog (asked of the app: `locales/<language>/window.ftl`),
// messages made with Fluent (plurals, arguments), the page's `lang` and `dir`, the static
// words of the page (`data-l10n-id`), and the locale that numbers and dates go through (Intl,
// with the reader's choice of digits and calendar). Other modules call `t()` and `locale()`;
// none holds an English sentence of its own.
import { FluentBundle, FluentResource } from '../vendor/fluent-bundle/index.js';
import { call } from './api.js';
import { accented, bidi } from './pseudo.js';

let bundles = [];
let info = { language: { code: 'en', rtl: false, pseudo: false }, locale: 'en', languages: [] };

// the direction of the last language spoken, at once: a right-to-left window does not open
// left to right and flip when its catalog arrives
document.documentElement.dir = localStorage.getItem('dir') || 'ltr';

/** Loads the catalog of the language the app says (the setting, --lang, else the system's)
 * and fills in the page's words. Called at start and when the language setting changes. */
export async function loadLanguage() {
  info = await call('l10n_catalog');
  const { language } = info;
  // the pseudo-languages are English underneath: its plural rules, its catalog
  const pluralLocale = language.pseudo ? 'en' : info.locale;
  const transform = language.code === 'en-XA' ? accented : language.code === 'ar-XB' ? bidi : undefined;
  const make = (ftl, locale, withTransform) => {
    const bundle = new FluentBundle(locale, { useIsolating: language.rtl, transform: withTransform ? transform : undefined });
    bundle.addResource(new FluentResource(ftl));
    return bundle;
  };
  bundles = [make(info.catalog, pluralLocale, true)];
  if (info.source) bundles.push(make(info.source, 'en', false));
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.rtl ? 'rtl' : 'ltr';
  localStorage.setItem('dir', document.documentElement.dir);
  translate(document);
  document.dispatchEvent(new CustomEvent('language-changed', { detail: language.code }));
  return info;
}

/** The language now spoken, and every one the Settings menu offers. */
export function languageInfo() {
  return info;
}

/** The locale for `Intl` (numbers, dates, sorting): the language with the reader's digits
 * and calendar, e.g. `fa-AF` or `fa-AF-u-nu-latn`. */
export function locale() {
  return info.locale;
}

/** The message `id` with `args`; its id if no catalog has it (the catalog test fails then). */
export function t(id, args) {
  return format(id, args, null);
}

/** The text of an engine message (`{ id, args }`: a feed's trouble, what to do). */
export function tMessage(message) {
  return message ? t(message.id, message.args) : '';
}

/**
 * An error from an IPC command or event as the reader reads it: the app sends a catalog
 * message (`{ id, args }`); anything else (a failure of the bridge itself) is shown as it is.
 */
export function errorText(err) {
  return err && typeof err === 'object' && typeof err.id === 'string' ? tMessage(err) : String(err);
}

/** An attribute of the message `id` (`aria-label`, `title`...). */
export function tAttr(id, attribute, args) {
  return format(id, args, attribute);
}

function format(id, args, attribute) {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (!message) continue;
    const pattern = attribute ? message.attributes[attribute] : message.value;
    if (!pattern) continue;
    return bundle.formatPattern(pattern, args);
  }
  return id;
}

/** Fills every `data-l10n-id` element under `root`: the message's value becomes its text (a
 * `<kbd>…</kbd>` in it becomes a real key cap), each of its attributes the element's
 * attribute of that name. Arguments come from `data-l10n-args` (JSON). */
export function translate(root) {
  const elements = root.querySelectorAll ? [...root.querySelectorAll('[data-l10n-id]')] : [];
  if (root.dataset?.l10nId) elements.push(root);
  for (const element of elements) {
    const id = element.dataset.l10nId;
    const args = element.dataset.l10nArgs ? JSON.parse(element.dataset.l10nArgs) : undefined;
    for (const bundle of bundles) {
      const message = bundle.getMessage(id);
      if (!message) continue;
      if (message.value) setText(element, bundle.formatPattern(message.value, args));
      for (const [name, pattern] of Object.entries(message.attributes)) {
        element.setAttribute(name, bundle.formatPattern(pattern, args));
      }
      break;
    }
  }
}

/** Sets an element's text to `text`, its `<kbd>x</kbd>` pieces made key caps: never markup. */
export function setText(element, text) {
  const parts = text.split(/<kbd>(.*?)<\/kbd>/);
  if (parts.length === 1) {
    element.textContent = text;
    return;
  }
  element.replaceChildren(...parts.map((part, i) => {
    if (i % 2 === 0) return part;
    const kbd = document.createElement('kbd');
    kbd.textContent = part;
    return kbd;
  }));
}

/** Marks an element for `translate` and fills it now. */
export function l10n(element, id, args) {
  element.dataset.l10nId = id;
  if (args) element.dataset.l10nArgs = JSON.stringify(args);
  else delete element.dataset.l10nArgs;
  translate(element);
  return element;
}
