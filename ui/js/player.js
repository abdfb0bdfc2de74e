// The player: one episode at a time, in a bar under the reader that stays while other
// articles are read. It plays a downloaded episode from the app's own scheme (which answers
// the Range requests seeking makes) and, only when the episode is not downloaded and the
// network is there, streams it from its address. Play and pause, a seek bar, back 15 s and
// on 30 s, speed 0.75–3×, volume, the time left. Where it is kept per episode (every few
// seconds while it plays, on pause, on seeking, on leaving it) and resumed, after a relaunch
// too; an episode heard to the end is played and its article read. The system's media keys
// and "now playing" through the Media Session API, where the webview has it.
// The reader's episode line (play, download, its state) is `episodeLine` here too.
import { call } from './api.js';
import { count, el, megabytes } from './format.js';
import { errorText, t, tAttr } from './l10n.js';

export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3];
const BACK_SECS = 15;
const ON_SECS = 30;
/** How often the place is kept while playing. */
const KEEP_EVERY_MS = 5000;

const $ = (id) => document.getElementById(id);

/** Seconds as `1:02:03` or `2:03`, in the reader's digits. */
export function clock(secs) {
  const s = Math.max(0, Math.floor(Number.isFinite(secs) ? secs : 0));
  const two = (n) => count(n).padStart(2, count(0));
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return h ? `${count(h)}:${two(m)}:${two(r)}` : `${count(m)}:${two(r)}`;
}

export class Player {
  /** `onPlayed(articleId)`: an episode was heard to the end (its article is read now). */
  constructor({ onPlayed, onChange }) {
    this.onPlayed = onPlayed;
    this.onChange = onChange ?? (() => {});
    this.bar = $('player');
    this.episode = null;
    this.media = null;
    this.keptAt = 0;
    // built when first used: its words come from the catalog, loaded after this is made
    this.built = false;
  }

  build() {
    this.built = true;
    const button = (id, label, path) => el('button', { type: 'button', class: 'icon', id, 'aria-label': tAttr(label, 'aria-label'), title: tAttr(label, 'title') },
      svg(path));
    this.playButton = button('pl-play', 'player-play', PLAY);
    this.backButton = button('pl-back', 'player-back', BACK);
    this.onButton = button('pl-on', 'player-on', ON);
    this.seek = el('input', { type: 'range', id: 'pl-seek', min: '0', max: '0', step: '1', value: '0', 'aria-label': tAttr('player-position', 'aria-label') });
    this.elapsed = el('span', { class: 'pl-time', id: 'pl-elapsed' });
    this.left = el('span', { class: 'pl-time', id: 'pl-left' });
    this.speed = el('select', { id: 'pl-speed', 'aria-label': tAttr('player-speed', 'aria-label') },
      ...SPEEDS.map((s) => el('option', { value: String(s), text: t('player-speed-value', { speed: s }) })));
    this.volume = el('input', { type: 'range', id: 'pl-volume', min: '0', max: '1', step: '0.05', 'aria-label': tAttr('player-volume', 'aria-label') });
    this.title = el('p', { class: 'pl-title', id: 'pl-title', dir: 'auto' });
    this.close = button('pl-close', 'player-close', CLOSE);
    this.screen = el('div', { class: 'pl-screen', id: 'pl-screen' });
    this.bar.replaceChildren(this.screen, el('div', { class: 'pl-main' },
      this.title,
      el('div', { class: 'pl-controls' }, this.backButton, this.playButton, this.onButton,
        this.elapsed, this.seek, this.left, this.speed,
        el('label', { class: 'pl-volume' }, svg(SPEAKER), this.volume), this.close)));
    this.playButton.addEventListener('click', () => this.toggle());
    this.backButton.addEventListener('click', () => this.skip(-BACK_SECS));
    this.onButton.addEventListener('click', () => this.skip(ON_SECS));
    this.close.addEventListener('click', () => this.stop());
    this.seek.addEventListener('input', () => this.seekTo(Number(this.seek.value)));
    this.speed.addEventListener('change', () => this.setSpeed(Number(this.speed.value)));
    this.volume.addEventListener('input', () => {
      localStorage.setItem('playerVolume', this.volume.value);
      if (this.media) this.media.volume = Number(this.volume.value);
    });
    this.volume.value = localStorage.getItem('playerVolume') ?? '1';
    this.speed.value = String(keptSpeed());
  }

