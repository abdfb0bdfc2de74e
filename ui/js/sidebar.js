// The sidebar: smart views, and the tree of folders (folders in folders) and feeds with unread
// counts and error marks. Feeds and folders move by drag and drop (the feed and folder dialogs
// do the same from the keyboard).
import { count, dayDate, el } from './format.js';
import { locale, t, tAttr, tMessage } from './l10n.js';

/** Names as people sort them in their language, numbers in order ("Feed 2" before "Feed 10"). */
const byName = () => new Intl.Collator(locale(), { numeric: true, sensitivity: 'base' });

/**
 * Draws the smart views' counts and the tree of folders and feeds. With `hideRead`, feeds with
 * nothing unread and folders left with no such feed are not drawn, except the one open.
 */
export function renderSidebar(tree, data, current, { onSelect, onEditFeed, onEditFolder, onDrop, hideRead = false }) {
  const collapsed = new Set(JSON.parse(localStorage.getItem('collapsedFolders') || '[]'));
  for (const [key, value] of Object.entries({
    all: data.counts.unread,
    unread: data.counts.unread,
    today: data.counts.today_unread,
    bookmarks: data.counts.bookmarks,
  })) {
    const badge = document.querySelector(`[data-count="${key}"]`);
    if (!badge) continue;
    badge.textContent = value > 0 ? count(value) : '';
    // the count is read from the name (shown text first), not as a stray number after it
    const name = badge.previousElementSibling.textContent;
    badge.closest('button').setAttribute('aria-label', tAttr(key === 'bookmarks' ? 'view-count-bookmarks' : 'view-count-unread', 'aria-label', { name, count: value }));
  }
  const fragment = document.createDocumentFragment();
  const accounts = data.accounts || [];
  const shown = hideRead ? data.feeds.filter((f) => f.unread_count > 0 || current === `feed:${f.id}`) : data.feeds;
  const handlers = { onSelect, onEditFeed, onEditFolder, onDrop };
  if (accounts.length > 1) {
    // one section per account: its folders and feeds, under its name; folders with no feed
    // of any account anywhere beneath them are shown under "On this computer" only
    const inUse = new Set(data.feeds.map((f) => f.folder_id));
    const holding = withAncestors(data.folders, (d) => inUse.has(d.id));
    for (const account of accounts) {
      const all = data.feeds.filter((f) => f.account_id === account.id);
      const feeds = shown.filter((f) => f.account_id === account.id);
      const its = new Set(all.map((f) => f.folder_id));
      const mine = withAncestors(data.folders, (d) => its.has(d.id) || (account.kind === 'local' && !holding.has(d.id)));
      const folders = keptFolders(data.folders.filter((d) => mine.has(d.id)), feeds, current, hideRead);
      // "On this computer" with nothing in it is not worth a heading
      if (account.kind === 'local' && feeds.length === 0 && folders.length === 0) continue;
      const trouble = account.sign_in_again ? t('account-sign-in-again') : (account.last_sync_error ? t('account-sync-failed') : '');
      const heading = el('h3', { class: 'account-heading', dir: 'auto', id: `account-heading-${account.id}`, title: (account.last_sync_error ? tMessage(account.last_sync_error) : account.server_url) || '' },
        account.name, trouble ? el('span', { class: 'trouble', text: ` · ${trouble}` }) : null);
      const section = el('section', { class: 'account-section', 'data-account-id': account.id, 'aria-labelledby': `account-heading-${account.id}` }, heading);
      section.append(treeOf(feeds, folders, current, collapsed, handlers));
      fragment.append(section);
    }
  } else {
    fragment.append(treeOf(shown, keptFolders(data.folders, shown, current, hideRead), current, collapsed, handlers));
  }
  tree.replaceChildren(fragment);
  if (onDrop) dropOnTop(tree, onDrop);
  for (const b of document.querySelectorAll('#smart-views .nav-item')) {
    b.setAttribute('aria-current', String(b.dataset.view === current));
  }
}

/** The ids of the folders that `keep` says yes to, and of every folder above them. */
function withAncestors(folders, keep) {
  const byId = new Map(folders.map((d) => [d.id, d]));
  const ids = new Set();
  for (const folder of folders) {
    if (!keep(folder)) continue;
    // a parent chain is at most 8 long; the guard stops a broken one
    for (let d = folder, n = 0; d && !ids.has(d.id) && n < 16; d = byId.get(d.parent_id), n++) ids.add(d.id);
  }
  return ids;
}

