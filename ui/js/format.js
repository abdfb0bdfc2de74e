// Dates as a person reads them in a list: "5 min", "3 h", "Yesterday", "Apr 16".

export function relativeDate(unixSeconds, now = Date.now()) {
  const then = unixSeconds * 1000;
  const mins = Math.round((now - then) / 60000);
  if (mins < 1) return 'now';
  if (mins < 60) return `${mins} min`;
  const hours = Math.round(mins / 60);
  const d = new Date(then);
  const today = new Date(now);
  if (hours < 12 || d.toDateString() === today.toDateString()) return `${hours} h`;
  const yesterday = new Date(now - 86400000);
  if (d.toDateString() === yesterday.toDateString()) return 'Yesterday';
  const sameYear = d.getFullYear() === today.getFullYear();
  return d.toLocaleDateString(undefined, sameYear ? { month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short', day: 'numeric' });
}

export function fullDate(unixSeconds) {
  return new Date(unixSeconds * 1000).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
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
