//! `--help` in the reader's language: the command tree clap builds from the doc comments in
//! `cli/*.rs` gets its words from `cli.ftl` (`help-*`) before arguments are parsed. Which
//! language: `--lang` if given, else the one chosen in Settings, else the system's. A command or
//! option whose id is missing from the catalogs keeps its doc comment (English); the catalog
//! test below says which are missing.

use broadsheet_engine::l10n::{self, Localizer, Part};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

/// The arguments parsed. The catalogs are read only when clap has something to say (help,
/// the version, a usage error): then the arguments are parsed again with the tree in the
/// reader's language, which prints that and exits. A launch that parses pays nothing for it.
pub fn parse_args(argv: Vec<std::ffi::OsString>) -> crate::cli::Args {
    let matches = match crate::cli::Args::command().try_get_matches_from(&argv) {
        Ok(matches) => matches,
        Err(_) => {
            let lossy: Vec<String> = argv
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            let words = Localizer::new(&language(&lossy), PARTS);
            localize(crate::cli::Args::command(), &words).get_matches_from(argv)
        }
    };
    crate::cli::Args::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The command tree with every word `--help` shows taken from the catalogs of `l`.
pub fn localize(command: Command, l: &Localizer) -> Command {
    let mut command = localize_at(command, "", l).version(env!("CARGO_PKG_VERSION"));
    // clap makes its `help` subcommands when it builds the whole tree (built once, from the
    // top: a part built before the program's global options reach it breaks parsing)
    command.build();
    name_help_subcommands(&mut command, &l.text("help-cmd-help", &[]));
    command
}

/// The catalog id of the description of the command at `path` ("" is the program itself,
/// "account-add" the `add` of `account`).
pub fn command_id(path: &str) -> String {
    if path.is_empty() {
        "help-about".into()
    } else {
        format!("help-cmd-{path}")
    }
}

/// The catalog id of the help of argument `arg` of the command at `path` (the program's own
/// options are everywhere: their id has no path).
pub fn arg_id(path: &str, arg: &str) -> String {
    let arg = arg.replace('_', "-");
    if path.is_empty() {
        format!("help-arg-{arg}")
    } else {
        format!("help-arg-{path}-{arg}")
    }
}

fn text(l: &Localizer, id: &str) -> Option<String> {
    let said = l.text(id, &[]);
    (said != id).then_some(said)
}

fn localize_at(mut command: Command, path: &str, l: &Localizer) -> Command {
    if let Some(about) = text(l, &command_id(path)) {
        command = command.about(about);
    }
    let (options, arguments) = (l.text("help-options", &[]), l.text("help-arguments", &[]));
    let args: Vec<_> = command
        .get_arguments()
        .filter(|a| !a.is_hide_set())
        .map(|a| {
            // a flag (--all) has a default and values too (false, true): not said
            let takes_values = a.get_action().takes_values();
            let default: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .filter(|_| takes_values)
                .collect();
            let values: Vec<String> = a
                .get_possible_values()
                .iter()
                .filter(|v| takes_values && !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            (
                a.get_id().to_string(),
                a.is_positional(),
                help,
                default,
                values,
            )
        })
        .collect();
    for (id, positional, english, default, values) in args {
        let (has_default, has_values) = (!default.is_empty(), !values.is_empty());
        // clap's "[default: …]" and "[possible values: …]" are said from the catalog too
        let mut help = text(l, &arg_id(path, &id)).unwrap_or(english);
        if has_default {
            let value = default.join(",");
            help.push_str(&format!(
                " [{}]",
                l.text("help-default", &[("value", value.into())])
            ));
        }
        if has_values {
            let values = values.join(", ");
            help.push_str(&format!(
                " [{}]",
                l.text("help-values", &[("values", values.into())])
            ));
        }
        let heading = if positional { &arguments } else { &options };
        command = command.mut_arg(&id, |arg| {
            arg.help_heading(heading.clone())
                .help(help)
                .hide_default_value(has_default)
                .hide_possible_values(has_values)
        });
    }
    let children: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in children {
        let child = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        command = command.mut_subcommand(&name, |c| localize_at(c, &child, l));
    }
    // clap's own words: the headings, -h and -V, and the `help` subcommand
    let usage = l.text("help-usage", &[]);
    let mut command = command
        .help_template(format!(
            "{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(l.text("help-commands", &[]))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(l.text("help-flag-help", &[]))
                .help_heading(options.clone()),
        );
    if path.is_empty() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(l.text("help-flag-version", &[]))
                .help_heading(options),
        );
    }
    command
}

/// Gives the `help` subcommands clap made while building the tree their words.
fn name_help_subcommands(command: &mut Command, about: &str) {
    for child in command.get_subcommands_mut() {
        if child.get_name() == "help" {
            *child = child.clone().about(about.to_string());
        } else {
            name_help_subcommands(child, about);
        }
    }
}

/// `--help`'s language, decided before the arguments are parsed: `--lang` (before or after
/// the subcommand), else the one chosen in Settings for the data directory the arguments name,
/// else the system's.
pub fn language(args: &[String]) -> String {
    let value_of = |flag: &str| {
        args.iter().enumerate().find_map(|(i, a)| {
            a.strip_prefix(&format!("{flag}="))
                .map(str::to_string)
                .or_else(|| (a == flag).then(|| args.get(i + 1).cloned()).flatten())
        })
    };
    if let Some(code) = value_of("--lang").and_then(|v| l10n::negotiate(&v)) {
        return code.to_string();
    }
    let dir = broadsheet_engine::paths::data_dir(value_of("--data-dir").map(Into::into));
    if let Some(code) = dir.and_then(|d| broadsheet_engine::store::stored_language(&d)) {
        return code;
    }
    l10n::system_language().to_string()
}

/// The catalogs `--help` speaks from.
pub const PARTS: &[Part] = &[Part::Cli];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every id `--help` asks for, with the English it stands for.
    fn ids(command: &Command, path: &str, out: &mut Vec<(String, String)>) {
        let about = command
            .get_about()
            .map(|a| a.to_string())
            .unwrap_or_default();
        out.push((command_id(path), about));
        for arg in command.get_arguments() {
            if arg.is_hide_set() || arg.get_id() == "help" || arg.get_id() == "version" {
                continue;
            }
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            out.push((arg_id(path, arg.get_id().as_str()), help));
        }
        for child in command.get_subcommands() {
            let child_path = if path.is_empty() {
                child.get_name().to_string()
            } else {
                format!("{path}-{}", child.get_name())
            };
            ids(child, &child_path, out);
        }
    }

    #[test]
    fn every_command_and_option_has_its_words_in_the_catalog() {
        let mut wanted = Vec::new();
        ids(&crate::cli::Args::command(), "", &mut wanted);
        let english = Localizer::new("en", PARTS);
        let missing: Vec<String> = wanted
            .iter()
            .filter(|(id, _)| english.text(id, &[]) == *id)
            .map(|(id, help)| format!("{id} = {help}"))
            .collect();
        assert!(
            missing.is_empty(),
            "add to locales/en/cli.ftl:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn help_is_said_in_the_language_asked_for() {
        let russian = Localizer::new("ru", PARTS);
        let mut command = localize(crate::cli::Args::command(), &russian);
        let help = command.render_help().to_string();
        for words in [
            russian.text("help-about", &[]),
            russian.text("help-usage", &[]),
            russian.text("help-commands", &[]),
            russian.text("help-options", &[]),
            russian.text("help-cmd-add", &[]),
            russian.text("help-arg-json", &[]),
        ] {
            assert!(help.contains(&words), "{words:?} not in:\n{help}");
        }
        assert!(!help.contains("Subscribe to a feed"), "{help}");
        let mut add = command.find_subcommand_mut("add").expect("add").clone();
        let help = add.render_help().to_string();
        assert!(
            help.contains(&russian.text("help-arg-add-folder", &[])),
            "{help}"
        );
        assert!(
            help.contains(&russian.text("help-arguments", &[])),
            "{help}"
        );
    }

    #[test]
    fn help_follows_lang_before_or_after_the_subcommand() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            language(&args(&["broadsheet", "--lang", "ru", "add", "--help"])),
            "ru"
        );
        assert_eq!(
            language(&args(&[
                "broadsheet",
                "add",
                "--help",
                "--lang=fa_AF.UTF-8"
            ])),
            "fa-AF"
        );
    }
}