/** The folders to draw: all, or with `hideRead` those holding a shown feed somewhere beneath, and the open one. */
function keptFolders(folders, shownFeeds, current, hideRead) {
  if (!hideRead) return folders;
  const holding = new Set(shownFeeds.map((f) => f.folder_id));
  const kept = withAncestors(folders, (d) => holding.has(d.id) || current === `folder:${d.id}`);
  return folders.filter((d) => kept.has(d.id));
}

/** What a drag carries: a feed or a folder, by id ("feed:12", "folder:3"). */
const DRAG_TYPE = 'application/x-broadsheet-item';

function draggable(node, what) {
  node.draggable = true;
  node.addEventListener('dragstart', (e) => {
    e.stopPropagation();
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData(DRAG_TYPE, what);
    // WebView2 may keep custom types from a page: plain text too
    e.dataTransfer.setData('text/plain', `broadsheet:${what}`);
    document.body.dataset.dragging = what;
  });
  node.addEventListener('dragend', () => { delete document.body.dataset.dragging; });
}

/** The feed or folder a drop carries, as { kind, id }, or null for anything else. */
function dropped(e) {
  const said = e.dataTransfer.getData(DRAG_TYPE) || e.dataTransfer.getData('text/plain').replace(/^broadsheet:/, '');
  const m = /^(feed|folder):(\d+)$/.exec(said);
  return m ? { kind: m[1], id: Number(m[2]) } : null;
}

const ours = (e) => [...e.dataTransfer.types].some((t) => t === DRAG_TYPE || t === 'text/plain');

/** Makes `node` take drops into `folder` (null: the top level). */
function dropTarget(node, folder, onDrop) {
  node.addEventListener('dragover', (e) => {
    if (!ours(e)) return;
    e.preventDefault();
    e.stopPropagation();
    e.dataTransfer.dropEffect = 'move';
    node.classList.add('drop-target');
  });
  node.addEventListener('dragleave', () => node.classList.remove('drop-target'));
  node.addEventListener('drop', (e) => {
    node.classList.remove('drop-target');
    const item = dropped(e);
    if (!item) return;
    e.preventDefault();
    e.stopPropagation();
    delete document.body.dataset.dragging;
    if (item.kind === 'folder' && item.id === folder?.id) return;
    onDrop(item, folder);
  });
}

/** The tree's own background takes drops to the top level (set once per tree element). */
function dropOnTop(tree, onDrop) {
  tree.onDropHandler = onDrop;
  if (tree.dataset.dropReady) return;
  tree.dataset.dropReady = 'true';
  dropTarget(tree, null, (item, folder) => tree.onDropHandler(item, folder));
}

/** Feeds outside folders, then each top folder with its feeds and the folders inside it. */
function treeOf(feedsIn, folders, current, collapsed, handlers) {
  const fragment = document.createDocumentFragment();
  const names = byName();
  const byFolder = new Map();
  for (const feed of [...feedsIn].sort((a, b) => names.compare(a.title, b.title))) {
    const key = feed.folder_id ?? 0;
    if (!byFolder.has(key)) byFolder.set(key, []);
    byFolder.get(key).push(feed);
  }
  const drawn = new Set(folders.map((d) => d.id));
  const children = new Map();
  for (const folder of [...folders].sort((a, b) => names.compare(a.name, b.name))) {
    // a folder whose parent is not drawn (another account's) is drawn at the top
    const key = drawn.has(folder.parent_id) ? folder.parent_id : 0;
    if (!children.has(key)) children.set(key, []);
    children.get(key).push(folder);
  }
  // unread of a folder: its feeds' and its folders', all the way down
  const unreadOf = new Map();
  const unread = (folder, depth = 0) => {
    if (unreadOf.has(folder.id)) return unreadOf.get(folder.id);
    let n = (byFolder.get(folder.id) || []).reduce((sum, f) => sum + f.unread_count, 0);
    if (depth < 16) for (const child of children.get(folder.id) || []) n += unread(child, depth + 1);
    unreadOf.set(folder.id, n);
    return n;
  };
  const feedList = (feeds) => el('ul', {}, ...feeds.map((feed) => feedItem(feed, current, handlers)));
  if (byFolder.has(0)) fragment.append(feedList(byFolder.get(0)));
  const section = (folder, depth) => {
    const total = unread(folder);
    const isCollapsed = collapsed.has(folder.id);
    const toggle = el('button', { type: 'button', class: 'folder-name', 'aria-expanded': String(!isCollapsed), 'aria-label': tAttr('folder-toggle', 'aria-label', { name: folder.name, count: total }) },
      el('span', { class: 'chev', 'aria-hidden': 'true', text: '▾' }), el('span', { class: 'nav-label', dir: 'auto', text: folder.name }));
    const select = el('button', { type: 'button', class: 'nav-item', 'data-view': `folder:${folder.id}`, 'aria-current': String(current === `folder:${folder.id}`), 'aria-label': tAttr('folder-all-button', 'aria-label', { name: folder.name, count: total }) },
      el('span', { class: 'nav-label', text: t('folder-all') }), ' ', el('span', { class: 'count', 'aria-hidden': 'true', text: total > 0 ? count(total) : '' }));
    const edit = el('button', { type: 'button', class: 'icon more', 'aria-label': tAttr('folder-edit', 'aria-label', { name: folder.name }), title: tAttr('folder-edit', 'title') });
    edit.append(moreIcon().cloneNode(true));
    edit.addEventListener('click', () => handlers.onEditFolder(folder));
    const head = el('div', { class: 'feed-row folder-head', 'data-folder-id': folder.id }, toggle, edit);
    const inner = depth < 16 ? (children.get(folder.id) || []).map((child) => section(child, depth + 1)) : [];
    const node = el('section', { class: 'folder', 'data-folder-id': folder.id, 'data-depth': String(folder.depth ?? depth + 1), 'data-collapsed': String(isCollapsed) },
      head, el('ul', {}, el('li', {}, select)), feedList(byFolder.get(folder.id) || []), ...inner);
    toggle.addEventListener('click', () => {
      const now = node.dataset.collapsed !== 'true';
      node.dataset.collapsed = String(now);
      toggle.setAttribute('aria-expanded', String(!now));
      if (now) collapsed.add(folder.id); else collapsed.delete(folder.id);
      localStorage.setItem('collapsedFolders', JSON.stringify([...collapsed]));
    });
    select.addEventListener('click', () => handlers.onSelect(`folder:${folder.id}`, folder.name));
    if (handlers.onDrop) {
      draggable(head, `folder:${folder.id}`);
      // anywhere on a folder (its innermost one) drops into it
      dropTarget(node, folder, handlers.onDrop);
    }
    return node;
  };
  for (const folder of children.get(0) || []) fragment.append(section(folder, 0));
  return fragment;
}

