// Mark as read on scroll (a choice in Settings, off unless chosen): the unread rows a person
// scrolls past, their whole height gone above the list's top edge, are marked read together
// once the scrolling stops, in one step that Ctrl+Z takes back. Only rows scrolled past row
// by row count: a drag of the scroll bar to the middle of a long list passes rows nobody saw.
import { call } from './api.js';

/** How long the scrolling must rest before what it passed is marked (one burst, one step). */
const BURST_ENDS_MS = 600;

/**
 * Watches `list` (an ArticleList). `enabled()` says whether the choice is on now; `onMarked(step,
 * ids)` is told of each step made.
 */
export function markReadOnScroll(list, { enabled, onMarked }) {
  const passed = new Set();
  let timer = null;
  let lastTop = list.virtualTop;
  let lastQuery = list.query;
  list.container.addEventListener('scroll', () => {
    // (the list's own listener, added first, has already followed the scroll)
    const top = list.virtualTop;
    const height = list.container.clientHeight || 600;
    const sameList = list.query === lastQuery && !list.search;
    if (enabled() && sameList && top > lastTop && top - lastTop < 2 * height) {
      // lines (a row, or a line of cards) whose bottom edge went from below the top edge
      // to above it
      const from = Math.max(0, Math.floor(lastTop / list.rowHeight) - 1);
      for (let line = from; (line + 1) * list.rowHeight <= top; line++) {
        if ((line + 1) * list.rowHeight <= lastTop) continue;
        for (let i = line * list.cols; i < (line + 1) * list.cols; i++) {
          const row = list.rowAt(i);
          if (row && !row.read) passed.add(row.id);
        }
      }
    }
    lastTop = top;
    lastQuery = list.query;
    clearTimeout(timer);
    if (passed.size > 0) timer = setTimeout(markPassed, BURST_ENDS_MS);
  }, { passive: true });

  async function markPassed() {
    const ids = [...passed];
    passed.clear();
    // a failure marks nothing: the rows stay unread, as the store has them
    const step = await call('mark_articles_read', { ids }).catch(() => null);
    if (!step) return;
    for (const id of ids) list.patch(id, { read: true });
    onMarked(step, ids);
  }
}
