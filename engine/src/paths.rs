//! Where the data lives: `--data-dir`, else `BROADSHEET_DATA_DIR`, else the per-OS user data
//! directory: `$XDG_DATA_HOME/broadsheet` on Linux, `~/Library/Application Support/
//! app.Broadsheet.Broadsheet` on macOS, and `%LOCALAPPDATA%\app.broadsheet.reader` on Windows.
//! On Windows the local, not the roaming, application data (an article store with its images
//! reaches gigabytes and can be fetched again, and a roaming profile copies `%APPDATA%` at every
//! sign-in), in the folder named by the bundle identifier: the webview keeps its own data there
//! too, the installer's `%LOCALAPPDATA%\Broadsheet` holds only the program, and its uninstaller
//! removes this folder only when asked to delete the application data.

use std::path::PathBuf;

pub const DATA_DIR_ENV: &str = "BROADSHEET_DATA_DIR";

/// The app's bundle identifier, `identifier` in `tauri.conf.json` (a test keeps them equal).
pub const BUNDLE_IDENTIFIER: &str = "app.broadsheet.reader";

/// The data directory to use, given an explicit choice from the command line.
pub fn data_dir(explicit: Option<PathBuf>) -> Option<PathBuf> {
    explicit
        .or_else(|| {
            std::env::var_os(DATA_DIR_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(os_data_dir)
}

#[cfg(windows)]
fn os_data_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.data_local_dir().join(BUNDLE_IDENTIFIER))
}

#[cfg(not(windows))]
fn os_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("app", "Broadsheet", "Broadsheet")
        .map(|d| d.data_dir().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_directory_wins() {
        let chosen = PathBuf::from("somewhere").join("else");
        assert_eq!(data_dir(Some(chosen.clone())), Some(chosen));
    }

    #[cfg(windows)]
    #[test]
    fn on_windows_the_data_is_local_and_apart_from_the_program() {
        let dir = os_data_dir().expect("a local application data folder");
        let local = PathBuf::from(std::env::var_os("LOCALAPPDATA").expect("LOCALAPPDATA"));
        assert_eq!(dir, local.join("app.broadsheet.reader"));
        let roaming = PathBuf::from(std::env::var_os("APPDATA").expect("APPDATA"));
        assert!(!dir.starts_with(&roaming), "{dir:?} roams");
    }
}
