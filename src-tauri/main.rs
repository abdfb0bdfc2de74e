//! The `broadsheet` binary: with a subcommand it is the command-line reader; without one it
//! opens the window.

mod cli;
mod window;

use std::sync::LazyLock;
use std::time::Instant;

use clap::{CommandFactory, FromArgMatches};

/// When the process started, for the launch timing `ui_ready` reports.
pub static STARTED: LazyLock<Instant> = LazyLock::new(Instant::now);

fn main() {
    LazyLock::force(&STARTED);
    // --help speaks the reader's language: the words are in place before clap parses
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lossy: Vec<String> = argv
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let words =
        broadsheet_engine::l10n::Localizer::new(&cli::help::language(&lossy), cli::help::PARTS);
    let matches = cli::help::localize(cli::Args::command(), &words).get_matches_from(argv);
    let args = cli::Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
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
