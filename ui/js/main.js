// The window's page: wires the sidebar, the list and the reader to the app's commands and
// events, and owns keyboard shortcuts, dialogs, settings and the first-run state.
import { call, on } from './api.js';
import { el } from './format.js';
import { ArticleList } from './list.js';
import { Reader } from './reader.js';
import { renderSidebar } from './sidebar.js';
import { firstRunView, lastOutcome, loadSuggestions } from './first-run.js';
import { offerUndo, onUndone, undo } from './undo.js';
import { back, showPane, startLayout, toggleSidebar, viewChosen } from './layout.js';
import { openRules } from './rules.js';
import { openAccounts } from './accounts.js';
import { openHealth } from './health.js';

const state = {
  view: 'all',
  viewTitle: 'All articles',
  unreadOnly: false,
  sidebar: null,
  refreshing: false,
  progress: { done: 0 },
  offline: false,
  saving: null,
  // what an action the person took ended in, said in the status line until their next action
  notice: '',
};

/** Says `text` in the status line until the person does something else. */
function notice(text) {
  state.notice = text;
  updateStatus();
}

const $ = (id) => document.getElementById(id);
const reader = new Reader();
const list = new ArticleList($('list'), $('list-spacer'), { onOpen: openArticle, onChange: updateViewCount });

function viewQuery() {
  const [kind, id] = state.view.split(':');
  const view = id ? { kind, id: Number(id) } : { kind };
  return { view, unread_only: state.unreadOnly };
}

// ---- views ----

async function selectView(view, title) {
  state.notice = '';
  state.view = view;
  state.viewTitle = title;
  $('search').value = '';
  $('view-title').textContent = title;
  reader.clear();
  viewChosen();
  for (const b of document.querySelectorAll('.sidebar [data-view]')) {
    b.setAttribute('aria-current', String(b.dataset.view === view));
  }
  await list.show(viewQuery());
  showEmptyState();
  document.dispatchEvent(new CustomEvent('view-shown', { detail: view }));
}