  /** Whether `articleId`'s episode is the one in the player. */
  has(articleId) {
    return this.episode?.articleId === articleId;
  }

  get playing() {
    return Boolean(this.media && !this.media.paused);
  }

  /**
   * Puts an episode in the player and plays it: `{ articleId, title, feedTitle, episode }`,
   * `episode` as the reader view gives it (enclosure, local_src, progress). Another episode
   * playing is kept where it was first.
   */
  load({ articleId, title, feedTitle, episode }, { play = true } = {}) {
    if (this.has(articleId)) {
      if (play) this.media.play().catch((e) => this.failed(e));
      return;
    }
    if (!this.built) this.build();
    this.keep();
    this.media?.pause();
    const src = episode.local_src || (navigator.onLine ? episode.enclosure.url : null);
    if (!src) {
      this.onChange({ articleId, error: t('player-not-downloaded-offline') });
      return;
    }
    const video = episode.enclosure.kind === 'video';
    const media = el(video ? 'video' : 'audio', { preload: 'metadata', id: 'pl-media' });
    const start = startOf(episode);
    media.src = src;
    media.volume = Number(this.volume.value);
    this.episode = { articleId, url: episode.enclosure.url, title, feedTitle, start };
    this.media = media;
    this.screen.replaceChildren(media);
    this.screen.hidden = !video;
    this.title.textContent = feedTitle ? `${title} · ${feedTitle}` : title;
    this.bar.hidden = false;
    this.seek.max = String(Math.round(episode.progress?.duration_secs ?? episode.enclosure.seconds ?? 0));
    this.seek.value = String(Math.round(this.episode.start));
    this.wire(media);
    this.showTimes();
    this.mediaSession();
    if (play) media.play().catch((e) => this.failed(e));
    this.onChange({ articleId });
  }

  wire(media) {
    const episode = this.episode;
    media.addEventListener('loadedmetadata', () => {
      media.playbackRate = keptSpeed();
      this.showTimes();
    });
    media.addEventListener('durationchange', () => this.showTimes());
    // on from where it was left, as soon as the player takes a seek (WebKit's GStreamer player
    // may drop one made before it plays: tried again until it holds, or a person seeks)
    episode.resuming = episode.start > 0;
    // (not judged by the length: WebKit's first guess of it, before the file is read, is short)
    const resume = () => {
      if (!episode.resuming) return;
      if (media.currentTime >= episode.start - 1) episode.resuming = false;
      else if (media.readyState >= 1 && !media.seeking) media.currentTime = episode.start;
    };
    for (const event of ['loadedmetadata', 'canplay', 'playing', 'timeupdate']) media.addEventListener(event, resume);
    media.addEventListener('timeupdate', () => {
      this.showTimes();
      if (Date.now() - this.keptAt > KEEP_EVERY_MS) this.keep();
    });
    media.addEventListener('play', () => this.showPlaying());
    media.addEventListener('pause', () => { this.showPlaying(); this.keep(); });
    media.addEventListener('seeked', () => this.keep());
    media.addEventListener('ended', () => {
      this.showPlaying();
      // an end before the place it resumes from was reached is not an episode heard out:
      // WebKit's GStreamer player has been seen to take a piece of a file for all of it. The
      // file is read again, once; the place stays kept.
      if (episode.resuming) {
        if (!episode.reloaded) {
          episode.reloaded = true;
          media.load();
          media.play().catch((e) => this.failed(e));
        }
        return;
      }
      call('episode_played', { id: episode.articleId, url: episode.url })
        .then(() => this.onPlayed?.(episode.articleId))
        .catch(() => {});
    });
    media.addEventListener('error', () => this.failed(media.error));
  }

  /** Keeps where the episode in the player is (not before it got to where it resumes from:
   * until then the kept place stands). */
  keep() {
    const { media, episode } = this;
    if (!media || !episode || media.readyState === 0 || media.ended || episode.resuming) return;
    this.keptAt = Date.now();
    const duration = Number.isFinite(media.duration) ? media.duration : null;
    call('episode_position', { id: episode.articleId, url: episode.url, position: media.currentTime, duration }).catch(() => {});
  }

