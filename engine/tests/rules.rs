//! Rules at refresh and on demand: every action (read, hide, bookmark, notify, no full
//! text), scope, order, the preview, "apply to existing", and what removing a rule leaves.

use broadsheet_engine::feeds::parse::ParsedFeed;
use broadsheet_engine::feeds::rules::{Action, Field, MatchKind, Rule};
use broadsheet_engine::model::{ArticleQuery, NewArticle, View};
use broadsheet_engine::store::{FetchMeta, NewFeed};
use broadsheet_engine::Store;

const NOW: i64 = 1_800_000_000;

fn article(guid: &str, title: &str, text: &str) -> NewArticle {
    NewArticle {
        guid: guid.into(),
        url: Some(format!("http://rules.example/{guid}")),
        title: title.into(),
        author: Some("Desk".into()),
        published_at: NOW - guid.len() as i64,
        published_from_feed: true,
        updated_at: None,
        summary: Some(format!("<p>{text}</p>")),
        content: None,
        content_hash: format!("{guid}{title}{text}"),
        enclosures: Vec::new(),
    }
}

fn feed(articles: Vec<NewArticle>) -> ParsedFeed {
    ParsedFeed {
        title: "Wire".into(),
        site_url: None,
        summary_only: true,
        articles,
    }
}

