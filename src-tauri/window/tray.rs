//! The tray icon, where the OS has one: the unread count (tooltip, label and first menu line),
//! "Show Broadsheet", "Refresh" and "Quit". Where there is no tray, the app runs without it.

use std::sync::Mutex;

use tauri::menu::{Menu, MenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Wry};

use broadsheet_engine::l10n::Localizer;

use crate::window::commands_l10n::shell_localizer;
use crate::window::refresher::{self, Scope};

/// The tray's parts that change.
pub struct Tray {
    unread_line: MenuItem<Wry>,
    show: MenuItem<Wry>,
    refresh: MenuItem<Wry>,
    quit: MenuItem<Wry>,
    last: Mutex<Option<i64>>,
}

const TRAY_ID: &str = "main";

pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let l = shell_localizer(app);
    let unread_line = MenuItem::with_id(app, "unread", unread_text(&l, 0), false, None::<&str>)?;
    let show = MenuItem::with_id(app, "show", l.text("tray-show", &[]), true, None::<&str>)?;
    let refresh = MenuItem::with_id(
        app,
        "refresh",
        l.text("tray-refresh", &[]),
        true,
        None::<&str>,
    )?;
    let quit = MenuItem::with_id(app, "quit", l.text("tray-quit", &[]), true, None::<&str>)?;
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
        show,
        refresh,
        quit,
        last: Mutex::new(None),
    });
    Ok(())
}

/// Says everything in the tray again, in the language now chosen.
pub fn relabel(app: &AppHandle) {
    let Some(tray) = app.try_state::<Tray>() else {
        return;
    };
    let l = shell_localizer(app);
    let _ = tray.show.set_text(l.text("tray-show", &[]));
    let _ = tray.refresh.set_text(l.text("tray-refresh", &[]));
    let _ = tray.quit.set_text(l.text("tray-quit", &[]));
    let unread = tray.last.lock().unwrap_or_else(|p| p.into_inner()).take();
    if let Some(unread) = unread {
        show_unread(app, unread);
    }
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
    let l = shell_localizer(app);
    let text = unread_text(&l, unread);
    let _ = tray.unread_line.set_text(&text);
    if let Some(icon) = app.tray_by_id(TRAY_ID) {
        let _ = icon.set_tooltip(Some(l.text("tray-tooltip", &[("unread", text.into())])));
        // a label beside the icon where the tray shows one (Linux appindicator, macOS)
        let _ = icon.set_title(if unread > 0 {
            Some(l.count_text(unread))
        } else {
            None
        });
    }
}

/// "No unread articles", "1 unread article", "100,000 unread articles".
fn unread_text(l: &Localizer, unread: i64) -> String {
    if unread == 0 {
        return l.text("tray-no-unread", &[]);
    }
    l.text(
        "tray-unread",
        &[
            ("count", unread.into()),
            ("shown", l.count_text(unread).into()),
        ],
    )
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
    use broadsheet_engine::l10n::{Localizer, Part};

    #[test]
    fn unread_counts_read_naturally() {
        let en = Localizer::new("en", &[Part::Window]);
        assert_eq!(super::unread_text(&en, 0), "No unread articles");
        assert_eq!(super::unread_text(&en, 1), "1 unread article");
        assert_eq!(super::unread_text(&en, 999), "999 unread articles");
        assert_eq!(super::unread_text(&en, 100_000), "100,000 unread articles");
        assert_eq!(
            super::unread_text(&en, 1_234_567),
            "1,234,567 unread articles"
        );
        let fa = Localizer::new("fa-AF", &[Part::Window]);
        let text = super::unread_text(&fa, 1_500).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(text, "۱٬۵۰۰ مقالهٔ ناخوانده");
    }
}
