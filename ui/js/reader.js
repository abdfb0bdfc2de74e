// The reader pane: article text in a sandboxed frame that may not run script. Links inside it
// open in the system browser; the frame grows to its content so the pane scrolls as one.
import { call } from './api.js';
import { fullDate } from './format.js';
import { errorText, l10n, t } from './l10n.js';
import { downloadError, episodeLine } from './player.js';

export class Reader {
  constructor() {
    this.frame = document.getElementById('r-frame');
    this.article = null;
    // the player under the reader (`attachPlayer`), the episodes being downloaded (by
    // article: how far, `{ bytes, total }`, once it is said), and what the last attempt on the
    // open article's episode said
    this.player = null;
    this.downloading = new Map();
    this.episodeNote = null;
    this.frame.addEventListener('load', () => this.wireFrame());
    document.getElementById('r-original').addEventListener('click', (e) => {
      e.preventDefault();
      this.openOriginal();
    });
  }

  /** Shows `article`; with `keepScroll`, an update of the open article keeps the place. */
  show(article, { keepScroll = false } = {}) {
    this.article = article;
    const scroller = document.getElementById('reader-scroll');
    const top = keepScroll ? scroller.scrollTop : 0;
    document.getElementById('reader-empty').hidden = true;
    document.getElementById('reader-article').hidden = false;
    document.getElementById('r-feed').textContent = article.feed_title;
    document.getElementById('r-title').textContent = article.title || t('row-untitled');
    const by = [article.author, fullDate(article.published_at)].filter(Boolean).join(' · ');
    document.getElementById('r-byline').textContent = by;
    document.getElementById('r-original').parentElement.hidden = !article.url;
    const note = document.getElementById('r-note');
    // why the feed's text is shown: made into words here, so a stored note follows the language
    note.textContent = article.note ? t(article.note.id, { why: errorText(article.note.why) }) : '';
    note.hidden = !article.note;
    // which rule touched the article: a hidden one is shown because search found it
    const rule = article.rule_text;
    document.getElementById('r-rule').textContent = rule
      ? t(article.hidden ? 'reader-hidden-by-rule' : 'reader-rule', { rule })
      : (article.hidden ? t('reader-hidden') : '');
    document.getElementById('r-rule-line').hidden = !rule && !article.hidden;
    document.getElementById('btn-unhide').hidden = !article.hidden;
    this.busy(false);
    if (!keepScroll) this.episodeNote = null;
    this.drawEpisode();
    this.showPage(article.open_in === 'inside' && Boolean(article.url) && navigator.onLine);
    if (!keepScroll) this.frame.style.height = '0px';
    const look = frameLook();
    this.frame.srcdoc = `<!doctype html><html data-theme="${look.theme}" data-font="${look.font}" data-size="${look.size}"><head><meta charset="utf-8"><link rel="stylesheet" href="reader.css"></head><body dir="auto">${article.html}</body></html>`;
    scroller.scrollTop = top;
    this.updateButtons();
  }

  attachPlayer(player) {
    this.player = player;
  }

  /** The open article's episode line (none when it has no episode). */
  drawEpisode() {
    const slot = document.getElementById('r-episode-slot');
    const a = this.article;
    if (!a?.episode || !this.player) {
      slot.replaceChildren();
      return;
    }
    const id = a.id;
    // drawn again as the player plays and pauses: the button a person pressed keeps the focus
    const focused = slot.contains(document.activeElement) ? document.activeElement.id : null;
    slot.replaceChildren(episodeLine(a, this.player, {
      downloading: this.downloading.get(id) ?? false,
      note: this.episodeNote,
      onDownload: () => {
        this.downloading.set(id, true);
        this.episodeNote = null;
        this.drawEpisode();
        call('download_episode_now', { id }).catch((err) => this.episodeDownloaded({ article_id: id, ok: false, error: err }));
      },
      onRemove: () => call('remove_episode_file', { id }).then(() => this.refreshEpisode(id)).catch((err) => {
        this.episodeNote = errorText(err);
        this.drawEpisode();
      }),
    }));
    if (focused) (document.getElementById(focused) ?? document.getElementById('r-episode-play'))?.focus();
  }

  /** How far a download of article `article_id`'s episode is (`episode-download-progress`). */
  episodeProgress({ article_id: id, bytes, total }) {
    if (!this.downloading.has(id)) return;
    this.downloading.set(id, { bytes, total });
    if (this.article?.id === id) this.drawEpisode();
  }

  /** A download of article `article_id`'s episode ended (`episode-download`). */
  episodeDownloaded({ article_id: id, ok, error }) {
    this.downloading.delete(id);
    if (this.article?.id !== id) return;
    this.episodeNote = ok ? null : downloadError(error);
    this.refreshEpisode(id);
  }

  /** Reads article `id`'s episode again (downloaded, removed, played), if it is open. */
  refreshEpisode(id) {
    if (this.article?.id !== id) return;
    call('reader_episode', { id }).then((episode) => {
      if (this.article?.id !== id) return;
      this.article.episode = episode;
      this.drawEpisode();
    }).catch(() => {});
  }

