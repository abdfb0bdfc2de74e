//! The `broadsheet` binary: with a subcommand it is the command-line reader; without one it
//! opens the window.

mod app;
mod cli;
mod cli_accounts;
mod cli_health;
mod cli_rules;
mod cli_undo;
mod cli_update;
mod commands;
mod commands_accounts;
mod commands_health;
mod commands_rules;
mod commands_undo;
mod commands_window;
mod first_run;
mod image_scheme;
mod refresher;
mod state;
mod tray;

use std::sync::LazyLock;
use std::time::Instant;

use clap::Parser;

/// When the process started, for the launch timing `ui_ready` reports.
pub static STARTED: LazyLock<Instant> = LazyLock::new(Instant::now);

fn main() {
    LazyLock::force(&STARTED);
    let args = cli::Args::parse();
    if let Some(list) = &args.global.suggested_feeds {
        first_run::set_suggestions(list);
    }
    let code = match args.command {
        Some(command) => cli::run(args.global, command),
        None => app::run(args.global.data_dir),
    };
    std::process::exit(code);
}
