// The article list: a virtual list (only the visible rows are in the DOM) over pages fetched
// on demand, so a view of a million articles scrolls without lag. A page next to one already
// shown continues from its first or last row's key, so pages fit without gaps or repeats;
// a page far from any is asked for by position (the store starts from its nearest landmark).
// A list taller than a browser can lay out (WebKit stops near 33 million pixels) scrolls a
// shorter spacer: small moves go row for row, a drag of the scroll bar goes in proportion.
// Three layouts (`setLayout`): compact rows, rows with a picture, and cards in a grid; the
// grid is laid out in lines of `cols` cards, so every position stays a multiplication. A
// picture is the article's thumbnail from the app's image scheme (made once from a stored
// image), never a remote address; an article with none shows no empty box.
import { call } from './api.js';
import { relativeDate, fullDate, el } from './format.js';
import { t, tAttr } from './l10n.js';
import { otherSourcesLine } from './stories.js';

const PAGE = 100;
const OVERSCAN = 6;
/** The tallest spacer the list lays out, in pixels. */
export const MAX_SPACER = 8_000_000;
export const LAYOUTS = ['compact', 'pictures', 'cards'];
/** The narrowest a card gets before the grid has one column fewer. */
const CARD_MIN_WIDTH = 230;
/** Where stored images are: the app's scheme as this OS's webview reaches it (as
 * engine/src/image_address.rs writes it for the reader). */
const IMAGE_PREFIX = navigator.userAgent.includes('Windows') ? 'http://bsimg.localhost/' : 'bsimg://localhost/';

/** The address of a row's picture, or null when it has none worth a box. */
export function pictureOf(row) {
  if (row.thumb) return `${IMAGE_PREFIX}${row.thumb}`;
  // never looked for, and its images are stored: the scheme makes it on first sight
  if (row.thumb == null && row.images_stored) return `${IMAGE_PREFIX}thumb/${row.id}`;
  return null;
}

export class ArticleList {
  constructor(container, spacer, { onOpen, onChange }) {
    this.container = container;
    this.spacer = spacer;
    this.onOpen = onOpen;
    this.onChange = onChange;
    this.layout = 'compact';
    this.cols = 1;
    this.rowHeight = cssPixels('--row-height', 84);
    this.query = null;
    this.search = null;
    this.total = 0;
    this.pages = new Map();
    this.loading = new Map();
    this.rendered = new Map();
    this.selected = -1;
    this.generation = 0;
    // where the viewport is in the whole list (pixels), and the scroll position it goes with
    this.virtualTop = 0;
    this.lastScroll = 0;
    this.ownScroll = null;
    container.addEventListener('scroll', () => { this.follow(); this.render(); }, { passive: true });
    new ResizeObserver(() => {
      if (this.layout === 'cards' && this.columns() !== this.cols) this.relayout();
      else this.render();
    }).observe(container);
    container.addEventListener('click', (e) => {
      const row = e.target.closest('.row');
      if (row) this.select(Number(row.dataset.index), true, { explicit: true });
    });
  }

  /** Shows a view: `query` is an ArticleQuery without paging. */
  async show(query, { keepPosition = false } = {}) {
    this.search = null;
    this.query = query;
    await this.reload(keepPosition);
  }

  /** Shows search results instead of a view. */
  async showSearch(text, includeHidden = false) {
    this.generation++;
    const gen = this.generation;
    const rows = await call('search', { query: text, includeHidden });
    if (gen !== this.generation) return;
    this.search = rows;
    this.resetRows(rows.length, false);
    this.pages.set(0, rows);
    this.render();
    this.onChange?.(this.total);
  }

  async reload(keepPosition) {
    this.generation++;
    const gen = this.generation;
    const selectedId = keepPosition ? this.currentRow()?.id : undefined;
    const first = await call('list_articles', { query: { ...this.query, limit: PAGE, offset: 0 }, withTotal: true });
    if (gen !== this.generation) return;
    this.resetRows(first.total, keepPosition);
    this.pages.set(0, first.rows);
    if (selectedId !== undefined) {
      const at = first.rows.findIndex((r) => r.id === selectedId);
      this.selected = at;
    }
    this.unread = first.unread;
    this.articles = first.articles;
    this.render();
    this.onChange?.(this.total, this.unread);
  }