  /** Says why article `id`'s episode does not play, on its line. */
  episodeProblem(id, note) {
    if (this.article?.id !== id) return;
    this.episodeNote = note;
    this.drawEpisode();
  }

  /** For a feed that opens its web page: the page (`page`, inside, in a frame that runs no
   * script unless the feed allows it) or the article's text, and the bar that says which and
   * turns to the other. A feed that opens in the browser gets the bar only. */
  showPage(page) {
    const a = this.article;
    const bar = document.getElementById('r-page-bar');
    const frame = document.getElementById('r-page');
    const toggle = document.getElementById('btn-page-toggle');
    const opensPage = Boolean(a?.url) && (a.open_in === 'inside' || a.open_in === 'browser');
    bar.hidden = !opensPage;
    // the note is about the text: not over the page
    document.getElementById('r-note').hidden = page || !a?.note;
    this.frame.hidden = page;
    frame.hidden = !page;
    if (page) {
      // no script unless the feed allows it; then in a frame of no origin: apart from the
      // window, its storage and its IPC (SECURITY.md). A change applies to a new load.
      const sandbox = a.page_scripts ? 'allow-scripts' : '';
      if (frame.getAttribute('sandbox') !== sandbox) {
        frame.removeAttribute('src');
        frame.setAttribute('sandbox', sandbox);
      }
      // the window's guard lets this page's site into the frame, and nothing else
      if (frame.getAttribute('src') !== a.url) {
        call('show_page', { url: a.url }).then(() => {
          if (this.article === a && !frame.hidden) frame.setAttribute('src', a.url);
        }).catch(() => this.showPage(false));
      }
    } else if (frame.hasAttribute('src')) {
      frame.removeAttribute('src');
      call('show_page', { url: null }).catch(() => {});
    }
    if (!opensPage) return;
    const inside = a.open_in === 'inside';
    l10n(document.getElementById('r-page-said'), inside
      ? (page ? (a.page_scripts ? 'reader-page-inside-scripts' : 'reader-page-inside') : 'reader-page-text')
      : 'reader-page-browser');
    l10n(toggle, inside ? (page ? 'reader-page-show-text' : 'reader-page-show-page') : 'reader-page-open');
    toggle.onclick = inside ? () => this.showPage(!page) : () => this.openOriginal();
  }

  /** Says the full article is being fetched (the button turns into a status). */
  busy(on) {
    const button = document.getElementById('btn-full');
    button.classList.toggle('spinning', on);
    button.setAttribute('aria-busy', String(on));
  }

  clear() {
    this.article = null;
    document.getElementById('reader-empty').hidden = false;
    document.getElementById('reader-article').hidden = true;
    this.updateButtons();
  }

  wireFrame() {
    const doc = this.frame.contentDocument;
    if (!doc) return;
    doc.addEventListener('click', (e) => {
      const link = e.target.closest && e.target.closest('a[href]');
      if (!link) return;
      e.preventDefault();
      const href = link.href;
      if (/^https?:/i.test(href)) call('open_external', { url: href }).catch(() => {});
    });
    const fit = () => { this.frame.style.height = `${doc.documentElement.scrollHeight}px`; };
    fit();
    requestAnimationFrame(fit);
    new ResizeObserver(fit).observe(doc.documentElement);
    for (const img of doc.images) img.addEventListener('load', fit);
  }

  /** Re-applies theme, font and size to the open article. */
  restyle() {
    const doc = this.frame.contentDocument;
    if (!doc || !this.article) return;
    Object.assign(doc.documentElement.dataset, frameLook());
  }

  openOriginal() {
    if (this.article?.url) call('open_external', { url: this.article.url }).catch(() => {});
  }

  updateButtons() {
    const a = this.article;
    const read = document.getElementById('btn-toggle-read');
    const mark = document.getElementById('btn-bookmark');
    const open = document.getElementById('btn-open');
    const full = document.getElementById('btn-full');
    full.disabled = !a?.url;
    l10n(full, a?.full_text ? 'reader-load-full-again' : 'reader-load-full');
    read.disabled = !a;
    mark.disabled = !a;
    open.disabled = !a?.url;
    l10n(read, a && !a.read ? 'reader-mark-read' : 'reader-mark-unread');
    mark.setAttribute('aria-pressed', String(Boolean(a?.bookmarked)));
    l10n(mark, a?.bookmarked ? 'reader-remove-bookmark' : 'reader-bookmark');
  }
}

/** The theme, font and size the article frame shows, from the window's settings. */
function frameLook() {
  const root = document.documentElement;
  return { theme: effectiveTheme(), font: root.dataset.font || 'serif', size: root.dataset.size || '17' };
}

function effectiveTheme() {
  const chosen = document.documentElement.dataset.theme || 'system';
  if (chosen !== 'system') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
