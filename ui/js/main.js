// The window's page: wires the sidebar, the list and the reader to the app's commands and
// events, and owns keyboard shortcuts, dialogs, settings and the first-run state.
import { call, on } from './api.js';
import { count, el, megabytes } from './format.js';
import { errorText, l10n, languageInfo, loadLanguage, locale, setText, t, tAttr, tMessage } from './l10n.js';
import { ArticleList, LAYOUTS } from './list.js';
import { Reader } from './reader.js';
import { renderSidebar } from './sidebar.js';
import { firstRunView, lastOutcome, loadSuggestions } from './first-run.js';
import { offerUndo, onUndone, undo } from './undo.js';
import { back, setListFills, showPane, startLayout, toggleSidebar, viewChosen } from './layout.js';
import { openRules } from './rules.js';
import { openAccounts } from './accounts.js';
import { initFolders, moveDropped, openFolderDialog } from './folders.js';
import { addAccessSection, askForSignIn, fillAccess, readAccess, SIGN_IN_ERRORS } from './feed-access.js';
import { openHealth } from './health.js';
import { markReadOnScroll } from './scroll-read.js';
import { actionFor, applyShortcuts, drawKeysList, openShortcuts } from './shortcuts.js';
import { StoryPanel, showOtherReports } from './stories.js';
import { startListening } from './listening.js';
import { ListenView } from './listen.js';

const state = {
  view: 'all',
  // a feed's or folder's name; the smart views' titles are the catalog's (see viewTitle)
  viewTitle: '',
  unreadOnly: false,
  sidebar: null,
  refreshing: false,
  progress: { done: 0 },
  offline: false,
  saving: null,
  // what an action the person took ended in, said in the status line until their next action
  notice: '',
  // the same story from many sources as one row (Settings; the engine's setting)
  groupStories: true,
};

/** Says `text` in the status line until the person does something else. */
function notice(text) {
  state.notice = text;
  updateStatus();
}

const $ = (id) => document.getElementById(id);
const reader = new Reader();
const list = new ArticleList($('list'), $('list-spacer'), { onOpen: openArticle, onChange: updateViewCount });
const stories = new StoryPanel(list, (report) => openReport(report));
const listening = startListening(reader, {
  onPlayed: (id) => {
    list.patch(id, { read: true });
    if (reader.article?.id === id) {
      reader.article.read = true;
      reader.updateButtons();
    }
    scheduleSidebarRefresh();
  },
  onChange: () => listen.draw(),
});
const listen = new ListenView({
  player: listening.player,
  onOpen: (episode) => openArticle({ id: episode.article_id, read: episode.read }, { explicit: true }),
});
on('episode-download', (event) => listen.downloaded(event));
on('episode-download-progress', (event) => listen.downloadProgress(event));
$('btn-listen').addEventListener('click', () => showListen());

/** The Listen view in the list's place (the list stays as it was, behind it). */
async function showListen() {
  state.notice = '';
  reader.clear();
  viewChosen();
  await listen.show();
}

function viewQuery() {
  const [kind, id] = state.view.split(':');
  const view = id ? { kind, id: Number(id) } : { kind };
  return { view, unread_only: state.unreadOnly, oldest_first: oldestFirstViews().has(state.view), grouped: state.groupStories };
}

/** A choice the window keeps as JSON, or `fallback` when there is none or it cannot be read. */
function keptJson(key, fallback) {
  try {
    return JSON.parse(localStorage.getItem(key)) ?? fallback;
  } catch {
    return fallback;
  }
}

/** The views (`all`, `feed:12`, ...) a person turned to oldest first; the rest are newest first. */
function oldestFirstViews() {
  const views = keptJson('oldestFirstViews', []);
  return new Set(Array.isArray(views) ? views : []);
}

/** The sort button says the open view's order. */
function showOrder() {
  $('btn-oldest-first').setAttribute('aria-pressed', String(oldestFirstViews().has(state.view)));
}

/** Each view's own list layout (`{"feed:12": "cards"}`), chosen with the layout button. */
function ownLayouts() {
  return keptJson('listLayouts', {});
}

/** The layout of `view`: its own, else the one chosen for every view in Settings. */
function layoutOf(view) {
  const own = ownLayouts()[view];
  return LAYOUTS.includes(own) ? own : (localStorage.getItem('listLayout') || 'compact');
}

/** Lays the list out as the open view's layout, and the button says which it is. */
function showLayout() {
  const layout = layoutOf(state.view);
  setListFills(layout === 'cards');
  list.setLayout(layout);
  const button = $('btn-layout');
  button.dataset.layout = layout;
  const label = tAttr('list-layout', 'aria-label', { layout: t(`layout-${layout}`) });
  button.setAttribute('aria-label', label);
  button.title = label;
}

// ---- views ----

/** The title of the view shown: a smart view's in the reader's language, else the name. */
function viewTitle() {
  return ['all', 'unread', 'today', 'bookmarks'].includes(state.view) ? t(`view-${state.view}`) : state.viewTitle;
}