  /** Shows the rows as `layout` (one of LAYOUTS), keeping the selected row in view. */
  setLayout(layout) {
    if (!LAYOUTS.includes(layout)) layout = 'compact';
    this.layout = layout;
    this.container.dataset.layout = layout;
    this.relayout();
  }

  /** Cards in a line at this width. */
  columns() {
    if (this.layout !== 'cards') return 1;
    return Math.max(1, Math.floor((this.container.clientWidth || 600) / CARD_MIN_WIDTH));
  }

  /** Sizes taken again from the layout and the width; every row drawn anew. */
  relayout() {
    const heights = { compact: ['--row-height', 84], pictures: ['--row-height-pictures', 104], cards: ['--card-height', 288] };
    const [variable, fallback] = heights[this.layout];
    const selected = this.selected;
    this.rowHeight = cssPixels(variable, fallback);
    this.cols = this.columns();
    for (const node of this.rendered.values()) node.remove();
    this.rendered.clear();
    this.spacer.style.height = `${Math.min(this.lines(this.total) * this.rowHeight, MAX_SPACER)}px`;
    if (selected >= 0) this.select(selected, false);
    else { this.scrollToVirtual(0); this.render(); }
  }

  /** Lines `count` rows take. */
  lines(count) {
    return Math.ceil(count / this.cols);
  }

  /** The line row `index` is on. */
  lineOf(index) {
    return Math.floor(index / this.cols);
  }

  resetRows(total, keepPosition) {
    this.total = total;
    this.pages.clear();
    this.loading.clear();
    for (const node of this.rendered.values()) node.remove();
    this.rendered.clear();
    if (!keepPosition) {
      this.selected = -1;
      this.container.scrollTop = 0;
      this.virtualTop = 0;
      this.lastScroll = 0;
    }
    this.spacer.style.height = `${Math.min(this.lines(total) * this.rowHeight, MAX_SPACER)}px`;
  }

  /** The list's whole height and the spacer's, less the viewport: the ranges scrolled. */
  ranges() {
    const height = this.container.clientHeight || 600;
    const whole = this.lines(this.total) * this.rowHeight;
    return [Math.max(0, whole - height), Math.max(0, Math.min(whole, MAX_SPACER) - height)];
  }

  /** Follows a scroll: row for row when small (wheel, keys), in proportion when far (a drag
   * of the scroll bar), and exactly at either end. */
  follow() {
    const top = this.container.scrollTop;
    const [whole, spacer] = this.ranges();
    const height = this.container.clientHeight || 600;
    if (whole === spacer) this.virtualTop = top;
    else if (this.ownScroll !== null && Math.abs(top - this.ownScroll) <= 1) { /* we set it */ }
    else if (top <= 0) this.virtualTop = 0;
    else if (top >= spacer - 1) this.virtualTop = whole;
    else if (Math.abs(top - this.lastScroll) < 2 * height) this.virtualTop += top - this.lastScroll;
    else this.virtualTop = (top / spacer) * whole;
    this.virtualTop = Math.max(0, Math.min(whole, this.virtualTop));
    this.ownScroll = null;
    this.lastScroll = top;
  }

  /** Where row `index` is drawn in the spacer. */
  rowTop(index) {
    return this.lineOf(index) * this.rowHeight - this.virtualTop + this.container.scrollTop;
  }

  /** Places a row's node: its line, and in the grid its column (from the inline start, so a
   * right-to-left window mirrors it). */
  place(node, index) {
    node.style.transform = `translateY(${this.rowTop(index)}px)`;
    if (this.cols > 1) {
      node.style.insetInlineStart = `${((index % this.cols) * 100) / this.cols}%`;
      node.style.inlineSize = `${100 / this.cols}%`;
    }
  }