function updateViewCount(total, unread) {
  const text = list.search ? `${total} found` : (unread > 0 ? `${unread} unread` : '');
  $('view-count').textContent = text;
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
    const message = list.search ? 'No articles match.'
      : state.view === 'bookmarks' ? 'No bookmarks yet. Press s on an article to keep it.'
      : state.unreadOnly || state.view === 'unread' ? 'All read.' : 'No articles here yet.';
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

function renderSidebarNow() {
  if (!state.sidebar) return;
  renderSidebar($('feed-tree'), state.sidebar, state.view, { onSelect: selectView, onEditFeed: openFeedDialog, onEditFolder: openFolderDialog });
  // failing or gone feeds, at a glance; the health view says more
  const trouble = state.sidebar.feeds.filter((f) => f.last_error || f.gone_at).length;
  $('health-count').textContent = trouble > 0 ? String(trouble) : '';
  $('btn-health').setAttribute('aria-label', trouble > 0 ? `Feed health ${trouble} failing` : 'Feed health');
  const names = $('folder-names');
  names.replaceChildren(...state.sidebar.folders.map((f) => el('option', { value: f.name })));
}

// ---- reader ----

async function openArticle(row) {
  const article = await call('open_article', { id: row.id });
  showPane('reader');
  if (!row.read) {
    list.patch(row.id, { read: true });
    scheduleSidebarRefresh();
  }
  reader.show(article);
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
    if (reader.article?.id === a.id) reader.show({ ...a, note: `The full article could not be loaded (${err}).` });
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
    status.textContent = `Refreshing… ${state.progress.done} of ${total}`;
  } else if (state.saving) {
    const s = state.saving;
    const done = s.full_texts_done + s.images_done;
    const total = s.full_texts_total + s.images_total;
    status.textContent = `Saving for offline reading… ${done} of ${total}`;
  } else if (state.notice) {
    status.textContent = state.notice;
  } else if (state.offline) {
    status.textContent = 'Offline: showing what is stored.';
  } else if (state.portal) {
    status.textContent = state.portal;
  } else if (state.lastRefresh) {
    status.textContent = `Updated ${state.lastRefresh.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
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
    const name = account ? account.name : 'an account';
    notice(event.sign_in_again
      ? `${name}: the server no longer accepts the sign-in. Sign in again in Settings → Accounts.`
      : `Sync with ${name} failed: ${event.error}`);
  }
});

on('refresh-done', (done) => {
  refreshesDone += 1;
  state.refreshing = false;
  state.offline = Boolean(done.offline);
  if (done.portal_message) state.portal = done.portal_message;
  else if (done.summary && done.summary.updated + done.summary.not_modified > 0) state.portal = null;
  if (!done.error && !done.offline) state.lastRefresh = new Date();
  if (done.error) notice(`Refresh failed: ${done.error}`);
  refreshSidebar();
  scheduleListReload();
});

on('offline-progress', (progress) => {
  state.saving = progress;
  updateStatus();
});

on('offline-done', async (done) => {
  if (done.article_id == null) state.saving = null;
  // a network behind a sign-in page: said until something gets through
  if (done.portal_message) state.portal = done.portal_message;
  else if (done.summary && done.summary.full_texts + done.summary.images > 0) state.portal = null;
  updateStatus();
  if (done.summary && done.summary.full_texts > 0) scheduleListReload();
  // the open article may have just become whole (a bookmark, a new full text): show it so,
  // keeping the reader's place
  const open = reader.article;
  if (open && (done.article_id == null || done.article_id === open.id)) {
    // no marking read: the person may have marked it unread since opening it
    const updated = await call('open_article', { id: open.id, markRead: false });
    if (reader.article?.id === open.id && (updated.html !== open.html || updated.note !== open.note)) {
      reader.show(updated, { keepScroll: true });
    }
  }
});

// ---- dialogs ----

function openAddDialog() {
  const dialog = $('dlg-add');
  $('add-error').textContent = '';
  $('form-add').reset();
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
  submit.textContent = 'Looking for the feed…';
  $('add-error').textContent = '';
  try {
    const done = await call('add_feed', { url, folder, account });
    $('dlg-add').close();
    await refreshSidebar();
    await selectView(`feed:${done.feed_id}`, done.title);
  } catch (err) {
    $('add-error').textContent = String(err);
  } finally {
    submit.disabled = false;
    submit.textContent = 'Subscribe';
  }
});

$('add-import').addEventListener('click', () => { $('dlg-add').close(); importOpml(); });

async function importOpml() {
  try {
    const summary = await call('import_opml');
    if (!summary) return;
    const rules = summary.rules ? `, ${summary.rules === 1 ? '1 rule' : `${summary.rules} rules`}` : '';
    notice(`Imported ${summary.added} feeds (${summary.skipped_duplicates} already there)${rules}.`);
    await refreshSidebar();
    startRefresh();
  } catch (err) {
    notice(`Import failed: ${err}`);
  }
}

let editingFeed = null;
function openFeedDialog(feed) {
  editingFeed = feed;
  $('dlg-feed-title').textContent = feed.title;
  $('feed-url').textContent = feed.url;
  $('feed-last-error').textContent = feed.last_error ? `Last refresh failed: ${feed.last_error}` : '';
  $('feed-name').value = feed.title;
  $('feed-folder').value = feed.folder || '';
  $('feed-full-text').value = feed.full_text == null ? 'auto' : (feed.full_text ? 'always' : 'never');
  $('feed-full-text-hint').textContent = feed.summary_only
    ? 'This feed sends summaries only: Broadsheet fetches each article from its page.'
    : 'This feed sends whole articles.';
  $('feed-notify').checked = Boolean(feed.notify);
  $('feed-error').textContent = '';
  $('dlg-feed').showModal();
  $('feed-name').focus();
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
    $('dlg-feed').close();
    await refreshSidebar();
  } catch (err) {
    $('feed-error').textContent = String(err);
  }
});

/** Unsubscribes (one undoable step); bookmarks stay. Throws what went wrong. */
async function unsubscribeFeed(id, title) {
  const step = await call('remove_feed', { id });
  const kept = step.bookmarks_kept;
  await refreshSidebar();
  if (state.view === `feed:${id}`) await selectView('all', 'All articles');
  else await list.show(viewQuery(), { keepPosition: true });
  if (kept > 0) notice(`${kept} bookmarked articles of ${title} stay under Bookmarks.`);
  offerUndo(step);
}

$('feed-remove').addEventListener('click', async () => {
  const feed = editingFeed;
  try {
    await unsubscribeFeed(feed.id, feed.title);
    $('dlg-feed').close();
  } catch (err) {
    $('feed-error').textContent = String(err);
  }
});

$('feed-refresh').addEventListener('click', () => { $('dlg-feed').close(); refreshAsked(editingFeed.id); });

let editingFolder = null;
function openFolderDialog(folder) {
  editingFolder = folder;
  $('folder-name').value = folder.name;
  $('folder-error').textContent = '';
  $('dlg-folder').showModal();
  $('folder-name').focus();
}

$('form-folder').addEventListener('submit', async (e) => {
  e.preventDefault();
  try {
    const name = $('folder-name').value.trim();
    if (name && name !== editingFolder.name) await call('rename_folder', { id: editingFolder.id, name });
    $('dlg-folder').close();
    await refreshSidebar();
  } catch (err) {
    $('folder-error').textContent = String(err);
  }
});

$('folder-delete').addEventListener('click', async () => {
  try {
    const step = await call('delete_folder', { id: editingFolder.id });
    $('dlg-folder').close();
    if (state.view === `folder:${editingFolder.id}`) await selectView('all', 'All articles');
    await refreshSidebar();
    offerUndo(step);
  } catch (err) {
    $('folder-error').textContent = String(err);
  }
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
  $('storage-usage').textContent = 'Measuring…';
  const settings = await call('get_settings');
  const pick = (select, value) => {
    if (![...select.options].some((o) => o.value === String(value))) select.append(el('option', { value: String(value), text: String(value) }));
    select.value = String(value);
  };
  pick($('set-interval'), settings.refresh_interval_minutes);
  pick($('set-retention'), settings.retention_days);
  $('set-theme').value = localStorage.getItem('theme') || 'system';
  $('set-font').value = localStorage.getItem('readerFont') || 'serif';
  $('set-size').value = localStorage.getItem('readerSize') || '17';
  $('set-images').value = settings.offline_images;
  showStorage(await call('storage_usage'));
  $('dlg-settings').showModal();
}

function showStorage(usage) {
  const mib = (b) => `${(b / 1048576).toFixed(1)} MB`;
  const full = usage.full_articles === 1 ? '1 full article' : `${usage.full_articles} full articles`;
  $('storage-usage').textContent = `Articles: ${mib(usage.database_bytes)} (${full}). `
    + `Images: ${usage.images} kept, ${mib(usage.image_bytes)} (${mib(usage.bookmark_image_bytes)} for bookmarks).`;
}

/** Saves a setting; one that does not apply says why in the status line. */
function saveSetting(key, value) {
  call('set_setting', { key, value }).catch((err) => notice(`The setting was not changed: ${err}`));
}

$('set-images').addEventListener('change', (e) => saveSetting('offline_images', e.target.value));
$('clean-read').addEventListener('click', async () => showStorage(await call('clean_images', { which: 'read' })));
$('clean-all').addEventListener('click', async () => showStorage(await call('clean_images', { which: 'all_but_bookmarks' })));
for (const button of document.querySelectorAll('[data-export]')) {
  button.addEventListener('click', async () => {
    try {
      const path = await call('export_bookmarks', { format: button.dataset.export });
      if (path) notice(`Bookmarks exported to ${path}`);
    } catch (err) {
      notice(`Export failed: ${err}`);
    }
  });
}

$('set-interval').addEventListener('change', (e) => saveSetting('refresh_interval_minutes', e.target.value));
$('set-retention').addEventListener('change', (e) => saveSetting('retention_days', e.target.value));
$('set-theme').addEventListener('change', (e) => { localStorage.setItem('theme', e.target.value); applyAppearance(); });
$('set-font').addEventListener('change', (e) => { localStorage.setItem('readerFont', e.target.value); applyAppearance(); });
$('set-size').addEventListener('change', (e) => { localStorage.setItem('readerSize', e.target.value); applyAppearance(); });
$('settings-export').addEventListener('click', async () => {
  try {
    const path = await call('export_opml');
    if (path) notice(`Exported to ${path}`);
  } catch (err) {
    notice(`Export failed: ${err}`);
  }
});

// ---- toolbar, search, smart views ----

$('btn-add').addEventListener('click', openAddDialog);
$('btn-refresh').addEventListener('click', () => refreshAsked());
$('btn-settings').addEventListener('click', openSettings);
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
  notice('The article is back in the lists.');
});
$('btn-unread-only').addEventListener('click', async (e) => {
  state.unreadOnly = !state.unreadOnly;
  e.currentTarget.setAttribute('aria-pressed', String(state.unreadOnly));
  await list.show(viewQuery());
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
    $('view-title').textContent = state.viewTitle;
    await list.show(viewQuery());
    return;
  }
  $('view-title').textContent = 'Search';
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
  if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
  const actions = {
    j: () => list.move(1),
    k: () => list.move(-1),
    ArrowDown: () => document.activeElement === $('list') && list.move(1),
    ArrowUp: () => document.activeElement === $('list') && list.move(-1),
    n: () => list.moveUnread(1),
    p: () => list.moveUnread(-1),
    s: toggleBookmark,
    m: toggleRead,
    o: () => reader.openOriginal(),
    f: loadFullArticle,
    r: () => refreshAsked(),
    '/': () => { showPane('list'); $('search').focus(); },
    v: toggleSidebar,
    A: markAllRead,
    '?': () => $('dlg-keys').showModal(),
  };
  const action = actions[e.key];
  if (action && (e.key !== 'A' || e.shiftKey)) {
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
    if (reader.article?.id === open.id) reader.show(updated, { keepScroll: true });
  }
});

// ---- start ----

applyAppearance();
startLayout();
(async () => {
  await loadSuggestions();
  await refreshSidebar();
  // (the sidebar drawn by refreshSidebar stands: drawing a thousand feeds again cost 30 ms)
  await list.show(viewQuery());
  showEmptyState();
  document.body.dataset.ready = 'true';
  requestAnimationFrame(() => requestAnimationFrame(() => call('ui_ready', { rows: list.rendered.size })));
})();

