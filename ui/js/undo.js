// Undo: a short-lived notice at the bottom of the window after each step a person can take
// back ("Marked 182 articles read · Undo"), and Ctrl/Cmd+Z for the latest step, several steps
// back. The steps live in the app's database, so an undo works after a restart too.
import { call } from './api.js';
import { el } from './format.js';
import { errorText, t, tAttr, tMessage } from './l10n.js';

const SHOWN_MS = 8000;
let timer = null;
let afterUndo = async () => {};

/** What to redraw once a step was taken back (lists, counts, the reader). */
export function onUndone(redraw) {
  afterUndo = redraw;
}

function notice() {
  let box = document.getElementById('undo-notice');
  if (!box) {
    box = el('div', { id: 'undo-notice', class: 'undo-notice', role: 'status', 'aria-live': 'polite' });
    box.hidden = true;
    document.body.append(box);
  }
  return box;
}

function show(text, stepId) {
  const box = notice();
  const parts = [el('span', { dir: 'auto', text })];
  if (stepId != null) {
    const button = el('button', { type: 'button', class: 'link', 'aria-label': tAttr('undo-button', 'aria-label', { step: text }), text: t('undo') });
    button.addEventListener('click', () => undo(stepId));
    parts.push(el('span', { 'aria-hidden': 'true', text: '·' }), button);
  }
  box.replaceChildren(...parts);
  box.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => { box.hidden = true; }, SHOWN_MS);
}

/** Shows the notice for a step the app just took (nothing when there was nothing to do). */
export function offerUndo(step) {
  if (step) show(tMessage(step.label), step.id);
}

/** Takes back step `id`, or the latest one. */
export async function undo(id = null) {
  try {
    const undone = await call('undo', { id });
    show(undone ? t('undo-done', { step: tMessage(undone.label) }) : t('undo-nothing'), null);
    if (undone) await afterUndo(undone);
  } catch (err) {
    show(t('undo-failed', { error: errorText(err) }), null);
  }
}
