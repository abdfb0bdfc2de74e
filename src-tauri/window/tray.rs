//! The tray icon, where the OS has one: the unread count (tooltip, label and first menu line),
//! "Show Broadsheet", "Refresh" and "Quit". Where there is no tray, the app runs without it.

use std::sync::Mutex;

use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Wry};

use crate::window::refresher::{self, Scope};

/// The tray's parts that change.
pub struct Tray {
    unread_line: MenuItem<Wry>,
    last: Mutex<Option<i64>>,
}

const TRAY_ID: &str = "main";

pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let unread_line = MenuItem::with_id(app, "unread", "No unread articles", false, None::<&str>)?;
    let show = MenuItem::with_id(app, "show", "Show Broadsheet", true, None::<&str>)?;
    let refresh = MenuItem::with_id(app, "refresh", "Refresh", true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", "Quit", true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&unread_line, &show, &refresh, &quit])?;
    let mut builder = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip("Broadsheet")
        .menu(&menu)
        .on_menu_event(|app, event| match event.id.as_ref() {
            "show" => show_main_window(app),
            "refresh" => {
                refresher::start(app, Scope::All);
            }
            "quit" => app.exit(0),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    app.manage(Tray {
        unread_line,
        last: Mutex::new(None),
    });
    Ok(())
}

/// Shows the unread count in the tray (does nothing when it has not changed or there is no tray).
pub fn show_unread(app: &AppHandle, unread: i64) {
    let Some(tray) = app.try_state::<Tray>() else {
        return;
    };
    let mut last = tray.last.lock().unwrap_or_else(|p| p.into_inner());
    if *last == Some(unread) {
        return;
    }
    *last = Some(unread);
    let text = unread_text(unread);
    let _ = tray.unread_line.set_text(&text);
    if let Some(icon) = app.tray_by_id(TRAY_ID) {
        let _ = icon.set_tooltip(Some(format!("Broadsheet: {text}")));
        // a label beside the icon where the tray shows one (Linux appindicator, macOS)
        let _ = icon.set_title(if unread > 0 {
            Some(unread.to_string())
        } else {
            None
        });
    }
}

/// "No unread articles", "1 unread article", "100,000 unread articles".
fn unread_text(unread: i64) -> String {
    match unread {
        0 => "No unread articles".to_string(),
        1 => "1 unread article".to_string(),
        n => {
            let digits = n.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            format!("{grouped} unread articles")
        }
    }
}

/// Brings the main window to the front (the tray's "Show", a second launch).
pub fn show_main_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn unread_counts_read_naturally() {
        assert_eq!(super::unread_text(0), "No unread articles");
        assert_eq!(super::unread_text(1), "1 unread article");
        assert_eq!(super::unread_text(999), "999 unread articles");
        assert_eq!(super::unread_text(100_000), "100,000 unread articles");
        assert_eq!(super::unread_text(1_234_567), "1,234,567 unread articles");
    }
}
