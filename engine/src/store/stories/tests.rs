//! Stories kept in the store: grouped as refreshes arrive (the same as all at once), shown
//! once in the lists that group, split by a person and kept apart.

use super::*;
use crate::feeds::parse::ParsedFeed;
use crate::model::{ArticleQuery, NewArticle};
use crate::store::{test_store, FetchMeta, NewFeed};

const NOW: i64 = 1_800_000_000;
const HOUR: i64 = 3600;

const QESHM: [(&str, &str); 3] = [
    (
        "Quake hits Qeshm island off southern Iran",
        "A magnitude 5.6 earthquake struck Qeshm island off the southern coast of Iran on Sunday, \
         injuring five people in the town of Dargahan and damaging buildings, the state news \
         agency IRNA reported. Rescuers from Bandar Abbas reached the island.",
    ),
    (
        "Five hurt as earthquake jolts Qeshm",
        "An earthquake measuring 5.6 jolted Qeshm island in the Gulf on Sunday. Five people were \
         injured in Dargahan, IRNA said, and several buildings were damaged. Teams from Bandar \
         Abbas crossed to Qeshm.",
    ),
    (
        "Qeshm earthquake injures five in Dargahan",
        "Five people were hurt in Dargahan when a 5.6 magnitude earthquake shook Qeshm island on \
         Sunday, IRNA reported, and rescuers from Bandar Abbas were sent to Qeshm to help with \
         the damaged buildings.",
    ),
];

/// Much the same words as the first Qeshm report (not the same text, which would join
/// whatever the time).
const LATER: &str = "A magnitude 5.6 earthquake struck Qeshm island off the southern coast of \
     Iran, injuring five people in the town of Dargahan and damaging buildings, the state news \
     agency IRNA reported. Rescuers from Bandar Abbas reached the island again.";

const BAM: (&str, &str) = (
    "Deadly quake levels Bam's old citadel",
    "A powerful earthquake destroyed much of the city of Bam in Kerman province, killing \
     thousands. The ancient citadel Arg-e Bam collapsed, and Kerman's hospitals were \
     overwhelmed, officials in Tehran said.",
);

const SAINTS: (&str, &str) = (
    "Saints lose Reggie Bush for the season",
    "The New Orleans Saints placed running back Reggie Bush on injured reserve on Wednesday \
     with a sprained knee, ending his season before the games against Detroit and Carolina.",
);

fn feed(store: &mut Store, n: u32) -> i64 {
    store
        .add_feed(&NewFeed {
            url: format!("http://stories.example/{n}.xml"),
            title: Some(format!("Source {n}")),
            ..Default::default()
        })
        .unwrap()
        .id()
}

/// An item of a feed: guid, title, text, hours before NOW.
type Item<'a> = (&'a str, &'a str, &'a str, i64);