function feedItem(feed, current, { onSelect, onEditFeed, onDrop }) {
  const view = `feed:${feed.id}`;
  // the name starts with what is shown (the title, then the count) for voice control users
  const trouble = troubleOf(feed);
  const label = trouble
    ? tAttr('feed-button-trouble', 'aria-label', { title: feed.title, count: feed.unread_count, trouble })
    : tAttr('feed-button', 'aria-label', { title: feed.title, count: feed.unread_count });
  const button = el('button', { type: 'button', class: 'nav-item', 'data-view': view, 'data-feed-id': feed.id, 'aria-current': String(current === view), 'aria-label': label, title: feed.url },
    // spaces between the parts: the shown text reads as words, as the name does
    el('span', { class: 'nav-label', dir: 'auto', text: feed.title }), ' ',
    trouble ? el('span', { class: 'error-mark', role: 'img', 'aria-label': trouble, title: trouble, text: '!' }) : null, ' ',
    el('span', { class: 'count', 'aria-hidden': 'true', text: feed.unread_count > 0 ? count(feed.unread_count) : '' }));
  button.addEventListener('click', () => onSelect(view, feed.title));
  const more = el('button', { type: 'button', class: 'icon more', 'aria-label': tAttr('feed-edit', 'aria-label', { title: feed.title }), title: tAttr('feed-edit', 'title') });
  more.append(moreIcon().cloneNode(true));
  more.addEventListener('click', () => onEditFeed(feed));
  const row = el('li', { class: 'feed-row' }, button, more);
  if (onDrop) draggable(row, `feed:${feed.id}`);
  return row;
}

let moreIconNode = null;
/** The "…" icon, parsed once and cloned for every feed (a thousand parses cost a frame). */
function moreIcon() {
  if (!moreIconNode) {
    const t = document.createElement('template');
    t.innerHTML = '<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="5" cy="10" r="1"/><circle cx="10" cy="10" r="1"/><circle cx="15" cy="10" r="1"/></svg>';
    moreIconNode = t.content.firstChild;
  }
  return moreIconNode;
}

/** What is wrong with a feed and since when, or '' ("failing since 3 Nov: HTTP 503"). */
function troubleOf(feed) {
  if (!feed.last_error && !feed.gone_at) return '';
  if (feed.gone_at) return t('feed-gone', { date: dayDate(feed.gone_at) });
  const problem = feed.problem ? tMessage(feed.problem) : feed.last_error;
  return feed.failing_since ? t('feed-failing-since', { date: dayDate(feed.failing_since), problem }) : t('feed-failing', { problem });
}
