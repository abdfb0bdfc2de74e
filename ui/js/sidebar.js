// The sidebar: smart views and folders of feeds with unread counts and error marks.
import { count, dayDate, el } from './format.js';
import { locale, t, tAttr, tMessage } from './l10n.js';

/** Names as people sort them in their language, numbers in order ("Feed 2" before "Feed 10"). */
const byName = () => new Intl.Collator(locale(), { numeric: true, sensitivity: 'base' });

/**
 * Draws the smart views' counts and the tree of folders and feeds. With `hideRead`, feeds with
 * nothing unread and folders left with no such feed are not drawn, except the one open.
 */
export function renderSidebar(tree, data, current, { onSelect, onEditFeed, onEditFolder, hideRead = false }) {
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
  const keepFolder = (folder, feeds) => !hideRead || current === `folder:${folder.id}`
    || feeds.some((f) => f.folder_id === folder.id);
  if (accounts.length > 1) {
    // one section per account: its folders and feeds, under its name
    for (const account of accounts) {
      const all = data.feeds.filter((f) => f.account_id === account.id);
      const feeds = shown.filter((f) => f.account_id === account.id);
      // folders with none of this account's feeds are shown under "On this computer" only
      const folders = (account.kind === 'local'
        ? data.folders.filter((d) => all.some((f) => f.folder_id === d.id) || !data.feeds.some((f) => f.folder_id === d.id))
        : data.folders.filter((d) => all.some((f) => f.folder_id === d.id)))
        .filter((d) => keepFolder(d, feeds));
      // "On this computer" with nothing in it is not worth a heading
      if (account.kind === 'local' && feeds.length === 0 && folders.length === 0) continue;
      const trouble = account.sign_in_again ? t('account-sign-in-again') : (account.last_sync_error ? t('account-sync-failed') : '');
      const heading = el('h3', { class: 'account-heading', dir: 'auto', id: `account-heading-${account.id}`, title: (account.last_sync_error ? tMessage(account.last_sync_error) : account.server_url) || '' },
        account.name, trouble ? el('span', { class: 'trouble', text: ` · ${trouble}` }) : null);
      const section = el('section', { class: 'account-section', 'data-account-id': account.id, 'aria-labelledby': `account-heading-${account.id}` }, heading);
      section.append(treeOf(feeds, folders, current, collapsed, { onSelect, onEditFeed, onEditFolder }));
      fragment.append(section);
    }
  } else {
    const folders = data.folders.filter((d) => keepFolder(d, shown));
    fragment.append(treeOf(shown, folders, current, collapsed, { onSelect, onEditFeed, onEditFolder }));
  }
  tree.replaceChildren(fragment);
  for (const b of document.querySelectorAll('#smart-views .nav-item')) {
    b.setAttribute('aria-current', String(b.dataset.view === current));
  }
}

/** Feeds outside folders, then each folder with its feeds. */
function treeOf(feedsIn, folders, current, collapsed, { onSelect, onEditFeed, onEditFolder }) {
  const fragment = document.createDocumentFragment();
  const byFolder = new Map();
  const names = byName();
  for (const feed of [...feedsIn].sort((a, b) => names.compare(a.title, b.title))) {
    const key = feed.folder_id ?? 0;
    if (!byFolder.has(key)) byFolder.set(key, []);
    byFolder.get(key).push(feed);
  }
  const feedList = (feeds) => el('ul', {}, ...feeds.map((feed) => feedItem(feed, current, onSelect, onEditFeed)));
  if (byFolder.has(0)) fragment.append(feedList(byFolder.get(0)));
  for (const folder of [...folders].sort((a, b) => names.compare(a.name, b.name))) {
    const feeds = byFolder.get(folder.id) || [];
    const unread = feeds.reduce((n, f) => n + f.unread_count, 0);
    const isCollapsed = collapsed.has(folder.id);
    const toggle = el('button', { type: 'button', class: 'folder-name', 'aria-expanded': String(!isCollapsed), 'aria-label': tAttr('folder-toggle', 'aria-label', { name: folder.name, count: unread }) },
      el('span', { class: 'chev', 'aria-hidden': 'true', text: '▾' }), el('span', { class: 'nav-label', dir: 'auto', text: folder.name }));
    const select = el('button', { type: 'button', class: 'nav-item', 'data-view': `folder:${folder.id}`, 'aria-current': String(current === `folder:${folder.id}`), 'aria-label': tAttr('folder-all-button', 'aria-label', { name: folder.name, count: unread }) },
      el('span', { class: 'nav-label', text: t('folder-all') }), ' ', el('span', { class: 'count', 'aria-hidden': 'true', text: unread > 0 ? count(unread) : '' }));
    const edit = el('button', { type: 'button', class: 'icon more', 'aria-label': tAttr('folder-edit', 'aria-label', { name: folder.name }), title: tAttr('folder-edit', 'title') });
    edit.innerHTML = '<svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="5" cy="10" r="1"/><circle cx="10" cy="10" r="1"/><circle cx="15" cy="10" r="1"/></svg>';
    edit.addEventListener('click', () => onEditFolder(folder));
    const head = el('div', { class: 'feed-row folder-head' }, toggle, edit);
    const section = el('section', { class: 'folder', 'data-collapsed': String(isCollapsed) }, head, el('ul', {}, el('li', {}, select)), feedList(feeds));
    toggle.addEventListener('click', () => {
      const now = section.dataset.collapsed !== 'true';
      section.dataset.collapsed = String(now);
      toggle.setAttribute('aria-expanded', String(!now));
      if (now) collapsed.add(folder.id); else collapsed.delete(folder.id);
      localStorage.setItem('collapsedFolders', JSON.stringify([...collapsed]));
    });
    select.addEventListener('click', () => onSelect(`folder:${folder.id}`, folder.name));
    fragment.append(section);
  }
  return fragment;
}

function feedItem(feed, current, onSelect, onEditFeed) {
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
  return el('li', { class: 'feed-row' }, button, more);
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