async function selectView(view, title) {
  listen.hide();
  state.notice = '';
  state.view = view;
  state.viewTitle = title;
  $('search').value = '';
  $('view-title').textContent = viewTitle();
  reader.clear();
  viewChosen();
  for (const b of document.querySelectorAll('.sidebar [data-view]')) {
    b.setAttribute('aria-current', String(b.dataset.view === view));
  }
  showOrder();
  showLayout();
  // the feed left, with nothing unread, is hidden now that it is not the open one
  if (hidesReadFeeds()) renderSidebarNow();
  await list.show(viewQuery());
  showEmptyState();
  document.dispatchEvent(new CustomEvent('view-shown', { detail: view }));
}

function updateViewCount(total, unread) {
  // the header counts articles, as the sidebar does; a list that grouped some says its stories too
  const grouped = list.query?.grouped && !list.search && total < list.articles;
  const text = list.search ? t('list-found', { count: total })
    : (unread > 0 ? (grouped ? t('list-unread-stories', { count: unread, stories: total }) : t('list-unread', { count: unread })) : '');
  $('view-count').textContent = text;
  $('view-count').title = text;
  showEmptyState();
}

function showEmptyState() {
  const empty = $('empty');
  const noFeeds = state.sidebar && state.sidebar.feeds.length === 0 && state.sidebar.counts.bookmarks === 0;
  // drawing again must not take the keyboard focus away from the person
  const focused = empty.contains(document.activeElement) ? document.activeElement.dataset.key : null;
  if (noFeeds && !list.search) {
    empty.replaceChildren(firstRunView({ redraw: showEmptyState, onSubscribed: firstRunDone, onImport: importOpml, onAdd: openAddDialog, onAccounts: () => openAccountsDialog() }));
    empty.hidden = false;
  } else if (list.total === 0) {
    const message = t(list.search ? 'empty-no-match'
      : state.view === 'bookmarks' ? 'empty-no-bookmarks'
      : state.unreadOnly || state.view === 'unread' ? 'empty-all-read' : 'empty-nothing-yet');
    empty.replaceChildren(el('p', { text: message }));
    empty.hidden = false;
  } else {
    empty.hidden = true;
  }
  if (focused) empty.querySelector(`[data-key="${CSS.escape(focused)}"]`)?.focus();
}

async function firstRunDone(results) {
  await refreshSidebar();
  await list.show(viewQuery());
  // once a feed is in, the screen gives way to the list: what happened stays in the status line
  if (results.some((r) => r.ok) && results.some((r) => !r.ok)) notice(lastOutcome());
}

// ---- sidebar ----

// refresh-done events seen so far: a sidebar answer that crossed one on its way says
// "refreshing" about the run that has just ended, and must not set it running again
let refreshesDone = 0;

async function refreshSidebar() {
  const doneBefore = refreshesDone;
  state.sidebar = await call('sidebar');
  if (refreshesDone === doneBefore) state.refreshing = state.sidebar.refreshing || state.refreshing;
  renderSidebarNow();
  updateStatus();
  showEmptyState();
}

// reading choices kept by this window, as the theme is: on a fresh install as they were
// before they could be chosen (articles marked read when opened, not when scrolled past,
// every feed shown)
const marksReadOnOpen = () => localStorage.getItem('markReadOnOpen') !== 'false';
const marksReadOnScroll = () => localStorage.getItem('markReadOnScroll') === 'true';
const hidesReadFeeds = () => localStorage.getItem('hideReadFeeds') === 'true';
markReadOnScroll(list, {
  enabled: marksReadOnScroll,
  onMarked: (step) => { scheduleSidebarRefresh(); offerUndo(step); },
});

function renderSidebarNow() {
  if (!state.sidebar) return;
  // drawn anew, the tree keeps the keyboard focus on the view it was on
  const focused = $('feed-tree').contains(document.activeElement) ? document.activeElement.dataset.view : null;
  renderSidebar($('feed-tree'), state.sidebar, state.view, {
    onSelect: selectView, onEditFeed: openFeedDialog, onEditFolder: openFolderDialog, hideRead: hidesReadFeeds(),
    onDrop: (item, folder) => moveDropped(item, folder, state.sidebar.feeds),
  });
  if (focused) $('feed-tree').querySelector(`[data-view="${focused}"]`)?.focus();
  // failing or gone feeds, at a glance; the health view says more
  const trouble = state.sidebar.feeds.filter((f) => f.last_error || f.gone_at).length;
  $('health-count').textContent = trouble > 0 ? count(trouble) : '';
  $('btn-health').setAttribute('aria-label', trouble > 0
    ? tAttr('view-health-failing', 'aria-label', { count: trouble })
    : tAttr('view-health-button', 'aria-label'));
  const names = $('folder-names');
  names.replaceChildren(...state.sidebar.folders.map((f) => el('option', { value: f.path })));
}

// ---- reader ----

async function openArticle(row, { explicit = false } = {}) {
  const markRead = marksReadOnOpen();
  // a story's row read: its other reports too (when Settings say so), before the reader lists them
  if (markRead && row.other_sources?.length) {
    const marked = await call('mark_story_read', { id: row.id }).catch(() => []);
    // the other reports were counted unread in the sidebar and the list's header
    if (marked.length > 1) {
      scheduleSidebarRefresh();
      scheduleListReload();
    }
  }
  const article = await call('open_article', { id: row.id, markRead });
  showPane('reader');
  if (!row.read && markRead) {
    list.patch(row.id, { read: true });
    scheduleSidebarRefresh();
  }
  showArticle(article);
  // a feed that opens in the browser: opened there when a person opens the article, not when
  // j or k walk past it (the reader's bar offers it then)
  if (explicit && article.open_in === 'browser') reader.openOriginal();
}