  toggle() {
    if (!this.media) return false;
    if (this.media.paused) this.media.play().catch((e) => this.failed(e));
    else this.media.pause();
    return true;
  }

  skip(secs) {
    if (!this.media) return false;
    const end = Number.isFinite(this.media.duration) ? this.media.duration : Infinity;
    return this.seekTo(Math.min(end, Math.max(0, this.media.currentTime + secs)));
  }

  /** A person's seek to `seconds`: it ends any resuming (the place is theirs now). */
  seekTo(seconds) {
    if (!this.media) return false;
    this.episode.resuming = false;
    this.media.currentTime = seconds;
    return true;
  }

  /** One step faster (`+1`) or slower (`-1`) on the speed list. */
  stepSpeed(step) {
    const at = SPEEDS.indexOf(keptSpeed());
    const next = SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (at < 0 ? 1 : at) + step))];
    this.setSpeed(next);
    return true;
  }

  setSpeed(speed) {
    localStorage.setItem('playerSpeed', String(speed));
    if (this.built) this.speed.value = String(speed);
    if (this.media) this.media.playbackRate = speed;
  }

  /** Keeps the place, then empties the player. */
  stop() {
    this.keep();
    this.media?.pause();
    this.media?.removeAttribute('src');
    this.media?.load();
    const articleId = this.episode?.articleId;
    this.media = null;
    this.episode = null;
    this.screen.replaceChildren();
    this.bar.hidden = true;
    if ('mediaSession' in navigator) navigator.mediaSession.metadata = null;
    this.onChange({ articleId });
  }

  failed(error) {
    // a play() refused because a newer load replaced it is no failure
    if (error?.name === 'AbortError' || !this.episode) return;
    this.onChange({ articleId: this.episode.articleId, error: t('player-cannot-play') });
  }

  showPlaying() {
    const playing = this.playing;
    this.playButton.setAttribute('aria-label', tAttr(playing ? 'player-pause' : 'player-play', 'aria-label'));
    this.playButton.title = tAttr(playing ? 'player-pause' : 'player-play', 'title');
    this.playButton.replaceChildren(svg(playing ? PAUSE : PLAY));
    this.bar.classList.toggle('playing', playing);
    if ('mediaSession' in navigator) navigator.mediaSession.playbackState = playing ? 'playing' : 'paused';
    this.onChange({ articleId: this.episode?.articleId });
  }

  showTimes() {
    const media = this.media;
    const at = media && media.readyState > 0 ? media.currentTime : (this.episode?.start ?? 0);
    const duration = media && Number.isFinite(media.duration) ? media.duration : Number(this.seek.max);
    // the bar follows the length as the player comes to know it (its first guess is short)
    if (duration > 0) this.seek.max = String(Math.floor(duration));
    if (document.activeElement !== this.seek) this.seek.value = String(Math.floor(at));
    this.seek.setAttribute('aria-valuetext', t('player-time-of', { at: clock(at), duration: clock(duration) }));
    this.elapsed.textContent = clock(at);
    this.left.textContent = duration ? t('player-time-left', { left: clock(duration - at) }) : '';
  }

  mediaSession() {
    if (!('mediaSession' in navigator) || typeof MediaMetadata === 'undefined') return;
    const session = navigator.mediaSession;
    session.metadata = new MediaMetadata({ title: this.episode.title, artist: this.episode.feedTitle ?? '' });
    const handlers = {
      play: () => this.media?.play(),
      pause: () => this.media?.pause(),
      seekbackward: () => this.skip(-BACK_SECS),
      seekforward: () => this.skip(ON_SECS),
      seekto: (d) => { if (Number.isFinite(d.seekTime)) this.seekTo(d.seekTime); },
      stop: () => this.stop(),
    };
    for (const [action, handler] of Object.entries(handlers)) {
      try { session.setActionHandler(action, handler); } catch { /* an action this webview lacks */ }
    }
  }
}

/** Where an episode starts: where it was left, or the beginning once it was heard out. */
function startOf(episode) {
  const p = episode.progress;
  return p && !p.played_at ? p.position_secs : 0;
}