  /** Scrolls so that the list's pixel `virtualTop` is at the top of the viewport. */
  scrollToVirtual(virtualTop) {
    const [whole, spacer] = this.ranges();
    this.virtualTop = Math.max(0, Math.min(whole, virtualTop));
    const top = whole === spacer ? this.virtualTop : Math.round((this.virtualTop / Math.max(1, whole)) * spacer);
    this.ownScroll = top;
    this.lastScroll = top;
    this.container.scrollTop = top;
  }

  rowAt(index) {
    if (this.search) return this.search[index];
    const page = this.pages.get(Math.floor(index / PAGE));
    return page ? page[index % PAGE] : undefined;
  }

  currentRow() {
    return this.selected >= 0 ? this.rowAt(this.selected) : undefined;
  }

  async ensurePage(p) {
    if (this.search || this.pages.has(p)) return;
    if (!this.loading.has(p)) {
      const gen = this.generation;
      // next to a page already here: continue from its edge row, so the two fit exactly
      const previous = this.pages.get(p - 1);
      const next = this.pages.get(p + 1);
      const key = (row) => [row.published_at, row.id];
      const where = previous?.length === PAGE ? { after: key(previous[PAGE - 1]) }
        : next?.length ? { before: key(next[0]) } : {};
      this.loading.set(p, call('list_articles', { query: { ...this.query, limit: PAGE, offset: p * PAGE, ...where }, withTotal: false })
        .then((page) => {
          if (gen === this.generation) this.pages.set(p, page.rows);
        })
        .finally(() => this.loading.delete(p)));
    }
    await this.loading.get(p);
  }

  render() {
    const top = this.virtualTop;
    const height = this.container.clientHeight || 600;
    const firstLine = Math.max(0, Math.floor(top / this.rowHeight) - OVERSCAN);
    const lastLine = Math.ceil((top + height) / this.rowHeight) + OVERSCAN;
    const first = firstLine * this.cols;
    const last = Math.min(this.total - 1, (lastLine + 1) * this.cols - 1);
    const missing = new Set();
    for (const [index, node] of this.rendered) {
      if (index < first || index > last) {
        node.remove();
        this.rendered.delete(index);
      }
    }
    for (let i = first; i <= last; i++) {
      const row = this.rowAt(i);
      if (!row) {
        missing.add(Math.floor(i / PAGE));
        continue;
      }
      const existing = this.rendered.get(i);
      if (existing && existing.dataset.id === String(row.id) && existing.dataset.stamp === stamp(row)) {
        existing.setAttribute('aria-selected', String(i === this.selected));
        this.place(existing, i);
        continue;
      }
      existing?.remove();
      const node = this.rowNode(row, i);
      this.spacer.append(node);
      this.rendered.set(i, node);
    }
    // the active row is named only while it is in the page (a stale id is an error to a
    // screen reader)
    const active = this.selected >= 0 ? this.rendered.get(this.selected) : null;
    if (active) this.container.setAttribute('aria-activedescendant', active.id);
    else this.container.removeAttribute('aria-activedescendant');
    for (const p of missing) this.ensurePage(p).then(() => this.render());
  }

