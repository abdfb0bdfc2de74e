// The only way the page talks to the app: Tauri IPC commands and events.
const tauri = window.__TAURI__;

export function call(command, args = {}) {
  return tauri.core.invoke(command, args);
}

export function on(event, handler) {
  return tauri.event.listen(event, (e) => handler(e.payload));
}
