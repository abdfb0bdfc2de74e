//! The desktop window: a Tauri 2 shell over the engine.

use std::path::PathBuf;

/// Opens the main window; returns the process exit code.
pub fn run(data_dir: Option<PathBuf>) -> i32 {
    let Some(dir) = broadsheet_engine::paths::data_dir(data_dir) else {
        eprintln!("broadsheet: no data directory; pass --data-dir");
        return 5;
    };
    if let Err(e) = broadsheet_engine::Store::open_in(&dir) {
        eprintln!("broadsheet: {e}");
        return 5;
    }
    match tauri::Builder::default().run(tauri::generate_context!()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("broadsheet: could not open the window: {e}");
            1
        }
    }
}
