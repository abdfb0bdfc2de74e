// Dates as a person reads them in a list ("5 min", "3 h", "Yesterday", "Apr 16"), in the
// reader's language, digits and calendar (a Dari reader's "۱۵ قوس"), and the page's elements.
import { languageInfo, locale, t } from './l10n.js';

// The Solar Hijri months as Afghanistan names them, in Dari and in Pashto (Iran's Persian
// names them otherwise: فروردین…). Not every platform's ICU has them, so they are named here.
const AFGHAN_MONTHS = {
  'fa-AF': ['حمل', 'ثور', 'جوزا', 'سرطان', 'اسد', 'سنبله', 'میزان', 'عقرب', 'قوس', 'جدی', 'دلو', 'حوت'],
  ps: ['وری', 'غویی', 'غبرګولی', 'چنګاښ', 'زمری', 'وږی', 'تله', 'لړم', 'لیندۍ', 'مرغومی', 'سلواغه', 'کب'],
};

const formatters = new Map();
/** An `Intl.DateTimeFormat` for the reader's locale and `options`, made once (a list draws
 * many rows, each with its date). */
function dateFormat(options = {}) {
  const key = `${locale()} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(), options);
    formatters.set(key, format);
  }
  return format;
}

/** `date` as day, month and (with `year`) year: Intl's, or with Afghanistan's month names. */
function dayMonth(date, { year, month = 'short' }) {
  const names = AFGHAN_MONTHS[languageInfo().language?.code];
  if (!names || dateFormat().resolvedOptions().calendar !== 'persian') {
    return dateFormat(year ? { year: 'numeric', month, day: 'numeric' } : { month, day: 'numeric' }).format(date);
  }
  const parts = dateFormat({ year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
  const index = Number(dateFormat({ month: 'numeric', numberingSystem: 'latn' }).format(date)) - 1;
  return [part('day'), names[index] ?? part('month'), year ? part('year') : null].filter(Boolean).join(' ');
}

let counter = null;
/** A count in the reader's digits ("۱۲" in Dari). */
export function count(n) {
  if (!counter || counter.locale !== locale()) counter = { locale: locale(), format: new Intl.NumberFormat(locale()) };
  return counter.format.format(n);
}

/** How `relativeDate` says a moment: 'now', 'minutes' or 'hours' (ago), 'yesterday', or
 * 'date'. */
export function relativeKind(unixSeconds, now = Date.now()) {
  const then = unixSeconds * 1000;
  const mins = Math.round((now - then) / 60000);
  if (mins < 1) return 'now';
  if (mins < 60) return 'minutes';
  const d = new Date(then);
  if (Math.round(mins / 60) < 12 || d.toDateString() === new Date(now).toDateString()) return 'hours';
  if (d.toDateString() === new Date(now - 86400000).toDateString()) return 'yesterday';
  return 'date';
}

export function relativeDate(unixSeconds, now = Date.now()) {
  const mins = Math.round((now - unixSeconds * 1000) / 60000);
  const d = new Date(unixSeconds * 1000);
  switch (relativeKind(unixSeconds, now)) {
    case 'now': return t('date-now');
    case 'minutes': return t('date-minutes', { count: mins });
    case 'hours': return t('date-hours', { count: Math.round(mins / 60) });
    case 'yesterday': return t('date-yesterday');
    default: {
      // the year shown is the calendar's own: a Solar Hijri year turns in March
      const year = (date) => dateFormat({ year: 'numeric' }).format(date);
      return dayMonth(d, { year: year(d) !== year(new Date(now)) });
    }
  }
}

export function fullDate(unixSeconds) {
  const date = new Date(unixSeconds * 1000);
  if (!AFGHAN_MONTHS[languageInfo().language?.code]) return dateFormat({ dateStyle: 'long', timeStyle: 'short' }).format(date);
  return `${dayMonth(date, { year: true, month: 'long' })}، ${dateFormat({ timeStyle: 'short' }).format(date)}`;
}

/** A day, month and year ("16 Apr 2024"). */
export function dayMonthYear(unixSeconds) {
  return dayMonth(new Date(unixSeconds * 1000), { year: true });
}

/** A day and month ("16 Apr"), for notes such as "failing since". */
export function dayDate(unixSeconds) {
  return dayMonth(new Date(unixSeconds * 1000), { year: false });
}

/** A quantity with one decimal (sizes in MB), in the reader's digits. */
export function oneDecimal(value) {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** `bytes` in megabytes of 10^6 bytes, one decimal: as the episode settings count them. */
export function megabytes(bytes) {
  return oneDecimal(bytes / 1e6);
}

/** An element with text content only: feed content never becomes markup here. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}