fn rule(fields: &[Field], kind: MatchKind, pattern: &str, actions: &[Action]) -> Rule {
    Rule {
        id: 0,
        enabled: true,
        fields: fields.to_vec(),
        match_kind: kind,
        pattern: pattern.into(),
        case_sensitive: false,
        feed_id: None,
        folder_id: None,
        actions: actions.to_vec(),
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    db: rusqlite::Connection,
    feed: i64,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    let folder = store.folder_id("News").unwrap();
    let feed = store
        .add_feed(&NewFeed {
            url: "http://rules.example/feed".into(),
            folder_id: Some(folder),
            ..Default::default()
        })
        .unwrap()
        .id();
    let db = rusqlite::Connection::open(dir.path().join("broadsheet.db")).unwrap();
    Fixture {
        _dir: dir,
        store,
        db,
        feed,
    }
}

impl Fixture {
    fn id_of(&self, guid: &str) -> i64 {
        self.db
            .query_row("SELECT id FROM articles WHERE guid = ?1", [guid], |r| {
                r.get(0)
            })
            .unwrap()
    }
    /// (read, hidden, bookmarked, page claimed, images skipped, rule id)
    fn state(&self, guid: &str) -> (bool, bool, bool, bool, bool, Option<i64>) {
        self.db
            .query_row(
                "SELECT read, hidden, bookmarked, full_fetched_at IS NOT NULL,
                        images_at IS NOT NULL, rule_id FROM articles WHERE guid = ?1",
                [guid],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                },
            )
            .unwrap()
    }
    fn listed(&self, view: View) -> Vec<String> {
        self.store
            .articles(&ArticleQuery {
                view,
                limit: 100,
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|a| a.title)
            .collect()
    }
}

#[test]
fn every_action_happens_to_new_articles_at_refresh() {
    let mut f = fixture();
    let hide = f
        .store
        .add_rule(
            &rule(
                &[Field::Title],
                MatchKind::Regex,
                r"(?:sport|football)\b",
                &[Action::Hide],
            ),
            NOW,
        )
        .unwrap();
    let keep = f
        .store
        .add_rule(
            &rule(
                &[Field::Text],
                MatchKind::All,
                "kabul water",
                &[Action::Bookmark, Action::Notify],
            ),
            NOW,
        )
        .unwrap();
    let quiet = f
        .store
        .add_rule(
            &rule(
                &[Field::Author, Field::Link],
                MatchKind::Any,
                "/sponsored/ advertiser",
                &[Action::Read, Action::NoFullText],
            ),
            NOW,
        )
        .unwrap();
    let parsed = feed(vec![
        article("a", "Football results from the weekend", "Scores."),
        article("b", "Dams", "Kabul gets new WATER supply"),
        article("sponsored/c", "Buy this", "Great deal"),
        article("d", "Plain news", "Nothing to see"),
    ]);
    let counts = f
        .store
        .apply_feed(f.feed, &parsed, &FetchMeta::default(), NOW, 1800)
        .unwrap();
    assert_eq!(counts.new, 4);
    assert_eq!(
        counts.notify,
        vec![f.id_of("b")],
        "the notify rule's article"
    );
    // hidden: read, out of lists, no page or image will be fetched for it
    assert_eq!(f.state("a"), (true, true, false, true, true, Some(hide)));
    // bookmarked, and so kept whole: its page and images are still to be fetched
    assert_eq!(f.state("b"), (false, false, true, false, false, Some(keep)));
    assert_eq!(
        f.state("sponsored/c"),
        (true, false, false, true, false, Some(quiet))
    );
    assert_eq!(f.state("d"), (false, false, false, false, false, None));

    assert_eq!(f.listed(View::All), ["Plain news", "Dams", "Buy this"]);
    assert_eq!(f.listed(View::Bookmarks), ["Dams"]);
    assert_eq!(f.store.view_counts(View::All).unwrap(), (3, 2));
    assert_eq!(f.store.view_counts(View::Feed(f.feed)).unwrap(), (3, 2));
    assert!(f.store.count_mismatches().unwrap().is_empty());
    // search finds the hidden one only when asked
    assert!(f.store.search("football", 10).unwrap().is_empty());
    let found = f.store.search_including("football", 10, true).unwrap();
    assert_eq!(found.len(), 1);
    // the reader names the rule
    let view = broadsheet_engine::reading::reader::reader_view(&f.store, f.id_of("a")).unwrap();
    assert!(view.hidden);
    let rule = view.rule.expect("the rule that hid it");
    assert_eq!(
        rule.describe(),
        r"title matches “(?:sport|football)\b” → hide"
    );
    // and says it in the reader's language, the pattern as it is
    let russian =
        broadsheet_engine::l10n::Localizer::new("ru", &[broadsheet_engine::l10n::Part::Engine]);
    assert_eq!(
        rule.describe_in(&russian),
        r"заголовок соответствует «(?:sport|football)\b» → скрыть"
    );
    // a changed copy of a matched article is not matched again (rules see new articles)
    f.store.set_read(f.id_of("b"), true).unwrap();
    let again = f
        .store
        .apply_feed(
            f.feed,
            &feed(vec![article(
                "b",
                "Dams",
                "Kabul gets new WATER supply, updated",
            )]),
            &FetchMeta::default(),
            NOW + 60,
            1800,
        )
        .unwrap();
    assert_eq!((again.new, again.updated), (0, 1));
    assert!(again.notify.is_empty());
}

#[test]
fn scope_order_enabling_and_removal() {
    let mut f = fixture();
    let other = f
        .store
        .add_feed(&NewFeed {
            url: "http://other.example/feed".into(),
            ..Default::default()
        })
        .unwrap()
        .id();
    let mut only_other = rule(&[Field::Title], MatchKind::Any, "alpha", &[Action::Read]);
    only_other.feed_id = Some(other);
    let r1 = f.store.add_rule(&only_other, NOW).unwrap();
    let r2 = f
        .store
        .add_rule(
            &rule(
                &[Field::Title],
                MatchKind::Any,
                "alpha",
                &[Action::Bookmark],
            ),
            NOW,
        )
        .unwrap();
    let mut folder_rule = rule(&[Field::Feed], MatchKind::All, "wire", &[Action::Read]);
    folder_rule.folder_id = Some(f.store.folder_id("News").unwrap());
    let r3 = f.store.add_rule(&folder_rule, NOW).unwrap();
    f.store
        .apply_feed(
            f.feed,
            &feed(vec![article("1", "Alpha one", "")]),
            &FetchMeta::default(),
            NOW,
            1800,
        )
        .unwrap();
    // the feed-only rule is elsewhere; the first that applies here is named
    assert_eq!(f.state("1"), (true, false, true, false, false, Some(r2)));

    // order: the folder rule first now
    f.store.move_rule(r3, 0).unwrap();
    assert_eq!(
        f.store
            .rules()
            .unwrap()
            .iter()
            .map(|r| r.id)
            .collect::<Vec<_>>(),
        [r3, r1, r2]
    );
    f.store
        .apply_feed(
            f.feed,
            &feed(vec![article("22", "Alpha two", "")]),
            &FetchMeta::default(),
            NOW,
            1800,
        )
        .unwrap();
    assert_eq!(f.state("22").5, Some(r3));

    // a rule changed keeps its place; an unknown one cannot be changed
    let mut changed = f.store.rule(r3).unwrap();
    changed.pattern = "wire news".into();
    changed.match_kind = MatchKind::Any;
    f.store.update_rule(&changed).unwrap();
    let rules = f.store.rules().unwrap();
    assert_eq!((rules[0].id, rules[0].pattern.as_str()), (r3, "wire news"));
    assert_eq!(rules.len(), 3);
    changed.id = 999;
    assert!(f.store.update_rule(&changed).is_err());
    assert_eq!(f.store.rules().unwrap().len(), 3);

    // disabled rules do nothing
    f.store.set_rule_enabled(r2, false).unwrap();
    f.store.set_rule_enabled(r3, false).unwrap();
    f.store
        .apply_feed(
            f.feed,
            &feed(vec![article("333", "Alpha three", "")]),
            &FetchMeta::default(),
            NOW,
            1800,
        )
        .unwrap();
    assert_eq!(f.state("333"), (false, false, false, false, false, None));

    // removed: what it did stays, it is no longer named
    f.store.remove_rule(r2).unwrap();
    assert_eq!(f.state("1"), (true, false, true, false, false, None));
    assert!(f.store.rule(r2).is_err());
    // a feed's rule goes with the feed
    f.store.unsubscribe(other, NOW).unwrap();
    f.store
        .finalize_undo(NOW + broadsheet_engine::store::UNDO_WINDOW_SECS + 1)
        .unwrap();
    assert!(f.store.rule(r1).is_err());
}

#[test]
fn preview_then_apply_to_stored_articles() {
    let mut f = fixture();
    let titles = [
        "Cricket: day one",
        "Budget vote",
        "CRICKET final",
        "Rain",
        "Old cricket",
    ];
    let mut items: Vec<NewArticle> = titles
        .iter()
        .enumerate()
        .map(|(i, t)| article(&"x".repeat(i + 1), t, ""))
        .collect();
    // one of them from long ago
    items[4].published_at = NOW - 90 * 24 * 3600;
    f.store
        .apply_feed(f.feed, &feed(items), &FetchMeta::default(), NOW, 1800)
        .unwrap();
    let r = rule(&[Field::Title], MatchKind::Any, "cricket", &[Action::Hide]);
    let preview = f.store.preview_rule(&r, NOW - 30 * 24 * 3600, 10).unwrap();
    assert_eq!((preview.matches, preview.looked_at), (2, 4));
    assert_eq!(
        preview
            .newest
            .iter()
            .map(|a| a.title.as_str())
            .collect::<Vec<_>>(),
        ["Cricket: day one", "CRICKET final"]
    );
    // in a big store the preview looks at the newest articles only, and says so
    let newest_two = f.store.preview_rule_within(&r, 0, 10, 2).unwrap();
    assert_eq!(
        (newest_two.matches, newest_two.looked_at, newest_two.capped),
        (1, 2, true)
    );
    assert!(!preview.capped);
    // a bad expression is refused with where it fails, and nothing is saved
    let bad = rule(
        &[Field::Title],
        MatchKind::Regex,
        "cricket(",
        &[Action::Hide],
    );
    let err = f.store.add_rule(&bad, NOW).unwrap_err().to_string();
    assert!(err.contains("at character 8"), "{err}");
    assert!(f.store.preview_rule(&bad, 0, 10).is_err());
    assert!(f.store.rules().unwrap().is_empty());

    let id = f.store.add_rule(&r, NOW).unwrap();
    assert_eq!(f.store.apply_rule(id, NOW).unwrap(), 3);
    assert_eq!(f.listed(View::All), ["Budget vote", "Rain"]);
    assert_eq!(f.store.view_counts(View::All).unwrap(), (2, 2));
    assert!(f.store.count_mismatches().unwrap().is_empty());

    // a hidden article can be brought back, one or all that a rule hid
    f.store.unhide_article(f.id_of("x")).unwrap();
    assert_eq!(
        f.listed(View::All),
        ["Cricket: day one", "Budget vote", "Rain"]
    );
    assert!(
        f.store.unhide_article(f.id_of("x")).is_err(),
        "not hidden any more"
    );
    assert_eq!(f.store.unhide_rule_articles(id).unwrap(), 2);
    assert_eq!(f.listed(View::All).len(), 5);
    assert!(f.store.count_mismatches().unwrap().is_empty());
}
