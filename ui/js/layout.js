// The window's layout: how wide each pane is (the dividers, remembered, and always held within
// what the window leaves), which panes show at the window's width (three; the sidebar behind a
// button; one pane with Back), and the zoom of the whole UI (Ctrl/Cmd + and −, 0 to reset).
import { call } from './api.js';
import { l10n } from './l10n.js';

const SIDEBAR = { id: 'split-sidebar', variable: '--sidebar-width', min: 170, max: 420 };
const LIST = { id: 'split-list', variable: '--list-width', min: 260, max: 640 };
/** The reader is never narrower than this while it shares the window. */
export const READER_MIN = 360;
/** The panes' borders are inside their widths: the dividers take no room of their own. */
const DIVIDER = 0;
/** Widths (CSS pixels, so zoom counts) below which the panes give way. */
export const THREE_PANES = SIDEBAR.min + LIST.min + READER_MIN + 2 * DIVIDER;
export const TWO_PANES = LIST.min + READER_MIN + DIVIDER;
const ZOOMS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];
const STEP = 16;

const $ = (id) => document.getElementById(id);
const root = document.documentElement;

// what the person chose (dividers, sidebar hidden): kept; what is applied: fitted to the window
const wanted = {
  sidebar: savedWidth(SIDEBAR, 240),
  list: savedWidth(LIST, 380),
  sidebarHidden: localStorage.getItem('sidebarHidden') === 'true',
};
let applied = { sidebar: wanted.sidebar, list: wanted.list };
let drawerOpen = false;
let pane = 'list';
// the cards layout: the list takes the reader's room too, and the two take turns (Back)
let listFills = false;

function savedWidth(pane, fallback) {
  const px = parseFloat(localStorage.getItem(pane.variable) || '');
  return Number.isFinite(px) ? Math.min(pane.max, Math.max(pane.min, px)) : fallback;
}

const clamp = (v, lo, hi) => Math.round(Math.max(lo, Math.min(hi, v)));

/** Three panes, two (the sidebar behind a button) or one (list or reader, with Back). */
export function layoutFor(width, sidebarHidden) {
  if (width >= THREE_PANES && !sidebarHidden) return 'three';
  return width >= TWO_PANES ? 'two' : 'one';
}

/** The widths the window allows: the reader keeps its minimum; the sidebar (short names and
 * counts) gives way first, then the list. */
export function fitWidths(width, layout, want) {
  let list = want.list;
  let sidebar = want.sidebar;
  if (layout === 'three') {
    let over = sidebar + list + 2 * DIVIDER + READER_MIN - width;
    const fromSidebar = Math.max(0, Math.min(over, sidebar - SIDEBAR.min));
    sidebar -= fromSidebar;
    over -= fromSidebar;
    if (over > 0) list = Math.max(LIST.min, list - over);
  } else if (layout === 'two') {
    list = clamp(list, LIST.min, width - DIVIDER - READER_MIN);
  }
  return { sidebar, list };
}

function limits(which) {
  const width = root.clientWidth;
  if (which === SIDEBAR) {
    return [SIDEBAR.min, clamp(width - applied.list - 2 * DIVIDER - READER_MIN, SIDEBAR.min, SIDEBAR.max)];
  }
  const others = layoutNow() === 'three' ? applied.sidebar + 2 * DIVIDER : DIVIDER;
  return [LIST.min, clamp(width - others - READER_MIN, LIST.min, LIST.max)];
}

export function layoutNow() {
  return document.body.dataset.layout || 'three';
}

/** Lays the panes out for the window's width now; called on every resize and zoom. */
export function fit() {
  const width = root.clientWidth;
  const layout = layoutFor(width, wanted.sidebarHidden);
  const before = layoutNow();
  document.body.dataset.layout = layout;
  if (layout === 'three') drawerOpen = false;
  applied = fitWidths(width, layout, wanted);
  root.style.setProperty(SIDEBAR.variable, `${applied.sidebar}px`);
  root.style.setProperty(LIST.variable, `${applied.list}px`);
  for (const which of [SIDEBAR, LIST]) {
    const [min, max] = limits(which);
    const splitter = $(which.id);
    splitter.setAttribute('aria-valuemin', String(min));
    splitter.setAttribute('aria-valuemax', String(max));
    splitter.setAttribute('aria-valuenow', String(which === SIDEBAR ? applied.sidebar : applied.list));
  }
  showPanes();
  if (before !== layout) document.dispatchEvent(new CustomEvent('layout-changed', { detail: layout }));
}