/// One refresh of `feed_id` bringing `items`.
fn arrive(store: &mut Store, feed_id: i64, items: &[Item]) {
    let parsed = ParsedFeed {
        title: format!("Source {feed_id}"),
        articles: items
            .iter()
            .map(|(guid, title, text, hours_ago)| NewArticle {
                guid: guid.to_string(),
                title: title.to_string(),
                content: Some(format!("<p>{text}</p>")),
                published_at: NOW - hours_ago * HOUR,
                published_from_feed: true,
                content_hash: guid.to_string(),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    store
        .apply_feed(feed_id, &parsed, &FetchMeta::default(), NOW, 1800)
        .unwrap();
}

fn id_of(store: &Store, guid: &str) -> i64 {
    store
        .conn
        .query_row("SELECT id FROM articles WHERE guid = ?1", [guid], |r| {
            r.get(0)
        })
        .unwrap()
}

/// Every article's story, by guid (sorted).
fn stories(store: &Store) -> Vec<(String, Option<String>)> {
    let mut stmt = store
        .conn
        .prepare(
            "SELECT a.guid, l.guid FROM articles a LEFT JOIN articles l ON l.id = a.story_id
              ORDER BY a.guid",
        )
        .unwrap();
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.map(Result::unwrap).collect()
}

/// Three sources, the Qeshm quake in each, in three refreshes; a Bam quake, a football story
/// and, five days on, a Qeshm report again.
fn three_refreshes(store: &mut Store, group_each: bool) -> [i64; 4] {
    let feeds = [
        feed(store, 1),
        feed(store, 2),
        feed(store, 3),
        feed(store, 4),
    ];
    let batches: [(usize, Vec<Item>); 4] = [
        (0, vec![("q1", QESHM[0].0, QESHM[0].1, 30)]),
        (
            1,
            vec![
                ("q2", QESHM[1].0, QESHM[1].1, 28),
                ("saints", SAINTS.0, SAINTS.1, 27),
            ],
        ),
        (
            2,
            vec![
                ("q3", QESHM[2].0, QESHM[2].1, 20),
                ("bam", BAM.0, BAM.1, 20),
            ],
        ),
        // the same words five days after: another story
        (3, vec![("q-later", QESHM[2].0, LATER, 30 - 5 * 24)]),
    ];
    for (feed_at, items) in batches {
        arrive(store, feeds[feed_at], &items);
        if group_each {
            store.group_new_stories(StoryFirst::Earliest).unwrap();
        }
    }
    feeds
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn grouping_as_refreshes_arrive_equals_grouping_all_at_once() {
    let (_dir, mut store) = test_store();
    three_refreshes(&mut store, true);
    let as_they_came = stories(&store);
    assert_eq!(
        as_they_came,
        [
            ("bam".to_string(), None),
            ("q-later".to_string(), None),
            ("q1".to_string(), some("q1")),
            ("q2".to_string(), some("q1")),
            ("q3".to_string(), some("q1")),
            ("saints".to_string(), None),
        ]
    );
    // nothing new: nothing done
    assert_eq!(
        store.group_new_stories(StoryFirst::Earliest).unwrap(),
        Grouping::default()
    );
    store.regroup_stories(StoryFirst::Earliest).unwrap();
    assert_eq!(stories(&store), as_they_came);

    let (_dir, mut at_once) = test_store();
    three_refreshes(&mut at_once, false);
    let done = at_once.group_new_stories(StoryFirst::Earliest).unwrap();
    assert_eq!((done.new, done.changed), (6, 3));
    assert_eq!(stories(&at_once), as_they_came);
}

fn words_kept(store: &Store) -> i64 {
    store
        .conn
        .query_row("SELECT COUNT(*) FROM story_words", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn words_are_read_once_and_again_when_the_text_changes() {
    let (_dir, mut store) = test_store();
    let feeds = three_refreshes(&mut store, true);
    assert_eq!(words_kept(&store), 6);
    // a new report: its own text is read, the others' words were kept
    arrive(&mut store, feeds[3], &[("bam2", BAM.0, BAM.1, 22)]);
    let done = store.group_new_stories(StoryFirst::Earliest).unwrap();
    assert_eq!(done.read, 1);
    assert!(done.compared >= 5, "{done:?}");
    assert_eq!(words_kept(&store), 7);

    // the football report is rewritten (same guid) into the third Qeshm report: its kept words
    // go, and the next grouping reads it again: the same text as the third, it joins it
    store
        .conn
        .execute(
            "UPDATE articles SET content = ?1 WHERE guid = 'saints'",
            [format!("<p>{}</p>", QESHM[2].1)],
        )
        .unwrap();
    assert_eq!(words_kept(&store), 6);
    // an update that changes nothing keeps them
    store
        .conn
        .execute("UPDATE articles SET title = title WHERE guid = 'bam'", [])
        .unwrap();
    assert_eq!(words_kept(&store), 6);
    arrive(&mut store, feeds[0], &[("other", SAINTS.0, SAINTS.1, 26)]);
    let done = store.group_new_stories(StoryFirst::Earliest).unwrap();
    assert_eq!(done.read, 2, "{done:?}");
    let story_of = |guid: &str| stories(&store).into_iter().find(|s| s.0 == guid).unwrap().1;
    assert!(story_of("saints").is_some());
    assert_eq!(story_of("saints"), story_of("q3"));
}

#[test]
fn words_of_articles_published_over_a_week_ago_are_not_kept() {
    let (_dir, mut store) = test_store();
    let first = feed(&mut store, 1);
    let second = feed(&mut store, 2);
    // hours before NOW that are ten days before the clock's now
    let ten_days_ago = (NOW - crate::model::now()) / HOUR + 10 * 24;
    arrive(
        &mut store,
        first,
        &[("old", QESHM[0].0, QESHM[0].1, ten_days_ago)],
    );
    arrive(&mut store, second, &[("recent", BAM.0, BAM.1, 1)]);
    // and words kept from long ago are pruned
    store
        .conn
        .execute(
            "INSERT INTO story_words(article_id, published_at, words) VALUES (?1, 0, '{}')",
            [id_of(&store, "recent")],
        )
        .unwrap();
    let done = store.group_new_stories(StoryFirst::Earliest).unwrap();
    // the pruned row's words were read again ('{}' does not decode), and only the recent
    // article's words stay
    assert_eq!(done.read, 2);
    let kept: Vec<i64> = {
        let mut stmt = store
            .conn
            .prepare("SELECT article_id FROM story_words")
            .unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    assert_eq!(kept, [id_of(&store, "recent")]);
}

#[test]
fn the_longest_report_can_lead_and_the_setting_leads_again() {
    let (_dir, mut store) = test_store();
    three_refreshes(&mut store, false);
    // q2 gets a long page
    let q2 = id_of(&store, "q2");
    store
        .conn
        .execute(
            "INSERT INTO full_texts(article_id, html, fetched_at) VALUES (?1, ?2, ?3)",
            params![q2, "<p>word </p>".repeat(200), NOW],
        )
        .unwrap();
    store.regroup_stories(StoryFirst::Longest).unwrap();
    assert!(stories(&store)
        .iter()
        .filter(|s| s.0.starts_with("q") && s.0 != "q-later")
        .all(|s| s.1 == some("q2")));
    // the setting changed: the same stories, led by their earliest
    store.set_setting("story_first", "earliest").unwrap();
    let led = stories(&store);
    assert!(led
        .iter()
        .filter(|s| s.0.starts_with("q") && s.0 != "q-later")
        .all(|s| s.1 == some("q1")));
    assert_eq!(led.iter().filter(|s| s.1.is_some()).count(), 3);
}

fn titles(rows: &[ArticleSummary]) -> Vec<&str> {
    rows.iter().map(|r| r.title.as_str()).collect()
}

#[test]
fn a_grouped_list_shows_a_story_once_and_never_hides_an_article() {
    let (_dir, mut store) = test_store();
    let feeds = three_refreshes(&mut store, true);
    let query = |view, unread_only, grouped| ArticleQuery {
        view,
        unread_only,
        grouped,
        limit: 50,
        ..Default::default()
    };
    let all = store.articles(&query(View::All, false, true)).unwrap();
    assert_eq!(
        titles(&all),
        [QESHM[2].0, BAM.0, SAINTS.0, QESHM[0].0],
        "newest first (five days on first); the story at its lead's place"
    );
    let lead = &all[3];
    assert_eq!(lead.other_sources, ["Source 2", "Source 3"]);
    assert_eq!(store.list_rows(&query(View::All, false, true)).unwrap(), 4);
    assert_eq!(store.list_rows(&query(View::All, false, false)).unwrap(), 6);
    // the lists that do not group: a feed's own, the bookmarks, and grouping off
    assert_eq!(
        store
            .articles(&query(View::All, false, false))
            .unwrap()
            .len(),
        6
    );
    assert_eq!(
        titles(
            &store
                .articles(&query(View::Feed(feeds[1]), false, true))
                .unwrap()
        ),
        [SAINTS.0, QESHM[1].0]
    );
    let q2 = id_of(&store, "q2");
    store.set_bookmarked(q2, true).unwrap();
    assert_eq!(
        titles(
            &store
                .articles(&query(View::Bookmarks, false, true))
                .unwrap()
        ),
        [QESHM[1].0]
    );
    // the lead read: its story's unread reports show on their own in Unread
    store.set_read(lead.id, true).unwrap();
    let unread = store.articles(&query(View::All, true, true)).unwrap();
    assert_eq!(
        titles(&unread),
        [QESHM[2].0, BAM.0, QESHM[2].0, SAINTS.0, QESHM[1].0]
    );
    assert_eq!(store.list_rows(&query(View::All, true, true)).unwrap(), 5);
    assert_eq!(
        store.list_rows(&query(View::Unread, false, true)).unwrap(),
        5
    );
    // and the other reports, for the reader
    let others = store.other_reports(q2).unwrap();
    assert_eq!(titles(&others), [QESHM[0].0, QESHM[2].0]);
    assert_eq!(store.story_unread(q2).unwrap(), [q2, id_of(&store, "q3")]);
    assert_eq!(
        store.mark_story_read(q2, NOW).unwrap(),
        [q2, id_of(&store, "q3")]
    );
    assert_eq!(
        store.list_rows(&query(View::Unread, false, true)).unwrap(),
        3
    );
    assert!(store
        .other_reports(id_of(&store, "bam"))
        .unwrap()
        .is_empty());

    // a report that arrived more than a week ago shows on its own, even under its lead
    store.set_read(lead.id, false).unwrap();
    assert_eq!(store.list_rows(&query(View::All, false, true)).unwrap(), 4);
    store
        .conn
        .execute(
            "UPDATE articles SET fetched_at = ?2 WHERE id = ?1",
            params![q2, crate::model::now() - LIST_HORIZON_SECS - 60],
        )
        .unwrap();
    assert_eq!(
        titles(&store.articles(&query(View::All, false, true)).unwrap()),
        [QESHM[2].0, BAM.0, SAINTS.0, QESHM[1].0, QESHM[0].0]
    );
    assert_eq!(store.list_rows(&query(View::All, false, true)).unwrap(), 5);
    assert_eq!(
        store.other_reports(q2).unwrap().len(),
        2,
        "still named in the reader"
    );
}

#[test]
fn not_the_same_story_splits_and_stays_split() {
    let (_dir, mut store) = test_store();
    three_refreshes(&mut store, true);
    let q1 = id_of(&store, "q1");
    // the lead split out: the other two keep together, led by the next
    assert_eq!(
        store
            .split_from_story(q1, StoryFirst::Earliest, NOW)
            .unwrap(),
        2
    );
    let expect = [
        ("bam".to_string(), None),
        ("q-later".to_string(), None),
        ("q1".to_string(), None),
        ("q2".to_string(), some("q2")),
        ("q3".to_string(), some("q2")),
        ("saints".to_string(), None),
    ];
    assert_eq!(stories(&store), expect);
    // grouping again from nothing remembers it
    store.regroup_stories(StoryFirst::Earliest).unwrap();
    assert_eq!(stories(&store), expect);
    // a story of two split: no story is left
    let q3 = id_of(&store, "q3");
    assert_eq!(
        store
            .split_from_story(q3, StoryFirst::Earliest, NOW)
            .unwrap(),
        1
    );
    assert!(stories(&store).iter().all(|s| s.1.is_none()));
    // nothing to split
    assert_eq!(
        store
            .split_from_story(q3, StoryFirst::Earliest, NOW)
            .unwrap(),
        0
    );
}

/// Two reports of a flood in Kabul, from the first two feeds: the story each is in.
fn flood_reports(store: &mut Store, feeds: &[i64; 4]) -> (Option<i64>, Option<i64>) {
    arrive(
        store,
        feeds[0],
        &[(
            "flood1",
            "Flash floods kill twelve in Kabul's Paghman district",
            "Flash floods after heavy rain killed twelve people in the Paghman district of Kabul \
             on Tuesday and washed away dozens of homes, officials of the Kabul police said, as \
             rescuers searched the Paghman valley.",
            10,
        )],
    );
    arrive(
        store,
        feeds[1],
        &[(
            "flood2",
            "Twelve dead as floods sweep Paghman near Kabul",
            "Twelve people died when floods swept through Paghman near Kabul after heavy rain on \
             Tuesday, Kabul police said. Dozens of homes in the Paghman valley were washed away \
             and rescuers were searching for the missing.",
            9,
        )],
    );
    store.group_new_stories(StoryFirst::Earliest).unwrap();
    let story = |guid: &str| -> Option<i64> {
        store
            .conn
            .query_row(
                "SELECT story_id FROM articles WHERE guid = ?1",
                [guid],
                |r| r.get(0),
            )
            .unwrap()
    };
    (story("flood1"), story("flood2"))
}

#[test]
fn a_later_pair_of_the_split_feeds_needs_more_in_common() {
    // unsplit, the two flood reports are one story
    let (_dir, mut store) = test_store();
    let feeds = three_refreshes(&mut store, true);
    let (first, second) = flood_reports(&mut store, &feeds);
    assert!(first.is_some() && first == second);

    let (_dir, mut store) = test_store();
    let feeds = three_refreshes(&mut store, true);
    let q2 = id_of(&store, "q2");
    store
        .split_from_story(q2, StoryFirst::Earliest, NOW)
        .unwrap();
    // the feeds of q1 and q2 were split once; six more splits of that pair (made up, on
    // other articles): their likeness counts 0.8^7 = 0.21 of what it was, and the flood
    // reports' (0.68) is no longer enough
    let [bam, saints, later, q3] = ["bam", "saints", "q-later", "q3"].map(|g| id_of(&store, g));
    let pairs = [
        (bam, saints),
        (bam, later),
        (bam, q3),
        (saints, later),
        (saints, q3),
        (later, q3),
    ];
    for (a, b) in pairs {
        store
            .conn
            .execute(
                "INSERT INTO stories_apart VALUES (?1, ?2, ?3, ?4, ?5)",
                params![a.min(b), a.max(b), feeds[0], feeds[1], NOW],
            )
            .unwrap();
    }
    assert_eq!(flood_reports(&mut store, &feeds), (None, None));
}

/// Every row of a grouped list, page after page by key.
fn walk(store: &Store, view: View, unread_only: bool) -> Vec<ArticleSummary> {
    let mut rows: Vec<ArticleSummary> = Vec::new();
    loop {
        let page = store
            .articles(&ArticleQuery {
                view,
                unread_only,
                grouped: true,
                limit: 97,
                after: rows.last().map(|r| (r.published_at, r.id)),
                ..Default::default()
            })
            .unwrap();
        if page.is_empty() {
            return rows;
        }
        rows.extend(page);
    }
}

#[test]
fn a_grouped_list_counts_the_rows_it_shows() {
    let (_dir, mut store) = test_store();
    let folder = store.folder_id("Wires").unwrap();
    let feeds: Vec<i64> = (0..3)
        .map(|n| {
            store
                .add_feed(&NewFeed {
                    url: format!("http://wires.example/{n}.xml"),
                    folder_id: (n > 0).then_some(folder),
                    ..Default::default()
                })
                .unwrap()
                .id()
        })
        .collect();
    // 1,100 stories, each sent word for word by all three wires, ten minutes apart, grouped
    // as each wire's refresh arrives
    const STORIES: i64 = 1100;
    for (n, &feed_id) in feeds.iter().enumerate() {
        let parsed = ParsedFeed {
            title: format!("Wire {n}"),
            articles: (0..STORIES)
                .map(|k| NewArticle {
                    guid: format!("w{n}-{k}"),
                    title: format!("Bulletin zq{k}"),
                    content: Some(format!(
                        "<p>The wire reports event zq{k} and names xv{k} and yw{k}, with details \
                         of case kk{k} that the agencies sent to their clients today in full \
                         as they always do for every bulletin of this kind.</p>"
                    )),
                    published_at: NOW - k * 600 - n as i64 * 60,
                    published_from_feed: true,
                    content_hash: format!("w{n}-{k}"),
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        store
            .apply_feed(feed_id, &parsed, &FetchMeta::default(), NOW, 1800)
            .unwrap();
        store.group_new_stories(StoryFirst::Earliest).unwrap();
    }
    let in_stories: i64 = store
        .conn
        .query_row(
            "SELECT COUNT(*) FROM articles WHERE story_id IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(in_stories, 3 * STORIES);
    // some read: leads of even stories, other reports of stories divisible by 3
    store
        .conn
        .execute_batch(
            "UPDATE articles SET read = 1 WHERE story_id = id AND (id / 3) % 2 = 0;
             UPDATE articles SET read = 1 WHERE story_id != id AND (story_id / 3) % 3 = 0;",
        )
        .unwrap();
    for (view, unread_only) in [
        (View::All, false),
        (View::All, true),
        (View::Unread, false),
        (View::Folder(folder), false),
        (View::Folder(folder), true),
    ] {
        let rows = walk(&store, view, unread_only);
        let query = ArticleQuery {
            view,
            unread_only,
            grouped: true,
            ..Default::default()
        };
        assert_eq!(
            store.list_rows(&query).unwrap(),
            rows.len() as i64,
            "{view:?} {unread_only}"
        );
        // no article is both a row and under another row's story
        let shown: HashSet<i64> = rows.iter().map(|r| r.id).collect();
        for r in &rows {
            if let Some(lead) = r.story_id.filter(|&s| s != r.id) {
                assert!(!shown.contains(&lead), "{view:?}: {} under {lead}", r.id);
            }
        }
        // every article of the view is a row or under one
        let ungrouped = ArticleQuery {
            grouped: false,
            ..query
        };
        let articles = store.list_rows(&ungrouped).unwrap();
        let under: i64 = rows.iter().map(|r| r.other_sources.len() as i64).sum();
        assert_eq!(
            rows.len() as i64 + under,
            articles,
            "{view:?} {unread_only}"
        );
    }
    assert_eq!(walk(&store, View::All, false).len(), STORIES as usize);
    // a far row of a grouped list: rows of the list, near where they would be
    let far = store
        .articles(&ArticleQuery {
            view: View::All,
            grouped: true,
            offset: 1050,
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(far.len(), 10);
    assert!(far.iter().all(|r| r.story_id == Some(r.id)));
    let story: i64 = far[0]
        .title
        .trim_start_matches("Bulletin zq")
        .parse()
        .unwrap();
    assert!((story - 1050).abs() <= 20, "row 1050 is story {story}");
}