  rowNode(row, index) {
    const picture = this.layout === 'compact' ? null : pictureOf(row);
    const image = picture ? el('img', { class: 'thumb', src: picture, alt: '', decoding: 'async', draggable: 'false' }) : null;
    // no picture after all (icons only, say): the row is drawn again without its box
    image?.addEventListener('error', () => {
      row.thumb = '';
      const node = this.rendered.get(index);
      if (node?.dataset.id === String(row.id)) {
        node.remove();
        this.rendered.delete(index);
        this.render();
      }
    });
    // a story's row names its other sources where the excerpt was
    const sources = otherSourcesLine(row);
    const node = el('div', {
      class: `row${row.read ? '' : ' unread'}${image ? ' with-picture' : ''}${sources ? ' story' : ''}`,
      role: 'option',
      id: `row-${row.id}`,
      'aria-selected': String(index === this.selected),
      'data-index': index,
      'data-id': row.id,
      'data-stamp': stamp(row),
    },
      el('div', { class: 'meta' },
        el('span', { class: 'feed', dir: 'auto', text: row.feed_title }),
        row.bookmarked ? el('span', { class: 'star', 'aria-label': tAttr('row-bookmarked', 'aria-label'), text: '★' }) : null,
        el('time', { class: 'date', datetime: new Date(row.published_at * 1000).toISOString(), title: fullDate(row.published_at), text: relativeDate(row.published_at) })),
      el('div', { class: 'title', dir: 'auto', text: row.title || t('row-untitled') }),
      sources ?? el('div', { class: 'excerpt', dir: 'auto', text: row.excerpt }));
    if (image) node.prepend(image);
    this.place(node, index);
    return node;
  }

  /** Selects row `index`, scrolls it into view and opens it; `explicit` when a person opened
   * that row (a click, Enter) rather than walked to it. */
  async select(index, open = true, { explicit = false } = {}) {
    if (index < 0 || index >= this.total) return false;
    await this.ensurePage(Math.floor(index / PAGE));
    const row = this.rowAt(index);
    if (!row) return false;
    this.selected = index;
    const top = this.lineOf(index) * this.rowHeight;
    if (top < this.virtualTop) this.scrollToVirtual(top);
    else if (top + this.rowHeight > this.virtualTop + this.container.clientHeight) {
      this.scrollToVirtual(top + this.rowHeight - this.container.clientHeight);
    }
    this.container.setAttribute('aria-activedescendant', `row-${row.id}`);
    this.render();
    if (open) this.onOpen?.(row, { explicit });
    return true;
  }

  /** Selects the row `delta` rows on, and opens it unless `open` is false. */
  move(delta, open = true) {
    return this.select(Math.min(this.total - 1, Math.max(0, this.selected + delta)), open);
  }

  /** One line up or down: a row in the lists, a line of cards in the grid. */
  moveLine(direction, open = true) {
    return this.move(direction * this.cols, open);
  }

  /** The next (or previous) unread article after the selection, loading pages as needed. */
  async moveUnread(direction) {
    for (let i = this.selected + direction; i >= 0 && i < this.total; i += direction) {
      await this.ensurePage(Math.floor(i / PAGE));
      const row = this.rowAt(i);
      if (row && !row.read) return this.select(i);
    }
    return false;
  }

  /** Updates a row that changed (read, bookmark) without reloading the view. */
  patch(id, changes) {
    const sources = this.search ? [this.search] : [...this.pages.values()];
    let found = null;
    for (const rows of sources) {
      const row = rows.find((r) => r.id === id);
      if (row) found = row;
    }
    // the header's "N unread" follows what was just read or marked unread
    const flipsRead = found && 'read' in changes && found.read !== changes.read;
    if (found) Object.assign(found, changes);
    this.render();
    if (flipsRead && !this.search && typeof this.unread === 'number') {
      this.unread = Math.max(0, this.unread + (changes.read ? -1 : 1));
      this.onChange?.(this.total, this.unread);
    }
  }

  /** Marks every loaded row read (after "mark all read"). */
  markAllLoadedRead() {
    const sources = this.search ? [this.search] : [...this.pages.values()];
    for (const rows of sources) for (const r of rows) r.read = true;
    this.render();
    if (!this.search) {
      this.unread = 0;
      this.onChange?.(this.total, this.unread);
    }
  }
}

function stamp(row) {
  return `${row.read ? 1 : 0}${row.bookmarked ? 1 : 0}${row.thumb === '' ? 0 : 1}${row.other_sources?.length ?? 0}`;
}

/** A length the style sheet sets on the page, in pixels. */
function cssPixels(variable, fallback) {
  return parseFloat(getComputedStyle(document.documentElement).getPropertyValue(variable)) || fallback;
}