/** Shows an article in the reader, with the other reports of its story under it. */
function showArticle(article, options) {
  reader.show(article, options);
  showOtherReports(article, {
    onOpen: openReport,
    onSplit: async (count) => {
      notice(t('story-split', { count }));
      if (!list.search) await list.show(viewQuery(), { keepPosition: true });
      const updated = await call('open_article', { id: article.id, markRead: false });
      if (reader.article?.id === article.id) showArticle(updated, { keepScroll: true });
    },
  });
}

/** Opens one report of a story (from its row opened in place, or "Also reported by"). */
async function openReport(report) {
  const markRead = marksReadOnOpen();
  const article = await call('open_article', { id: report.id, markRead });
  showPane('reader');
  if (!report.read && markRead) {
    list.patch(report.id, { read: true });
    scheduleSidebarRefresh();
  }
  showArticle(article);
  $('reader-scroll').scrollTop = 0;
}

/** Flips `read` or `bookmarked` on the open article: in the store, the list and the counts. */
async function toggleFlag(field, command) {
  const a = reader.article;
  if (!a) return;
  a[field] = !a[field];
  const step = await call(command, { id: a.id, [field]: a[field] });
  list.patch(a.id, { [field]: a[field] });
  reader.updateButtons();
  scheduleSidebarRefresh();
  offerUndo(step);
}
const toggleRead = () => toggleFlag('read', 'set_read');

/** "Load full article": fetch the page now; a failure comes back as a note, not an error. */
async function loadFullArticle() {
  const a = reader.article;
  if (!a?.url) return;
  reader.busy(true);
  try {
    const updated = await call('load_full_article', { id: a.id });
    if (reader.article?.id === a.id) reader.show(updated);
  } catch (err) {
    if (reader.article?.id === a.id) reader.show({ ...a, note: { id: 'reader-not-loaded', why: err } });
  } finally {
    reader.busy(false);
  }
}
const toggleBookmark = () => toggleFlag('bookmarked', 'set_bookmarked');

async function markAllRead() {
  // one call, one step to undo: exactly the search's results, or the view's unread articles
  const step = list.search
    ? await call('mark_search_read', { query: $('search').value.trim() })
    : await call('mark_view_read', { view: viewQuery().view });
  offerUndo(step);
  list.markAllLoadedRead();
  if (reader.article) { reader.article.read = true; reader.updateButtons(); }
  await refreshSidebar();
  $('view-count').textContent = '';
}

// ---- refresh and live updates ----

/** A refresh the person asked for: what an earlier action said gives way to it. */
function refreshAsked(feedId = null) {
  state.notice = '';
  startRefresh(feedId);
}

function startRefresh(feedId = null) {
  // the refresh-started and refresh-done events say when it runs: the command's answer can
  // arrive after a quick refresh has already ended, so it must not mark one as running
  call('refresh', { feedId });
}

