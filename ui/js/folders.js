// Folders: the folder dialog (rename, put inside another folder, delete) and the moves the
// sidebar's drag and drop asks for. A folder is named by its path ("News/Asia"); the engine
// makes missing folders, refuses a folder into itself or deeper than 8, and merges one into a
// folder of the same name where it lands.
import { call } from './api.js';
import { errorText, t } from './l10n.js';
import { offerUndo } from './undo.js';

const $ = (id) => document.getElementById(id);

let context = { folders: () => [], changed: async () => {}, deleted: async () => {}, notice: () => {} };
let editing = null;

/** The path of the folder a folder is in ('' at the top). */
const parentPath = (folder) => folder.path.split('/').slice(0, -1).join('/');

/**
 * Wires the folder dialog. `folders()` gives the sidebar's folders; `changed()` redraws after
 * a change; `deleted(folder)` leaves a view of a deleted folder; `notice(text)` says a move.
 */
export function initFolders(ctx) {
  context = ctx;
  $('form-folder').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const name = $('folder-name').value.trim();
      if (name && name !== editing.name) await call('rename_folder', { id: editing.id, name });
      const into = $('folder-parent').value.split('/').map((n) => n.trim()).filter(Boolean).join('/');
      if (into !== parentPath(editing)) await call('move_folder', { id: editing.id, into: into || null });
      $('dlg-folder').close();
      await context.changed();
    } catch (err) {
      $('folder-error').textContent = errorText(err);
    }
  });
  $('folder-delete').addEventListener('click', async () => {
    try {
      const step = await call('delete_folder', { id: editing.id });
      $('dlg-folder').close();
      await context.deleted(editing);
      await context.changed();
      offerUndo(step);
    } catch (err) {
      $('folder-error').textContent = errorText(err);
    }
  });
}

export function openFolderDialog(folder) {
  editing = folder;
  $('folder-name').value = folder.name;
  $('folder-parent').value = parentPath(folder);
  $('folder-error').textContent = '';
  $('dlg-folder').showModal();
  $('folder-name').focus();
}

/** Moves a dragged feed or folder ({ kind, id }) into `folder` (null: the top level). */
export async function moveDropped(item, folder, feeds) {
  const name = item.kind === 'feed'
    ? feeds.find((f) => f.id === item.id)?.title
    : context.folders().find((d) => d.id === item.id)?.name;
  try {
    if (item.kind === 'feed') await call('move_feed', { id: item.id, folder: folder?.path ?? null });
    else await call('move_folder', { id: item.id, into: folder?.path ?? null });
    await context.changed();
    context.notice(folder ? t('folder-moved-into', { name: name ?? '', folder: folder.path }) : t('folder-moved-to-top', { name: name ?? '' }));
  } catch (err) {
    context.notice(errorText(err));
  }
}
