//! The command line in the reader's language: `--lang` before or after the subcommand, the
//! system's language from `LANGUAGE`/`LC_ALL`/`LC_MESSAGES`/`LANG`, plural forms and digits
//! of Russian and Arabic, and `--json` that never changes with the language.

#[path = "../engine/tests/support/mod.rs"]
mod support;

#[path = "cli_support/mod.rs"]
mod cli_support;

use cli_support::{text, Cli};
use support::Server;

/// A store with the seed feed's 3 articles, one of them bookmarked.
fn seeded() -> (Server, Cli) {
    let server = Server::start();
    server.seed_story();
    let cli = Cli::new();
    cli.json(&["add", &server.url("/feed.xml")]);
    let list = cli.json(&["list"]);
    let id = list[0]["id"].as_i64().unwrap().to_string();
    cli.json(&["bookmark", &id]);
    (server, cli)
}

fn without_isolation_marks(s: String) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn russian_and_arabic_say_their_counts_with_their_plural_forms() {
    let (_server, cli) = seeded();
    let ru = text(&cli.run(&["--lang", "ru", "stats"]));
    assert!(ru.contains("1 лента в 0 папках"), "{ru}");
    assert!(
        ru.contains("3 статьи, непрочитанных 3, в закладках 1"),
        "{ru}"
    );

    let ar = without_isolation_marks(text(&cli.run(&["stats", "--lang", "ar"])));
    assert!(ar.contains("خلاصة واحدة"), "{ar}");
    assert!(
        ar.contains("٣ مقالات"),
        "Arabic's few form, Arabic-Indic digits: {ar}"
    );

    // the same count, another form: 3 is "few" in both, 1 "one"; 0 is Arabic's "zero"
    let purged = without_isolation_marks(text(&cli.run(&["--lang=ar", "purge"])));
    assert!(purged.contains("لم تُزَل أي مقالة مقروءة"), "{purged}");
    let purged = text(&cli.run(&["--lang=ru", "purge"]));
    assert!(
        purged.contains("Удалено 0 прочитанных статей старше 90 дней"),
        "{purged}"
    );
}

#[test]
fn the_system_language_is_followed_and_lang_overrides_it() {
    let (_server, cli) = seeded();
    let ru = text(&cli.run_in(&[("LANG", "ru_RU.UTF-8")], &["stats"]));
    assert!(ru.contains("3 статьи"), "{ru}");
    // LANGUAGE comes first, and a locale that is not generated still counts
    let fa = text(&cli.run_in(
        &[("LANGUAGE", "fa_AF"), ("LANG", "ru_RU.UTF-8")],
        &["stats"],
    ));
    assert!(
        fa.contains("فید") && fa.contains("۳"),
        "Dari, with its digits: {fa}"
    );
    let en = text(&cli.run_in(&[("LANG", "ru_RU.UTF-8")], &["--lang", "en", "stats"]));
    assert!(en.contains("3 articles, 3 unread, 1 bookmarked"), "{en}");
    // a language Broadsheet does not speak is a usage error that lists the ones it does
    let de = cli.run(&["--lang", "de", "stats"]);
    assert_eq!(de.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&de.stderr).contains("fa-AF, ps, ar"));
}

#[test]
fn the_language_setting_is_followed_with_its_digits_and_lang_still_wins() {
    let (_server, cli) = seeded();
    cli.json(&["config", "language", "ar"]);
    let ar = without_isolation_marks(text(&cli.run(&["stats"])));
    assert!(ar.contains("٣ مقالات"), "{ar}");
    cli.json(&["config", "digits", "latin"]);
    let latin = without_isolation_marks(text(&cli.run(&["stats"])));
    assert!(latin.contains("3 مقالات"), "{latin}");
    let ru = text(&cli.run(&["stats", "--lang", "ru"]));
    assert!(ru.contains("3 статьи"), "{ru}");
    let settings = cli.json(&["config", "language", "system"]);
    assert_eq!(settings["language"], "");
}

#[test]
fn json_output_is_the_same_in_every_language() {
    let (_server, cli) = seeded();
    let english = text(&cli.run(&["--json", "list"]));
    for lang in ["ar", "fa-AF", "ru", "zh-CN", "en-XA"] {
        assert_eq!(
            text(&cli.run(&["--json", "--lang", lang, "list"])),
            english,
            "{lang}"
        );
    }
}

#[test]
fn the_pseudo_language_marks_every_line_the_cli_prints() {
    let (_server, cli) = seeded();
    for args in [
        &["stats"][..],
        &["purge"],
        &["refresh", "--no-offline"],
        &["feeds", "--health"],
        &["rule", "list"],
        &["undo"],
    ] {
        let mut all = vec!["--lang", "en-XA"];
        all.extend_from_slice(args);
        let out = text(&cli.run(&all));
        for line in out.lines().filter(|l| l.chars().any(char::is_alphabetic)) {
            assert!(
                line.contains('['),
                "{args:?}: a line without the pseudo marks: {line:?}"
            );
        }
    }
}

#[test]
fn help_speaks_the_language_of_lang_of_the_setting_and_of_the_system() {
    let cli = Cli::new();
    // no store yet: the system's language (Cli::run sets LANGUAGE=en; run_in another)
    let english = text(&cli.run(&["--help"]));
    assert!(english.contains("Subscribe to a feed"), "{english}");
    let russian = text(&cli.run_in(&[("LANG", "ru_RU.UTF-8")], &["add", "--help"]));
    assert!(
        russian.contains("Подписаться") && russian.contains("Параметры"),
        "{russian}"
    );
    let dari = text(&cli.run(&["rule", "add", "--help", "--lang", "fa-AF"]));
    assert!(dari.contains("فقط در این فید"), "{dari}");
    // the language chosen in Settings, read from the store
    cli.json(&["config", "language", "fr"]);
    let french = text(&cli.run(&["--help"]));
    assert!(french.contains("Utilisation"), "{french}");
    assert!(!french.contains("Subscribe to a feed"), "{french}");
}