function updateStatus() {
  const status = $('status');
  const button = $('btn-refresh');
  button.classList.toggle('spinning', state.refreshing || Boolean(state.saving));
  document.body.dataset.busy = String(state.refreshing || Boolean(state.saving));
  status.classList.toggle('offline', state.offline && !state.refreshing);
  if (state.refreshing) {
    const total = state.progress.total ?? state.sidebar?.feeds.length ?? 0;
    status.textContent = t('status-refreshing', { done: state.progress.done, total });
  } else if (state.saving) {
    const s = state.saving;
    // pages, images and episodes: everything the pass keeps for reading offline
    const done = s.full_texts_done + s.images_done + (s.episodes_done ?? 0);
    const total = s.full_texts_total + s.images_total + (s.episodes_total ?? 0);
    status.textContent = t('status-saving', { done, total });
  } else if (state.notice) {
    status.textContent = state.notice;
  } else if (state.offline) {
    status.textContent = t('status-offline');
  } else if (state.portal) {
    status.textContent = t('portal-sign-in');
  } else if (state.lastRefresh) {
    status.textContent = t('status-updated', { time: state.lastRefresh.toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' }) });
  } else {
    status.textContent = '';
  }
}

let sidebarTimer = null;
function scheduleSidebarRefresh() {
  clearTimeout(sidebarTimer);
  sidebarTimer = setTimeout(refreshSidebar, 250);
}

let listTimer = null;
function scheduleListReload() {
  clearTimeout(listTimer);
  // not while a search is shown or on its way (typed, results not back yet): the view's
  // reload would land after the search and replace its results
  listTimer = setTimeout(() => { if (!list.search && !$('search').value.trim()) list.show(viewQuery(), { keepPosition: true }); }, 400);
}

on('refresh-started', (count) => {
  state.refreshing = true;
  state.progress = { done: 0, total: count };
  updateStatus();
});

on('refresh-progress', (event) => {
  if (event.event === 'started') return;
  state.refreshing = true;
  state.progress.done += 1;
  updateStatus();
  if (event.event === 'finished' && (event.new_articles > 0 || event.updated_articles > 0)) {
    scheduleSidebarRefresh();
    scheduleListReload();
  } else if (event.event === 'failed') {
    scheduleSidebarRefresh();
  }
});

// a feed-server account's sync, one step of the run like a feed
on('sync-progress', (event) => {
  if (event.event === 'sync_items') { scheduleListReload(); return; }
  if (event.event !== 'sync_finished' && event.event !== 'sync_failed') return;
  state.refreshing = true;
  state.progress.done += 1;
  updateStatus();
  scheduleSidebarRefresh();
  scheduleListReload();
  if (event.event === 'sync_failed') {
    const account = (state.sidebar?.accounts ?? []).find((a) => a.id === event.account_id);
    const name = account ? account.name : t('status-an-account');
    notice(event.sign_in_again
      ? t('status-sign-in-again', { account: name })
      : t('status-sync-failed', { account: name, error: errorText(event.error) }));
  }
});

on('refresh-done', (done) => {
  refreshesDone += 1;
  state.refreshing = false;
  state.offline = Boolean(done.offline);
  if (done.portal) state.portal = true;
  else if (done.summary && done.summary.updated + done.summary.not_modified > 0) state.portal = false;
  if (!done.error && !done.offline) state.lastRefresh = new Date();
  if (done.error) notice(t('status-refresh-failed', { error: errorText(done.error) }));
  refreshSidebar();
  scheduleListReload();
});

on('offline-progress', (progress) => {
  state.saving = progress;
  updateStatus();
  listen.showProgress(progress);
});

on('offline-done', async (done) => {
  if (done.article_id == null) {
    state.saving = null;
    listen.showProgress(null);
  }
  // a network behind a sign-in page: said until something gets through
  if (done.portal) state.portal = true;
  else if (done.summary && done.summary.full_texts + done.summary.images > 0) state.portal = false;
  updateStatus();
  // new full texts, or stored pictures the list can show
  if (done.summary && (done.summary.full_texts > 0 || done.summary.articles_with_images > 0)) scheduleListReload();
  // the open article may have just become whole (a bookmark, a new full text): show it so,
  // keeping the reader's place
  const open = reader.article;
  if (open && (done.article_id == null || done.article_id === open.id)) {
    // no marking read: the person may have marked it unread since opening it
    const updated = await call('open_article', { id: open.id, markRead: false });
    if (reader.article?.id === open.id && (updated.html !== open.html || JSON.stringify(updated.note) !== JSON.stringify(open.note))) {
      reader.show(updated, { keepScroll: true });
    }
  }
});

// ---- dialogs ----

addAccessSection($('form-add'), $('add-error'), 'add');
addAccessSection($('form-feed'), $('feed-error'), 'feed', { forget: true });

function openAddDialog() {
  const dialog = $('dlg-add');
  $('add-error').textContent = '';
  $('form-add').reset();
  fillAccess('add', null);
  // with feed-server accounts, the person says where the subscription goes
  const accounts = state.sidebar?.accounts ?? [];
  $('add-account-row').hidden = accounts.length < 2;
  $('add-account').replaceChildren(...accounts.map((a) => {
    const option = document.createElement('option');
    option.value = String(a.id);
    option.textContent = a.name;
    return option;
  }));
  dialog.showModal();
  $('add-url').focus();
}

$('form-add').addEventListener('submit', async (e) => {
  e.preventDefault();
  const url = $('add-url').value.trim();
  const folder = $('add-folder').value.trim() || null;
  const account = $('add-account-row').hidden ? null : Number($('add-account').value) || null;
  if (!url) return;
  const submit = $('add-submit');
  submit.disabled = true;
  setText(submit, t('add-searching'));
  $('add-error').textContent = '';
  try {
    const done = await call('add_feed', { url, folder, account, access: readAccess('add') });
    $('dlg-add').close();
    await refreshSidebar();
    await selectView(`feed:${done.feed_id}`, done.title);
  } catch (err) {
    $('add-error').textContent = errorText(err);
    if (SIGN_IN_ERRORS.has(err?.id)) askForSignIn('add');
  } finally {
    submit.disabled = false;
    setText(submit, t('add-subscribe'));
  }
});

$('add-import').addEventListener('click', () => { $('dlg-add').close(); importOpml(); });

async function importOpml() {
  try {
    const summary = await call('import_opml');
    if (!summary) return;
    notice(t('status-imported', { feeds: summary.added, duplicates: summary.skipped_duplicates, rules: summary.rules || 0 }));
    await refreshSidebar();
    startRefresh();
  } catch (err) {
    notice(t('status-import-failed', { error: errorText(err) }));
  }
}

let editingFeed = null;
let defaultOpenIn = 'reader';

/** Scripts are a choice only for a feed whose page opens inside the window. */
function showPageScriptsChoice() {
  $('feed-page-scripts-row').hidden = ($('feed-open-in').value || defaultOpenIn) !== 'inside';
}
$('feed-open-in').addEventListener('change', showPageScriptsChoice);

/** A feed's episode downloads in its dialog: "never", "every" or `{ latest: n }` (a number
 * the list lacks gets an option of its own). */
function showEpisodeDownloads(downloads) {
  const select = $('feed-episodes');
  const value = typeof downloads === 'object' && downloads ? String(downloads.latest) : (downloads ?? 'never');
  if (![...select.options].some((o) => o.value === value)) {
    const option = el('option', { value, text: t('feed-episodes-latest', { count: Number(value) }) });
    select.insertBefore(option, select.querySelector('option[value="every"]'));
  }
  select.value = value;
}

function chosenEpisodeDownloads() {
  const value = $('feed-episodes').value;
  return value === 'never' || value === 'every' ? value : { latest: Number(value) };
}

function openFeedDialog(feed) {
  editingFeed = feed;
  $('dlg-feed-title').textContent = feed.title;
  $('feed-url').textContent = feed.url;
  $('feed-last-error').textContent = feed.last_error ? t('feed-last-error', { error: feed.problem ? tMessage(feed.problem) : feed.last_error }) : '';
  $('feed-name').value = feed.title;
  $('feed-folder').value = feed.folder || '';
  $('feed-full-text').value = feed.full_text == null ? 'auto' : (feed.full_text ? 'always' : 'never');
  $('feed-full-text-hint').textContent = t(feed.summary_only ? 'feed-summary-only' : 'feed-whole-articles');
  $('feed-notify').checked = Boolean(feed.notify);
  $('feed-open-in').value = feed.open_in ?? '';
  $('feed-page-scripts').checked = Boolean(feed.page_scripts);
  showEpisodeDownloads(feed.episode_downloads);
  showPageScriptsChoice();
  call('get_settings').then((settings) => {
    defaultOpenIn = settings.open_articles;
    l10n($('feed-open-in-default'), 'feed-open-in-default', { place: settings.open_articles });
    showPageScriptsChoice();
  }).catch(() => {});
  $('feed-error').textContent = '';
  fillAccess('feed', feed);
  $('dlg-feed').showModal();
  if (['fetch-needs-login', 'fetch-login-refused'].includes(feed.problem?.id)) askForSignIn('feed');
  else $('feed-name').focus();
}

/** Saves the feed dialog's sign-in and identity when they changed; says whether they did. */
async function saveFeedAccess(feed) {
  const access = readAccess('feed');
  const forget = Boolean(feed.login_user) && !access.user;
  const changed = forget || access.password !== null || access.user !== (feed.login_user ?? null)
    || access.userAgent !== (feed.user_agent ?? null);
  if (!changed) return false;
  await call('set_feed_access', { id: feed.id, user: access.user, password: access.password, forget, userAgent: access.userAgent });
  return true;
}

$('form-feed').addEventListener('submit', async (e) => {
  e.preventDefault();
  const feed = editingFeed;
  try {
    const name = $('feed-name').value.trim();
    if (name !== feed.title) await call('rename_feed', { id: feed.id, title: name || null });
    const folder = $('feed-folder').value.trim();
    if (folder !== (feed.folder || '')) await call('move_feed', { id: feed.id, folder: folder || null });
    const mode = $('feed-full-text').value;
    const fullText = mode === 'auto' ? null : mode === 'always';
    if (fullText !== (feed.full_text ?? null)) await call('set_feed_full_text', { id: feed.id, fullText });
    const notify = $('feed-notify').checked;
    if (notify !== Boolean(feed.notify)) await call('set_feed_notify', { id: feed.id, notify });
    const openIn = $('feed-open-in').value || null;
    if (openIn !== (feed.open_in ?? null)) await call('set_feed_open_in', { id: feed.id, openIn });
    const pageScripts = $('feed-page-scripts').checked;
    if (pageScripts !== Boolean(feed.page_scripts)) await call('set_feed_page_scripts', { id: feed.id, allowed: pageScripts });
    const downloads = chosenEpisodeDownloads();
    if (JSON.stringify(downloads) !== JSON.stringify(feed.episode_downloads ?? 'never')) {
      await call('set_feed_episode_downloads', { id: feed.id, downloads });
    }
    const signIn = await saveFeedAccess(feed);
    $('dlg-feed').close();
    await refreshSidebar();
    if (signIn) refreshAsked(feed.id);
  } catch (err) {
    $('feed-error').textContent = errorText(err);
  }
});

/** Unsubscribes (one undoable step); bookmarks stay. Throws what went wrong. */
async function unsubscribeFeed(id, title) {
  const step = await call('remove_feed', { id });
  const kept = step.bookmarks_kept;
  await refreshSidebar();
  if (state.view === `feed:${id}`) await selectView('all', '');
  else await list.show(viewQuery(), { keepPosition: true });
  if (kept > 0) notice(t('status-bookmarks-kept', { count: kept, title }));
  offerUndo(step);
}

$('feed-remove').addEventListener('click', async () => {
  const feed = editingFeed;
  try {
    await unsubscribeFeed(feed.id, feed.title);
    $('dlg-feed').close();
  } catch (err) {
    $('feed-error').textContent = errorText(err);
  }
});

$('feed-refresh').addEventListener('click', () => { $('dlg-feed').close(); refreshAsked(editingFeed.id); });

$('feed-forget').addEventListener('click', async () => {
  const feed = editingFeed;
  try {
    await call('set_feed_access', { id: feed.id, user: null, password: null, forget: true, userAgent: feed.user_agent ?? null });
    editingFeed = { ...feed, login_user: null };
    fillAccess('feed', editingFeed);
    await refreshSidebar();
  } catch (err) {
    $('feed-error').textContent = errorText(err);
  }
});

initFolders({
  folders: () => state.sidebar?.folders ?? [],
  changed: refreshSidebar,
  deleted: async (folder) => { if (state.view === `folder:${folder.id}`) await selectView('all', ''); },
  notice,
});

for (const button of document.querySelectorAll('dialog [data-close]')) {
  button.addEventListener('click', () => button.closest('dialog').close());
}

// ---- settings ----

function applyAppearance() {
  const root = document.documentElement;
  root.dataset.theme = localStorage.getItem('theme') || 'system';
  root.dataset.font = localStorage.getItem('readerFont') || 'serif';
  root.dataset.size = localStorage.getItem('readerSize') || '17';
  reader.restyle();
}
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => reader.restyle());

async function openSettings() {
  // never the numbers of an earlier opening: they are measured again now
  $('storage-usage').textContent = t('settings-measuring');
  $('storage-episodes').textContent = '';
  const settings = await call('get_settings');
  applyShortcuts(settings);
  const pick = (select, value) => {
    if (![...select.options].some((o) => o.value === String(value))) select.append(el('option', { value: String(value), text: String(value) }));
    select.value = String(value);
  };
  pick($('set-interval'), settings.refresh_interval_minutes);
  pick($('set-retention'), settings.retention_days);
  $('set-theme').value = localStorage.getItem('theme') || 'system';
  $('set-font').value = localStorage.getItem('readerFont') || 'serif';
  $('set-size').value = localStorage.getItem('readerSize') || '17';
  $('set-mark-opened').checked = marksReadOnOpen();
  $('set-mark-scrolled').checked = marksReadOnScroll();
  $('set-hide-read-feeds').checked = hidesReadFeeds();
  $('set-layout').value = localStorage.getItem('listLayout') || 'compact';
  $('set-images').value = settings.offline_images;
  pick($('set-episode-max'), settings.episode_max_mb);
  pick($('set-episodes-space'), settings.episodes_space_mb);
  pick($('set-episodes-played'), settings.episodes_played_days);
  $('set-open-articles').value = settings.open_articles;
  $('set-group-stories').checked = settings.group_stories;
  $('set-story-first').value = settings.story_first;
  $('set-story-marks-read').checked = settings.story_marks_read;
  showLanguageChoices();
  showStorage(await call('storage_usage'));
  $('dlg-settings').showModal();
}

function showStorage(usage) {
  $('storage-usage').textContent = t('settings-storage-usage', {
    articles: megabytes(usage.database_bytes),
    full: usage.full_articles,
    files: usage.images,
    images: megabytes(usage.image_bytes),
    bookmarks: megabytes(usage.bookmark_image_bytes),
  });
  $('storage-episodes').textContent = t('settings-storage-episodes', {
    files: usage.episodes,
    size: megabytes(usage.episode_bytes),
    bookmarks: megabytes(usage.bookmark_episode_bytes),
  });
}

/** Saves a setting; one that does not apply says why in the status line. */
function saveSetting(key, value) {
  return call('set_setting', { key, value }).catch((err) => notice(t('status-setting-refused', { error: errorText(err) })));
}

$('set-images').addEventListener('change', (e) => saveSetting('offline_images', e.target.value));
for (const [id, key] of [['set-episode-max', 'episode_max_mb'], ['set-episodes-space', 'episodes_space_mb'], ['set-episodes-played', 'episodes_played_days']]) {
  $(id).addEventListener('change', (e) => saveSetting(key, e.target.value));
}
$('set-open-articles').addEventListener('change', (e) => saveSetting('open_articles', e.target.value));
$('set-group-stories').addEventListener('change', async (e) => {
  state.groupStories = e.target.checked;
  await saveSetting('group_stories', String(e.target.checked));
  if (!list.search) await list.show(viewQuery(), { keepPosition: true });
});
$('set-story-first').addEventListener('change', async (e) => {
  await saveSetting('story_first', e.target.value);
  if (!list.search) await list.show(viewQuery(), { keepPosition: true });
});
$('set-story-marks-read').addEventListener('change', (e) => saveSetting('story_marks_read', String(e.target.checked)));

/** The language menu (each language in its own name, the system's first) and, for a
 * language with digits or a calendar of its own, the choice of those. */
function showLanguageChoices() {
  const info = languageInfo();
  const system = info.languages.find((l) => l.code === info.system) ?? info.language;
  const options = [el('option', { value: '', text: t('settings-language-system', { language: system.name }) }),
    ...info.languages.map((l) => el('option', { value: l.code, lang: l.code, dir: l.rtl ? 'rtl' : 'ltr', text: l.name }))];
  $('set-language').replaceChildren(...options);
  $('set-language').value = info.chosen;
  $('set-digits-row').hidden = info.language.digits === 'latin';
  $('set-digits').value = info.digits === 'shared' ? 'latin' : 'native';
  $('set-calendar-row').hidden = !info.own_calendar;
  $('set-calendar').value = info.calendar === 'shared' ? 'gregorian' : 'native';
}

/** Speaks the language the settings now say: the page's words, then what is drawn from data. */
async function changeLanguage(key, value) {
  await saveSetting(key, value);
  await loadLanguage();
  showLanguageChoices();
}
for (const [id, key] of [['set-language', 'language'], ['set-digits', 'digits'], ['set-calendar', 'calendar']]) {
  $(id).addEventListener('change', (e) => changeLanguage(key, e.target.value || 'system'));
}

// a new language (or digits, or calendar): everything drawn from data is drawn again in it
document.addEventListener('language-changed', async () => {
  drawKeysList();
  showLayout();
  $('view-title').textContent = list.search ? t('list-title-search') : viewTitle();
  renderSidebarNow();
  updateStatus();
  showEmptyState();
  reader.updateButtons();
  if (reader.article) reader.show(reader.article, { keepScroll: true });
  if (list.search) await runSearch();
  else await list.show(viewQuery(), { keepPosition: true });
});
$('clean-read').addEventListener('click', async () => showStorage(await call('clean_images', { which: 'read' })));
$('clean-all').addEventListener('click', async () => showStorage(await call('clean_images', { which: 'all_but_bookmarks' })));
for (const button of document.querySelectorAll('[data-export]')) {
  button.addEventListener('click', async () => {
    try {
      const path = await call('export_bookmarks', { format: button.dataset.export });
      if (path) notice(t('status-bookmarks-exported', { path }));
    } catch (err) {
      notice(t('status-export-failed', { error: errorText(err) }));
    }
  });
}

$('set-interval').addEventListener('change', (e) => saveSetting('refresh_interval_minutes', e.target.value));
$('set-retention').addEventListener('change', (e) => saveSetting('retention_days', e.target.value));
$('set-theme').addEventListener('change', (e) => { localStorage.setItem('theme', e.target.value); applyAppearance(); });
$('set-font').addEventListener('change', (e) => { localStorage.setItem('readerFont', e.target.value); applyAppearance(); });
$('set-size').addEventListener('change', (e) => { localStorage.setItem('readerSize', e.target.value); applyAppearance(); });
$('set-mark-opened').addEventListener('change', (e) => localStorage.setItem('markReadOnOpen', String(e.target.checked)));
$('set-mark-scrolled').addEventListener('change', (e) => localStorage.setItem('markReadOnScroll', String(e.target.checked)));
$('set-layout').addEventListener('change', (e) => {
  // one layout for every view: the views' own choices go
  localStorage.setItem('listLayout', e.target.value);
  localStorage.removeItem('listLayouts');
  showLayout();
});
$('set-hide-read-feeds').addEventListener('change', (e) => { localStorage.setItem('hideReadFeeds', String(e.target.checked)); renderSidebarNow(); });
$('settings-export').addEventListener('click', async () => {
  try {
    const path = await call('export_opml');
    if (path) notice(t('status-exported', { path }));
  } catch (err) {
    notice(t('status-export-failed', { error: errorText(err) }));
  }
});

// ---- toolbar, search, smart views ----

$('btn-add').addEventListener('click', openAddDialog);
$('btn-refresh').addEventListener('click', () => refreshAsked());
$('btn-settings').addEventListener('click', openSettings);
$('open-shortcuts').addEventListener('click', () => {
  // one dialog at a time: the shortcuts take Settings' place
  $('dlg-settings').close();
  openShortcuts();
});
$('open-rules').addEventListener('click', () => {
  // one dialog at a time: the rules take Settings' place
  $('dlg-settings').close();
  openRules({
    feeds: state.sidebar?.feeds ?? [],
    folders: state.sidebar?.folders ?? [],
    onChanged: () => { scheduleSidebarRefresh(); scheduleListReload(); },
  });
});
function openAccountsDialog() {
  openAccounts({
    localFeeds: (state.sidebar?.feeds ?? []).filter((f) => f.account_id === 1).length,
    onChanged: () => { scheduleSidebarRefresh(); scheduleListReload(); },
  });
}
$('open-accounts').addEventListener('click', () => {
  // one dialog at a time: the accounts take Settings' place
  $('dlg-settings').close();
  openAccountsDialog();
});
$('btn-health').addEventListener('click', () => openHealth({ unsubscribe: unsubscribeFeed }));
$('btn-mark-all').addEventListener('click', markAllRead);
$('btn-toggle-read').addEventListener('click', toggleRead);
$('btn-bookmark').addEventListener('click', toggleBookmark);
$('btn-open').addEventListener('click', () => reader.openOriginal());
$('btn-full').addEventListener('click', loadFullArticle);
// an article a rule hid, found by search: back into the lists
$('btn-unhide').addEventListener('click', async () => {
  const a = reader.article;
  if (!a) return;
  await call('unhide_article', { id: a.id });
  reader.show({ ...a, hidden: false }, { keepScroll: true });
  scheduleSidebarRefresh();
  notice(t('status-unhidden'));
});
$('btn-unread-only').addEventListener('click', async (e) => {
  state.unreadOnly = !state.unreadOnly;
  e.currentTarget.setAttribute('aria-pressed', String(state.unreadOnly));
  await list.show(viewQuery());
});
// compact, with pictures, cards: kept per view and feed
$('btn-layout').addEventListener('click', () => {
  const layouts = ownLayouts();
  layouts[state.view] = LAYOUTS[(LAYOUTS.indexOf(layoutOf(state.view)) + 1) % LAYOUTS.length];
  localStorage.setItem('listLayouts', JSON.stringify(layouts));
  showLayout();
});
// newest or oldest first, kept per view and feed
$('btn-oldest-first').addEventListener('click', async () => {
  const views = oldestFirstViews();
  if (!views.delete(state.view)) views.add(state.view);
  localStorage.setItem('oldestFirstViews', JSON.stringify([...views]));
  showOrder();
  if (!list.search) await list.show(viewQuery());
});
for (const button of document.querySelectorAll('#smart-views .nav-item[data-view]')) {
  button.addEventListener('click', () => selectView(button.dataset.view, button.querySelector('.nav-label').textContent));
}

let searchTimer = null;
$('search').addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(runSearch, 150);
});
$('search-form').addEventListener('submit', (e) => { e.preventDefault(); runSearch(); });
$('search').addEventListener('keydown', (e) => {
  if (e.key === 'Escape') { $('search').value = ''; runSearch(); $('list').focus(); }
  if (e.key === 'Enter' || e.key === 'ArrowDown') { e.preventDefault(); $('list').focus(); list.select(0); }
});