function showPanes() {
  const layout = layoutNow();
  const collapsed = layout !== 'three';
  const turns = layout === 'one' || listFills;
  const sidebar = $('sidebar');
  document.body.dataset.drawer = String(collapsed && drawerOpen);
  document.body.dataset.fills = String(listFills && layout !== 'one');
  document.body.dataset.pane = turns ? pane : 'both';
  // a closed drawer is out of reach of the keyboard and of screen readers
  sidebar.inert = collapsed && !drawerOpen;
  const toggle = $('btn-sidebar');
  toggle.setAttribute('aria-expanded', String(!collapsed || drawerOpen));
  l10n(toggle, !collapsed || drawerOpen ? 'sidebar-hide' : 'sidebar-show');
  $('btn-back').hidden = !turns;
  $('scrim').hidden = !(collapsed && drawerOpen);
}

/** Shows or hides the sidebar: a drawer in narrow windows, a remembered choice in wide ones. */
export function toggleSidebar() {
  if (layoutFor(root.clientWidth, false) === 'three') {
    wanted.sidebarHidden = !wanted.sidebarHidden;
    localStorage.setItem('sidebarHidden', String(wanted.sidebarHidden));
    drawerOpen = false;
    fit();
    if (!wanted.sidebarHidden) document.querySelector('.sidebar [aria-current="true"]')?.focus();
    return;
  }
  setDrawer(!drawerOpen);
}

function setDrawer(open) {
  drawerOpen = open;
  showPanes();
  if (open) (document.querySelector('.sidebar [aria-current="true"]') || document.querySelector('.sidebar .nav-item'))?.focus();
  else $('btn-sidebar').focus();
}

/** Whether the list takes the reader's room too (the cards layout): list and reader then take
 * turns at every width, as in one pane. */
export function setListFills(on) {
  if (on === listFills) return;
  listFills = on;
  if (!on) pane = 'list';
  showPanes();
}

/** A view was chosen: a drawer gives the window back, one pane shows the list. */
export function viewChosen() {
  if (drawerOpen) { drawerOpen = false; showPanes(); }
  showPane('list');
}

/** In one-pane layout, which pane shows ('list' or 'reader'). */
export function showPane(which) {
  pane = which;
  showPanes();
}

/** Escape and Back: close the drawer, or go from the reader back to the list. */
export function back() {
  if (drawerOpen) { setDrawer(false); return true; }
  if ((layoutNow() === 'one' || listFills) && pane === 'reader') {
    showPane('list');
    $('list').focus();
    return true;
  }
  return false;
}

function wireSplitter(which) {
  const splitter = $(which.id);
  const key = which === SIDEBAR ? 'sidebar' : 'list';
  const set = (px) => {
    const [min, max] = limits(which);
    wanted[key] = clamp(px, min, max);
    localStorage.setItem(which.variable, `${wanted[key]}px`);
    fit();
  };
  splitter.addEventListener('pointerdown', (e) => {
    const startX = e.clientX;
    const start = applied[key];
    splitter.setPointerCapture(e.pointerId);
    const move = (ev) => set(start + ev.clientX - startX);
    splitter.addEventListener('pointermove', move);
    splitter.addEventListener('pointerup', () => splitter.removeEventListener('pointermove', move), { once: true });
  });
  splitter.addEventListener('keydown', (e) => {
    const moves = { ArrowLeft: -STEP, ArrowRight: STEP };
    if (e.key in moves) set(applied[key] + moves[e.key]);
    else if (e.key === 'Home') set(limits(which)[0]);
    else if (e.key === 'End') set(limits(which)[1]);
    else return;
    e.preventDefault();
  });
}

// ---- zoom ----

export function zoomLevel() {
  const z = parseFloat(localStorage.getItem('zoom') || '1');
  return ZOOMS.includes(z) ? z : 1;
}

/** Scales the whole UI (the webview's zoom), remembered; `step` +1, −1, or 0 to reset. */
export async function zoom(step) {
  const now = zoomLevel();
  const at = ZOOMS.indexOf(now);
  const next = step === 0 ? 1 : ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, at + step))];
  localStorage.setItem('zoom', String(next));
  await applyZoom(next);
}

async function applyZoom(level) {
  await call('set_zoom', { factor: level });
  root.dataset.zoom = String(level);
  requestAnimationFrame(fit);
}

function zoomKeys(e) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
  const steps = { '+': 1, '=': 1, '-': -1, '_': -1, 0: 0 };
  const step = steps[e.key];
  if (step === undefined) return;
  e.preventDefault();
  zoom(step);
}

/** Wires the dividers, the sidebar button, Back, resizing and zoom; lays the window out. */
export function startLayout() {
  wireSplitter(SIDEBAR);
  wireSplitter(LIST);
  $('btn-sidebar').addEventListener('click', toggleSidebar);
  $('btn-back').addEventListener('click', back);
  $('scrim').addEventListener('click', () => setDrawer(false));
  // capture: zoom works in a field and with a dialog open, as in a browser
  document.addEventListener('keydown', zoomKeys, true);
  addEventListener('resize', fit);
  fit();
  if (zoomLevel() !== 1) applyZoom(zoomLevel());
}
