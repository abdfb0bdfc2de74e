// The article list: a virtual list (only the visible rows are in the DOM) over pages fetched
// on demand, so a view of 100,000 articles scrolls without lag.
import { call } from './api.js';
import { relativeDate, fullDate, el } from './format.js';

const PAGE = 100;
const OVERSCAN = 6;

export class ArticleList {
  constructor(container, spacer, { onOpen, onChange }) {
    this.container = container;
    this.spacer = spacer;
    this.onOpen = onOpen;
    this.onChange = onChange;
    this.rowHeight = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--row-height')) || 84;
    this.query = null;
    this.search = null;
    this.total = 0;
    this.pages = new Map();
    this.loading = new Map();
    this.rendered = new Map();
    this.selected = -1;
    this.generation = 0;
    container.addEventListener('scroll', () => this.render(), { passive: true });
    new ResizeObserver(() => this.render()).observe(container);
    container.addEventListener('click', (e) => {
      const row = e.target.closest('.row');
      if (row) this.select(Number(row.dataset.index), true);
    });
  }

  /** Shows a view: `query` is an ArticleQuery without paging. */
  async show(query, { keepPosition = false } = {}) {
    this.search = null;
    this.query = query;
    await this.reload(keepPosition);
  }

  /** Shows search results instead of a view. */
  async showSearch(text) {
    this.generation++;
    const gen = this.generation;
    const rows = await call('search', { query: text });
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
    this.render();
    this.onChange?.(this.total, first.unread);
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
    }
    this.spacer.style.height = `${total * this.rowHeight}px`;
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
      this.loading.set(p, call('list_articles', { query: { ...this.query, limit: PAGE, offset: p * PAGE }, withTotal: false })
        .then((page) => {
          if (gen === this.generation) this.pages.set(p, page.rows);
        })
        .finally(() => this.loading.delete(p)));
    }
    await this.loading.get(p);
  }

  render() {
    const top = this.container.scrollTop;
    const height = this.container.clientHeight || 600;
    const first = Math.max(0, Math.floor(top / this.rowHeight) - OVERSCAN);
    const last = Math.min(this.total - 1, Math.ceil((top + height) / this.rowHeight) + OVERSCAN);
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
        continue;
      }
      existing?.remove();
      const node = this.rowNode(row, i);
      this.spacer.append(node);
      this.rendered.set(i, node);
    }
    for (const p of missing) this.ensurePage(p).then(() => this.render());
  }

  rowNode(row, index) {
    const node = el('div', {
      class: `row${row.read ? '' : ' unread'}`,
      role: 'option',
      id: `row-${row.id}`,
      'aria-selected': String(index === this.selected),
      'data-index': index,
      'data-id': row.id,
      'data-stamp': stamp(row),
    },
      el('div', { class: 'meta' },
        el('span', { class: 'feed', dir: 'auto', text: row.feed_title }),
        row.bookmarked ? el('span', { class: 'star', 'aria-label': 'Bookmarked', text: '★' }) : null,
        el('time', { class: 'date', datetime: new Date(row.published_at * 1000).toISOString(), title: fullDate(row.published_at), text: relativeDate(row.published_at) })),
      el('div', { class: 'title', dir: 'auto', text: row.title || '(untitled)' }),
      el('div', { class: 'excerpt', dir: 'auto', text: row.excerpt }));
    node.style.transform = `translateY(${index * this.rowHeight}px)`;
    return node;
  }

  /** Selects row `index`, scrolls it into view and opens it. */
  async select(index, open = true) {
    if (index < 0 || index >= this.total) return false;
    await this.ensurePage(Math.floor(index / PAGE));
    const row = this.rowAt(index);
    if (!row) return false;
    this.selected = index;
    const top = index * this.rowHeight;
    if (top < this.container.scrollTop) this.container.scrollTop = top;
    else if (top + this.rowHeight > this.container.scrollTop + this.container.clientHeight) {
      this.container.scrollTop = top + this.rowHeight - this.container.clientHeight;
    }
    this.container.setAttribute('aria-activedescendant', `row-${row.id}`);
    this.render();
    if (open) this.onOpen?.(row);
    return true;
  }

  move(delta) {
    return this.select(Math.min(this.total - 1, Math.max(0, this.selected + delta)));
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
    for (const rows of sources) {
      const row = rows.find((r) => r.id === id);
      if (row) Object.assign(row, changes);
    }
    this.render();
  }

  /** Marks every loaded row read (after "mark all read"). */
  markAllLoadedRead() {
    const sources = this.search ? [this.search] : [...this.pages.values()];
    for (const rows of sources) for (const r of rows) r.read = true;
    this.render();
  }
}

function stamp(row) {
  return `${row.read ? 1 : 0}${row.bookmarked ? 1 : 0}`;
}
