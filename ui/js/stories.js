// The same story from many sources, in the window (the grouping is the engine's:
// engine/src/store/stories.rs; a list asks for it with `grouped` in its query). A story's row
// names its other sources in place of its excerpt, and opens under itself to list its
// reports (a click on that line, or the "story" shortcut, x by default; the arrows walk them,
// Escape closes). The reader lists "Also reported by" under the article, each report a button
// that opens it, and "Not the same story" splits the open article out of its story.
import { call } from './api.js';
import { relativeDate, fullDate, el } from './format.js';
import { t, tAttr } from './l10n.js';

/** The line a story's row shows in place of its excerpt, or null for an article alone. */
export function otherSourcesLine(row) {
  const count = row.other_sources?.length ?? 0;
  if (!count) return null;
  return el('div', { class: 'story-sources', dir: 'auto', 'data-story': row.id, text: t('story-more-sources', { count, sources: row.other_sources.join(', ') }) });
}

/** One report of a story as a button that opens it: its feed, its time, its title. */
function reportButton(report, onOpen) {
  const button = el('button', { type: 'button', class: `story-report${report.read ? '' : ' unread'}`, 'data-id': report.id },
    el('span', { class: 'feed', dir: 'auto', text: report.feed_title }),
    el('time', { datetime: new Date(report.published_at * 1000).toISOString(), title: fullDate(report.published_at), text: relativeDate(report.published_at) }),
    el('span', { class: 'title', dir: 'auto', text: report.title || t('row-untitled') }));
  button.addEventListener('click', () => onOpen(report));
  return button;
}

/** Moves the focus among a group of report buttons with the arrows; Escape calls `close`. */
function walkWithArrows(container, close) {
  container.addEventListener('keydown', (e) => {
    const buttons = [...container.querySelectorAll('button.story-report')];
    const at = buttons.indexOf(document.activeElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step && at >= 0) {
      e.preventDefault();
      e.stopPropagation();
      buttons[Math.max(0, Math.min(buttons.length - 1, at + step))].focus();
    } else if (e.key === 'Escape' && close) {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  });
}

/** A story's reports opened under its row in the list, over the rows after it. */
export class StoryPanel {
  constructor(list, onOpen) {
    this.list = list;
    this.onOpen = onOpen;
    this.node = null;
    this.storyId = null;
    list.container.addEventListener('scroll', () => this.close(false), { passive: true });
    list.container.addEventListener('click', (e) => {
      const line = e.target.closest('.story-sources');
      if (!line) return;
      const row = line.closest('.row');
      if (row) this.toggle(Number(row.dataset.index));
    });
  }

  /** Opens the reports of the story on row `index` (or closes them when open). */
  async toggle(index) {
    const row = this.list.rowAt(index);
    if (this.node && this.storyId === row?.id) {
      this.close(true);
      return;
    }
    this.close(false);
    if (!row?.other_sources?.length) return;
    const reports = await call('story_reports', { id: row.id });
    const panel = el('div', { class: 'story-panel', role: 'group', 'aria-label': tAttr('story-panel', 'aria-label', { title: row.title }) },
      ...reports.map((report) => reportButton(report, (r) => this.onOpen(r))));
    walkWithArrows(panel, () => this.close(true));
    // beside the list box (a list box holds options only), just under the row
    const list = this.list.container;
    const top = list.offsetTop + this.list.rowTop(index) - list.scrollTop + this.list.rowHeight;
    panel.style.insetBlockStart = `${top}px`;
    list.after(panel);
    this.node = panel;
    this.storyId = row.id;
    panel.querySelector('button')?.focus();
  }

  /** Closes the open story, the focus back on the list when `refocus`. */
  close(refocus) {
    if (!this.node) return;
    this.node.remove();
    this.node = null;
    this.storyId = null;
    if (refocus) this.list.container.focus();
  }
}

/** "Also reported by" under the article in the reader, and "Not the same story". */
export function showOtherReports(article, { onOpen, onSplit }) {
  const reports = article.other_reports ?? [];
  const section = document.getElementById('r-also');
  section.hidden = reports.length === 0;
  const list = document.getElementById('r-also-list');
  list.replaceChildren(...reports.map((r) => el('li', {}, reportButton(r, onOpen))));
  if (!list.dataset.walks) {
    walkWithArrows(list, null);
    list.dataset.walks = '1';
  }
  document.getElementById('btn-not-same').onclick = async () => {
    const split = await call('split_story', { id: article.id });
    onSplit(split);
  };
}
