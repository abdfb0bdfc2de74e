//! Every message id the engine can give has its English in `locales/en/engine.ftl` (the
//! catalog test checks every language against English): an id a module gives that no catalog
//! has would be shown as the id itself. Outside the crate, so that the catalogs' module does
//! not name the modules whose messages it says.

use broadsheet_engine::error::{FetchError, ERROR_IDS, NET_FAILURES, SYNC_FAILURES};
use broadsheet_engine::feeds::health::FETCH_PROBLEMS;
use broadsheet_engine::l10n::{Localizer, Part};
use broadsheet_engine::pages::failures::PAGE_FAILURES;
use broadsheet_engine::Error;

#[test]
fn every_message_the_engine_gives_is_in_the_catalog() {
    let english = Localizer::new("en", &[Part::Engine]);
    let given = ERROR_IDS
        .iter()
        .chain(NET_FAILURES)
        .chain(SYNC_FAILURES)
        .chain(PAGE_FAILURES)
        .chain(FETCH_PROBLEMS)
        .chain(&[
            "as-stored",
            "reader-not-extracted",
            "reader-not-loaded",
            "sync-change-refused",
            "rule-says",
            "rule-says-field",
            "rule-says-action",
            "rule-says-separator",
            "rule-bad-field",
            "rule-bad-match",
            "rule-bad-action",
            "rule-no-fields",
            "rule-no-actions",
            "rule-no-pattern",
            "rule-pattern-too-long",
            "rule-regex-at",
            "rule-regex-too-big",
            "rule-regex-invalid",
        ]);
    let missing: Vec<_> = given.filter(|id| english.text(id, &[]) == **id).collect();
    assert!(missing.is_empty(), "not in en/engine.ftl: {missing:?}");
}

#[test]
fn an_error_says_itself_in_the_readers_language_and_stays_english_in_logs() {
    let e = Error::Fetch(FetchError::Timeout(20));
    let russian = Localizer::new("ru", &[Part::Engine]);
    assert_eq!(russian.message(&e.message()), "сервер не ответил за 20 с");
    assert_eq!(e.to_string(), "timed out after 20 s");
}
