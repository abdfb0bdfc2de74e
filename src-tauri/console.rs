//! The terminal on Windows. The binary is a GUI-subsystem program there (`main.rs`), so opening
//! the window from the Start menu shows no console beside it; a GUI program is given no console
//! of its own, so the command-line reader borrows the one of the terminal that started it.
//! Output that was redirected (a pipe, a file) is inherited as usual and left alone. Elsewhere
//! this does nothing.

/// Writes standard output and error into the parent's console when they lead nowhere, for a
/// run with arguments (a command, `--help`, a usage error): the window opened from a terminal
/// with no arguments stays apart from it, and so from its Ctrl+C.
pub fn attach_to_parent() {
    #[cfg(windows)]
    if std::env::args_os().nth(1).is_some() {
        windows::attach_to_parent();
    }
}

#[cfg(windows)]
mod windows {
    use windows_sys::Win32::System::Console::{
        AttachConsole, GetStdHandle, ATTACH_PARENT_PROCESS, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
    };

    pub fn attach_to_parent() {
        // SAFETY: both calls take plain values and only read or set this process's handles
        unsafe {
            let leads_nowhere = |id| {
                let handle = GetStdHandle(id);
                handle.is_null() || handle == windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE
            };
            if leads_nowhere(STD_OUTPUT_HANDLE) || leads_nowhere(STD_ERROR_HANDLE) {
                // fails (and changes nothing) when the parent has no console: Explorer, a shortcut
                AttachConsole(ATTACH_PARENT_PROCESS);
            }
        }
    }
}
