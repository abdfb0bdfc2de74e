use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use intl_pluralrules::{PluralRuleType, PluralRules};

use super::*;

/// What a catalog's message must agree on with English: the arguments it uses, and for each
/// selector the variants it offers.
#[derive(Debug, Default)]
struct Shape {
    /// Arguments shown in the text.
    variables: BTreeSet<String>,
    /// Arguments only chosen on (a count that picks the plural form): a language without
    /// plural forms need not use them.
    selectors: BTreeSet<String>,
    /// selector variable → every variant key seen under it
    selects: BTreeMap<String, BTreeSet<String>>,
}

fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, shape: &mut Shape) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let name = match selector {
                ast::InlineExpression::VariableReference { id } => id.name.to_string(),
                other => format!("{other:?}"),
            };
            shape.selectors.insert(name.clone());
            for variant in variants {
                let key = match &variant.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                shape.selects.entry(name.clone()).or_default().insert(key);
                walk_pattern(&variant.value, shape);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, shape),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
        }
        _ => {}
    }
}

/// Every message of a catalog (attributes as `id.attribute`) and its shape; a syntax error
/// fails the test.
fn shapes(code: &str, part: Part) -> BTreeMap<String, Shape> {
    let text = catalogs::source(code, part)
        .unwrap_or_else(|| panic!("{code} has no {} catalog", part.file_name()));
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{code}/{}: {errors:?}", part.file_name()));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut shape = Shape::default();
            if let Some(value) = &m.value {
                walk_pattern(value, &mut shape);
            }
            out.insert(m.id.name.to_string(), shape);
            for attribute in &m.attributes {
                let mut shape = Shape::default();
                walk_pattern(&attribute.value, &mut shape);
                out.insert(format!("{}.{}", m.id.name, attribute.id.name), shape);
            }
        }
    }
    out
}

const PLURAL_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// The plural categories whole numbers reach in `code`, "other" always (Fluent's default).
fn plural_categories(code: &str) -> BTreeSet<String> {
    // the rules are the language's (fluent-bundle looks them up the same way)
    let language = code.split('-').next().unwrap_or(code);
    let id: LanguageIdentifier = language.parse().expect("a valid language code");
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL)
        .unwrap_or_else(|e| panic!("no plural rules for {code}: {e}"));
    let mut numbers: Vec<u64> = (0..=1000).collect();
    numbers.extend((4..=9).map(|p| 10u64.pow(p)));
    let mut categories: BTreeSet<String> = numbers
        .into_iter()
        .map(|n| format!("{:?}", rules.select(n).expect("a category")).to_lowercase())
        .collect();
    categories.insert("other".into());
    categories
}

