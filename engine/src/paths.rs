//! Where the data lives: `--data-dir`, else `BROADSHEET_DATA_DIR`, else the per-OS user data
//! directory (XDG on Linux, Application Support on macOS, AppData on Windows).

use std::path::PathBuf;

pub const DATA_DIR_ENV: &str = "BROADSHEET_DATA_DIR";

/// The data directory to use, given an explicit choice from the command line.
pub fn data_dir(explicit: Option<PathBuf>) -> Option<PathBuf> {
    explicit
        .or_else(|| {
            std::env::var_os(DATA_DIR_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(|| {
            directories::ProjectDirs::from("app", "Broadsheet", "Broadsheet")
                .map(|d| d.data_dir().to_path_buf())
        })
}