function keptSpeed() {
  const speed = Number(localStorage.getItem('playerSpeed'));
  return SPEEDS.includes(speed) ? speed : 1;
}

/**
 * The reader's line for an article's episode: play (or pause, when it is the one playing),
 * its length or the time left, and whether it is downloaded, with download or remove.
 * `downloading`: a download of it is under way (how far, when known: `{ bytes, total }`).
 * `onDownload`, `onRemove`: the buttons'.
 */
export function episodeLine(article, player, { downloading, note, onDownload, onRemove }) {
  const episode = article.episode;
  const inPlayer = player.has(article.id);
  const pausing = inPlayer && player.playing;
  const word = pausing ? 'player-pause-episode' : (episode.enclosure.kind === 'video' ? 'player-watch' : 'player-listen');
  const play = el('button', { type: 'button', class: 'primary small', id: 'r-episode-play' },
    svg(pausing ? PAUSE : PLAY), el('span', { text: t(word) }));
  play.addEventListener('click', () => {
    if (inPlayer) player.toggle();
    else player.load({ articleId: article.id, title: article.title, feedTitle: article.feed_title, episode });
  });
  const facts = episodeFacts(episode.enclosure, episode.progress, {
    downloading, bytes: episode.local_src ? episode.bytes ?? 0 : null,
  });
  // none while it downloads (the facts say so)
  let action = null;
  if (!downloading) {
    const kept = Boolean(episode.local_src);
    action = el('button', { type: 'button', class: 'link', id: kept ? 'r-episode-remove' : 'r-episode-download', text: t(kept ? 'player-remove' : 'player-download') });
    action.addEventListener('click', kept ? onRemove : onDownload);
  }
  return el('div', { class: 'reader-episode', id: 'r-episode' }, play,
    el('span', { class: 'reader-episode-facts', text: facts.join(' · ') }), action,
    note ? el('p', { class: 'reader-episode-note', role: 'status', text: note }) : null);
}

/** What an episode's line says of it (the reader's, a row of the Listen view): played, the
 * time left or its length; downloading (`downloading`: `{ bytes, total }` when how far is
 * known, else true or false), or downloaded with its size (`bytes`, null when it is not). */
export function episodeFacts(enclosure, progress, { downloading, bytes }) {
  const seconds = progress?.duration_secs ?? enclosure.seconds;
  const facts = [];
  if (progress?.played_at) facts.push(t('player-played'));
  else if (progress?.position_secs > 0 && seconds) facts.push(t('player-time-left', { left: clock(seconds - progress.position_secs) }));
  else if (seconds) facts.push(clock(seconds));
  if (downloading) facts.push(downloadingText(downloading));
  else if (bytes != null) facts.push(t('player-downloaded', { megabytes: megabytes(bytes) }));
  return facts;
}

/** "Downloading", with how far when it is known (`how`: `{ bytes, total }`, else `true`). */
function downloadingText(how) {
  if (!how?.bytes) return t('player-downloading');
  return how.total
    ? t('player-downloading-of', { done: megabytes(how.bytes), total: megabytes(how.total) })
    : t('player-downloading-so-far', { done: megabytes(how.bytes) });
}

/** An error said for the episode line. */
export function downloadError(err) {
  return t('player-download-failed', { error: errorText(err) });
}

export const PLAY = 'M6 4l10 6-10 6z';
export const PAUSE = 'M6 4h3v12H6zM11 4h3v12h-3z';
const BACK = 'M9 5L4 10l5 5M4 10h8a4 4 0 010 8';
const ON = 'M11 5l5 5-5 5M16 10H8a4 4 0 000 8';
const CLOSE = 'M5 5l10 10M15 5L5 15';
const SPEAKER = 'M3 8h3l4-3v10l-4-3H3zM13 7.5a3.5 3.5 0 010 5';

/** An icon of one path. */
export function svg(path) {
  const ns = 'http://www.w3.org/2000/svg';
  const s = document.createElementNS(ns, 'svg');
  s.setAttribute('viewBox', '0 0 20 20');
  s.setAttribute('aria-hidden', 'true');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', path);
  s.append(p);
  return s;
}