async function runSearch() {
  const text = $('search').value.trim();
  $('search-hidden-label').hidden = !text;
  if (!text) {
    $('view-title').textContent = viewTitle();
    await list.show(viewQuery());
    return;
  }
  $('view-title').textContent = t('list-title-search');
  reader.clear();
  await list.showSearch(text, $('search-hidden').checked);
}
$('search-hidden').addEventListener('change', runSearch);

// ---- keyboard ----

document.addEventListener('keydown', (e) => {
  if (document.querySelector('dialog[open]')) return;
  const typing = e.target.closest && e.target.closest('input, select, textarea');
  // Ctrl/Cmd+Z: the latest step back (in a text field it stays the field's own undo)
  if (!typing && (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
    e.preventDefault();
    undo();
    return;
  }
  if (e.key === 'Escape' && !typing && back()) {
    e.preventDefault();
    return;
  }
  if (typing) return;
  // the arrows move in the focused list whatever the shortcuts are: up and down a line (of
  // cards, in the grid), along a line of cards to the left and right as the window reads
  if (!e.ctrlKey && !e.metaKey && !e.altKey && document.activeElement === $('list')) {
    // in the grid the arrows choose a card and Enter opens it (the reader takes the grid's place)
    const along = document.documentElement.dir === 'rtl' ? -1 : 1;
    const grid = list.layout === 'cards';
    const step = { ArrowDown: () => list.moveLine(1, !grid), ArrowUp: () => list.moveLine(-1, !grid),
      ArrowRight: grid ? () => list.move(along, false) : null, ArrowLeft: grid ? () => list.move(-along, false) : null,
      Enter: grid && list.selected >= 0 ? () => list.select(list.selected, true, { explicit: true }) : null }[e.key];
    if (step) {
      e.preventDefault();
      step();
      return;
    }
  }
  // each action's key is the person's own (Settings → Shortcuts), j/k/n/p... by default
  const actions = {
    next: () => list.move(1),
    previous: () => list.move(-1),
    'next-unread': () => list.moveUnread(1),
    'previous-unread': () => list.moveUnread(-1),
    bookmark: toggleBookmark,
    read: toggleRead,
    open: () => reader.openOriginal(),
    full: loadFullArticle,
    refresh: () => refreshAsked(),
    search: () => { showPane('list'); $('search').focus(); },
    sidebar: toggleSidebar,
    'mark-all': markAllRead,
    keys: () => $('dlg-keys').showModal(),
    story: () => stories.toggle(list.selected),
    ...listening.actions,
  };
  const action = actions[actionFor(e)];
  if (action) {
    e.preventDefault();
    action();
  }
});

// after an undo: counts, the list where it was, and the open article's buttons
onUndone(async () => {
  await refreshSidebar();
  if (!list.search) await list.show(viewQuery(), { keepPosition: true });
  const open = reader.article;
  if (open) {
    const updated = await call('open_article', { id: open.id, markRead: false });
    if (reader.article?.id === open.id) showArticle(updated, { keepScroll: true });
  }
});

// ---- start ----

applyAppearance();
showOrder();
startLayout();
(async () => {
  // each step's end is marked (performance.mark) for bench/window.py to say where start-up goes
  const step = (name) => performance.mark(`start:${name}`);
  // the page's words first: nothing is drawn in a language the reader did not choose
  await loadLanguage();
  step('language');
  $('view-title').textContent = viewTitle();
  showLayout();
  const settings = await call('get_settings');
  applyShortcuts(settings);
  state.groupStories = settings.group_stories;
  step('settings');
  await loadSuggestions();
  step('suggestions');
  await refreshSidebar();
  step('sidebar');
  // (the sidebar drawn by refreshSidebar stands: drawing a thousand feeds again cost 30 ms)
  await list.show(viewQuery());
  step('list');
  showEmptyState();
  document.body.dataset.ready = 'true';
  requestAnimationFrame(() => requestAnimationFrame(() => call('ui_ready', { rows: list.rendered.size })));
})().catch((e) => {
  // a start that failed says why where a test (or a person with the inspector) can read it
  document.body.dataset.error = `${e} ${e?.stack ?? ''}`;
});

