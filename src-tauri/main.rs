//! The `broadsheet` binary: with a subcommand it is the command-line reader; without one it
//! opens the window. On Windows it is a GUI program, so the window comes without a console;
//! the command-line reader then writes into the terminal that ran it (`console.rs`).
#![cfg_attr(windows, windows_subsystem = "windows")]

mod cli;
mod console;
mod window;

use std::sync::LazyLock;
use std::time::Instant;

/// When the process started, for the launch timing `ui_ready` reports.
pub static STARTED: LazyLock<Instant> = LazyLock::new(Instant::now);

fn main() {
    LazyLock::force(&STARTED);
    console::attach_to_parent();
    let args = cli::help::parse_args(std::env::args_os().collect());
    if let Some(list) = &args.global.suggested_feeds {
        window::first_run::set_suggestions(list);
    }
    let code = match args.command {
        Some(command) => cli::run(args.global, command),
        None => {
            if let Some(lang) = &args.global.lang {
                window::commands_l10n::set_lang_option(lang);
            }
            window::app::run(args.global.data_dir)
        }
    };
    std::process::exit(code);
}
