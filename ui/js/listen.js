// The Listen view: every feed's episodes, newest first, in the article list's place (the
// list stays behind it as it was): only the downloaded ones, or only those not heard out,
// when asked. Each row plays its episode in the player, opens its article, and downloads it
// or removes its download, and says how far its download is; the status above says what the
// pass after a refresh is downloading.
import { call } from './api.js';
import { el, relativeDate } from './format.js';
import { errorText, t, tAttr } from './l10n.js';
import { PAUSE, PLAY, episodeFacts, svg } from './player.js';

const $ = (id) => document.getElementById(id);

export class ListenView {
  /** `onOpen(episode)`: a row's article is to be read. */
  constructor({ player, onOpen }) {
    this.player = player;
    this.onOpen = onOpen;
    this.root = $('listen');
    this.open = false;
    this.episodes = [];
    // downloads under way by article, a person's and the pass's: how far (`{ bytes, total }`),
    // or true until that is said
    this.downloading = new Map();
    this.underWay = new Map();
    this.progress = null;
    $('listen-downloaded').addEventListener('change', () => this.load());
    $('listen-unplayed').addEventListener('change', () => this.load());
  }

  /** In the list's place: Listen marked as the sidebar's view, its name the pane's title. */
  async show() {
    for (const b of document.querySelectorAll('.sidebar [data-view]')) b.setAttribute('aria-current', 'false');
    $('btn-listen').setAttribute('aria-current', 'true');
    $('view-title').textContent = t('view-listen');
    document.querySelector('.list-pane').classList.add('listening');
    this.open = true;
    this.root.hidden = false;
    await this.load();
    $('listen-list').querySelector('button')?.focus({ preventScroll: true });
  }

  hide() {
    this.open = false;
    this.root.hidden = true;
    $('btn-listen').setAttribute('aria-current', 'false');
    document.querySelector('.list-pane').classList.remove('listening');
  }

  /** Lists the episodes again, if the view is open. */
  async load() {
    if (!this.open) return;
    try {
      this.episodes = await call('episodes', {
        feedId: null, downloaded: $('listen-downloaded').checked, unplayed: $('listen-unplayed').checked,
      });
      this.draw();
    } catch (err) {
      $('listen-status').textContent = errorText(err);
    }
  }

  /** The offline pass's progress (`offline-progress`); null when it ended. */
  showProgress(progress) {
    const was = this.progress?.episodes_done;
    this.progress = progress && progress.episodes_total > 0 ? progress : null;
    const before = [...this.underWay.keys()];
    this.underWay = new Map((this.progress?.episodes_under_way ?? []).map((d) => [d.article_id, d]));
    for (const id of new Set([...before, ...this.underWay.keys()])) this.drawFacts(id);
    this.drawStatus();
    // an episode came (or failed): its row says so
    if (this.progress?.episodes_done !== was) this.load();
  }

  /** How far a person's download is (`episode-download-progress`). */
  downloadProgress({ article_id: id, bytes, total }) {
    if (!this.downloading.has(id)) return;
    this.downloading.set(id, { bytes, total });
    this.drawFacts(id);
  }

  /** A person's download ended (`episode-download`). */
  downloaded({ article_id: id, ok, error }) {
    this.downloading.delete(id);
    this.note = ok ? '' : t('player-download-failed', { error: errorText(error) });
    this.load();
  }

  drawStatus() {
    const p = this.progress;
    $('listen-status').textContent = this.note || (p
      ? t('listen-downloading', { done: p.episodes_done, total: p.episodes_total })
      : (this.episodes.length ? '' : t($('listen-downloaded').checked || $('listen-unplayed').checked ? 'listen-none-match' : 'listen-none')));
  }

  draw() {
    if (!this.open) return;
    const list = $('listen-list');
    // drawn again as episodes play and come: the button a person pressed keeps the focus
    const focused = list.contains(document.activeElement)
      ? { id: document.activeElement.closest('[data-id]')?.dataset.id, kind: document.activeElement.dataset.kind }
      : null;
    list.replaceChildren(...this.episodes.map((e) => this.row(e)));
    if (focused?.id) {
      const row = list.querySelector(`li[data-id="${focused.id}"]`);
      (row?.querySelector(`[data-kind="${focused.kind}"]`) ?? row?.querySelector('button'))?.focus();
    }
    this.drawStatus();
  }

  /** How far article `id`'s download is: `{ bytes, total }`, true, or false (none). */
  downloadOf(id) {
    return this.downloading.get(id) ?? this.underWay.get(id) ?? false;
  }

  facts(e) {
    return [e.feed_title, relativeDate(e.published_at), ...episodeFacts(e.enclosure, e.progress, {
      downloading: this.downloadOf(e.article_id), bytes: e.file ? e.file.bytes : null,
    })].join(' · ');
  }

  /** Says again what article `id`'s row says of it (how far its download is). */
  drawFacts(id) {
    const e = this.open && this.episodes.find((x) => x.article_id === id);
    const facts = e && $('listen-list').querySelector(`li[data-id="${id}"] .listen-facts`);
    if (facts) facts.textContent = this.facts(e);
  }

  row(e) {
    const id = e.article_id;
    const p = e.progress;
    const playing = this.player.has(id) && this.player.playing;
    const play = el('button', {
      type: 'button', class: 'icon listen-play', 'data-kind': 'play',
      'aria-label': tAttr(playing ? 'listen-pause' : 'listen-play', 'aria-label', { title: e.title }),
    }, svg(playing ? PAUSE : PLAY));
    play.addEventListener('click', () => {
      if (this.player.has(id)) this.player.toggle();
      else this.player.load({ articleId: id, title: e.title, feedTitle: e.feed_title, episode: episodeOf(e) });
      this.draw();
    });
    const title = el('button', { type: 'button', class: 'listen-title', 'data-kind': 'open', dir: 'auto', text: e.title || t('row-untitled') });
    title.addEventListener('click', () => this.onOpen(e));
    let action;
    if (e.file) {
      action = el('button', { type: 'button', class: 'link', 'data-kind': 'file', 'aria-label': tAttr('listen-remove', 'aria-label', { title: e.title }), text: t('player-remove') });
      action.addEventListener('click', () => call('remove_episode_file', { id }).then(() => this.load()).catch((err) => { this.note = errorText(err); this.drawStatus(); }));
    } else {
      action = el('button', { type: 'button', class: 'link', 'data-kind': 'file', 'aria-label': tAttr('listen-download', 'aria-label', { title: e.title }), text: t('player-download') });
      action.disabled = Boolean(this.downloadOf(id));
      action.addEventListener('click', () => {
        this.downloading.set(id, true);
        this.note = '';
        this.draw();
        call('download_episode_now', { id }).catch((err) => this.downloaded({ article_id: id, ok: false, error: err }));
      });
    }
    const li = el('li', { class: `listen-row${p?.played_at ? ' played' : ''}`, 'data-id': String(id) }, play,
      el('div', { class: 'listen-text' }, title, el('p', { class: 'listen-facts', dir: 'auto', text: this.facts(e) })),
      action);
    return li;
  }
}

/** A listed episode as the player takes it (the reader view's shape). */
function episodeOf(e) {
  return { enclosure: e.enclosure, local_src: e.local_src, bytes: e.file?.bytes ?? null, progress: e.progress };
}