#[test]
fn every_catalog_has_every_message_with_the_same_arguments_and_its_plural_forms() {
    let mut problems = Vec::new();
    for part in Part::ALL {
        let source = shapes(SOURCE, *part);
        for language in LANGUAGES.iter().filter(|l| !l.pseudo && l.code != SOURCE) {
            let code = language.code;
            let file = format!("locales/{code}/{}", part.file_name());
            let text = catalogs::source(code, *part).unwrap_or_default();
            if !text.contains("Glossary") {
                problems.push(format!("{file}: no glossary"));
            }
            let translated = shapes(code, *part);
            let categories = plural_categories(code);
            for id in source.keys().filter(|id| !translated.contains_key(*id)) {
                problems.push(format!("{file}: missing {id}"));
            }
            for id in translated.keys().filter(|id| !source.contains_key(*id)) {
                problems.push(format!("{file}: {id} is not in English"));
            }
            for (id, shape) in &translated {
                let Some(english) = source.get(id) else {
                    continue;
                };
                // every argument English shows is shown; none English lacks is used
                let known: BTreeSet<_> = english.variables.union(&english.selectors).collect();
                let used: BTreeSet<_> = shape.variables.union(&shape.selectors).collect();
                if !english.variables.is_subset(&shape.variables) || !used.is_subset(&known) {
                    problems.push(format!(
                        "{file}: {id} shows {:?} and chooses on {:?}; English shows {:?}",
                        shape.variables, shape.selectors, english.variables
                    ));
                }
                for (selector, keys) in &shape.selects {
                    let plural = keys
                        .iter()
                        .any(|k| PLURAL_CATEGORIES.contains(&k.as_str()) && k != "other");
                    let english_keys = english.selects.get(selector);
                    let english_plural = english_keys.is_some_and(|k| k.contains("one"));
                    if plural || english_plural {
                        let missing: Vec<_> = categories.difference(keys).collect();
                        let extra: Vec<_> = keys
                            .iter()
                            .filter(|k| {
                                PLURAL_CATEGORIES.contains(&k.as_str()) && !categories.contains(*k)
                            })
                            .collect();
                        if !missing.is_empty() || !extra.is_empty() {
                            problems.push(format!(
                                "{file}: {id} on ${selector} lacks {missing:?}, has unused {extra:?}"
                            ));
                        }
                    } else if Some(keys) != english_keys {
                        problems.push(format!(
                            "{file}: {id} on ${selector} has {keys:?}, English {english_keys:?}"
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_tests_own_plural_categories_are_cldrs() {
    // the completeness test is only as good as these
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        plural_categories("ar"),
        set(&["zero", "one", "two", "few", "many", "other"])
    );
    assert_eq!(
        plural_categories("ru"),
        set(&["one", "few", "many", "other"])
    );
    assert_eq!(plural_categories("zh-CN"), set(&["other"]));
    assert_eq!(plural_categories("ps"), set(&["one", "other"]));
}

#[test]
fn counts_take_each_languages_plural_forms() {
    let ru = Localizer::new("ru", &[Part::Cli]);
    let purged = |l: &Localizer, n: i64| l.text("cli-images-removed", &[("count", Arg::from(n))]);
    assert!(
        purged(&ru, 1).contains("1 изображение"),
        "{}",
        purged(&ru, 1)
    );
    assert!(
        purged(&ru, 3).contains("3 изображения"),
        "{}",
        purged(&ru, 3)
    );
    assert!(
        purged(&ru, 5).contains("5 изображений"),
        "{}",
        purged(&ru, 5)
    );
    assert!(
        purged(&ru, 21).contains("21 изображение"),
        "{}",
        purged(&ru, 21)
    );

    let ar = Localizer::new("ar", &[Part::Cli]);
    let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        strip(purged(&ar, 2)).contains("صورتان"),
        "{}",
        purged(&ar, 2)
    );
    assert!(
        strip(purged(&ar, 3)).contains("٣ صور"),
        "{}",
        purged(&ar, 3)
    );
    assert!(
        strip(purged(&ar, 11)).contains("١١ صورة"),
        "{}",
        purged(&ar, 11)
    );

    let en = Localizer::new("en", &[Part::Cli]);
    assert_eq!(purged(&en, 1), "Removed 1 image");
    assert_eq!(purged(&en, 2), "Removed 2 images");
}

#[test]
fn arguments_keep_their_direction_only_in_right_to_left_languages() {
    let args = [("id", Arg::from(7))];
    let en = Localizer::new("en", &[Part::Cli]).text("cli-marked-unread", &args);
    assert!(!en.contains('\u{2068}'), "{en:?}");
    let fa = Localizer::new("fa-AF", &[Part::Cli]).text("cli-marked-unread", &args);
    assert!(fa.contains("\u{2068}۷\u{2069}"), "{fa:?}");
}

#[test]
fn an_unknown_language_speaks_english_and_an_unknown_message_shows_its_id() {
    let l = Localizer::new("xx", &[Part::Cli]);
    assert_eq!(l.language().code, "en");
    assert_eq!(l.text("no-such-message", &[]), "no-such-message");
}

#[test]
fn pseudo_languages_mark_every_word_and_mirror() {
    let xa = Localizer::new("en-XA", &[Part::Cli]);
    let text = xa.text("cli-no-match", &[]);
    assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
    assert!(!text
        .chars()
        .any(|c| c.is_ascii_lowercase() && !"onetwhrfivsx".contains(c)));
    assert!(text.chars().count() as f64 >= "No articles match.".len() as f64 * 1.4);
    // arguments are not a catalog's words: they stay as given
    let moved = xa.text(
        "cli-moved-into",
        &[("title", "Tolo".into()), ("folder", "News".into())],
    );
    assert!(moved.contains("Tolo") && moved.contains("News"), "{moved}");

    let xb = Localizer::new("ar-XB", &[Part::Cli]);
    assert!(xb.language().rtl);
    let text = xb.text("cli-no-match", &[]);
    assert_eq!(text, "\u{202e}No articles match.\u{202c}");
}

#[test]
fn requested_locales_find_the_language_broadsheet_speaks() {
    for (asked, spoken) in [
        ("fa_AF.UTF-8", Some("fa-AF")),
        ("prs_AF", Some("fa-AF")),
        ("fa_IR.UTF-8", Some("fa")),
        ("ps_AF.UTF-8@x", Some("ps")),
        ("ar_EG", Some("ar")),
        ("en_GB.UTF-8", Some("en")),
        ("zh_TW", Some("zh-CN")),
        ("ru", Some("ru")),
        ("en-XA", Some("en-XA")),
        ("de_DE.UTF-8", None),
        ("C", None),
        ("", None),
    ] {
        assert_eq!(negotiate(asked), spoken, "{asked}");
    }
}

#[test]
fn the_system_language_follows_language_lc_all_lc_messages_lang_in_that_order() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(
        language_from_env(env(&[("LANGUAGE", "de:ps:en"), ("LANG", "ru_RU.UTF-8")])),
        Some("ps")
    );
    assert_eq!(
        language_from_env(env(&[("LC_ALL", "ar_SA.UTF-8"), ("LANG", "fr_FR.UTF-8")])),
        Some("ar")
    );
    assert_eq!(
        language_from_env(env(&[("LC_MESSAGES", "fa_AF"), ("LANG", "fr_FR.UTF-8")])),
        Some("fa-AF")
    );
    assert_eq!(
        language_from_env(env(&[("LANGUAGE", ""), ("LANG", "es_ES.UTF-8")])),
        Some("es")
    );
    assert_eq!(
        language_from_env(env(&[("LC_ALL", "C.UTF-8"), ("LANG", "ru_RU")])),
        Some("en")
    );
    assert_eq!(language_from_env(env(&[("LANG", "de_DE.UTF-8")])), None);
    assert_eq!(language_from_env(env(&[])), None);
}

#[test]
fn dari_persian_and_pashto_write_their_own_digits_arabic_its_own_and_a_reader_may_choose_latin() {
    let args = [("id", Arg::from(1207))];
    let fa = Localizer::new("fa-AF", &[Part::Cli]).text("cli-marked-unread", &args);
    assert!(fa.contains("۱۲۰۷") && !fa.contains("1207"), "{fa}");
    let ar = Localizer::new("ar", &[Part::Cli]).text("cli-marked-unread", &args);
    assert!(ar.contains("١٢٠٧"), "{ar}");
    let latin = Localizer::with_digits("fa-AF", &[Part::Cli], Digits::Latin)
        .text("cli-marked-unread", &args);
    assert!(latin.contains("1207"), "{latin}");
    // plural forms are chosen by the number, whatever digits show it
    let ps = Localizer::new("ps", &[Part::Cli])
        .text("cli-images-removed", &[("count", 3.into())])
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(ps.contains("۳ انځورونه"), "{ps}");
    let size = Localizer::new("fa", &[Part::Cli]).text(
        "cli-storage",
        &[("database", Arg::OneDecimal(0.66)), ("full", 0.into())],
    );
    assert!(size.contains("۰٫۷"), "{size}");
}

#[test]
fn a_decimal_is_written_with_the_languages_separator() {
    let size = |code: &str| {
        Localizer::new(code, &[Part::Cli])
            .text("cli-offline", &[("size", Arg::OneDecimal(1.25))])
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert!(
        size("en").contains("(1.2 MiB") || size("en").contains("(1.3 MiB"),
        "{}",
        size("en")
    );
    assert!(
        size("ru").contains("1,2 МиБ") || size("ru").contains("1,3 МиБ"),
        "{}",
        size("ru")
    );
    assert!(
        size("ar").contains("١٫٢") || size("ar").contains("١٫٣"),
        "{}",
        size("ar")
    );
}

#[test]
fn counts_alone_are_grouped_in_the_languages_way() {
    let count = |code: &str, n: i64| Localizer::new(code, &[Part::Cli]).count_text(n);
    assert_eq!(count("en", 1_234_567), "1,234,567");
    assert_eq!(count("en", 999), "999");
    assert_eq!(count("fr", 100_000), "100\u{202f}000");
    assert_eq!(count("es", 1234), "1234");
    assert_eq!(count("es", 12_345), "12.345");
    assert_eq!(count("fa-AF", 100_000), "۱۰۰٬۰۰۰");
    assert_eq!(count("ar", 12), "١٢");
}
