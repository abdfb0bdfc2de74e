//! What rules cost a refresh: 20,000 new articles (200 feeds of 100, news-shaped: an 8-word
//! title, a 40-word summary and a 400-word body; `common/`) written through `apply_feed` into a fresh store
//! without rules, then into another with 100 rules (titles and texts; any words, all words
//! and regular expressions; every feed, folders and single feeds). The goal: ≤ 50 ms more.
//! Run: `cargo bench -p broadsheet-engine --bench rules [-- ARTICLES RULES]`.

use std::time::Instant;

use broadsheet_engine::feeds::parse::ParsedFeed;
use broadsheet_engine::feeds::prepare::{prepare, FeedPlace};
use broadsheet_engine::feeds::rules::{
    Action, ArticleFields, Field, MatchKind, Place, Rule, RuleSet,
};
use broadsheet_engine::model::NewArticle;
use broadsheet_engine::store::{FetchMeta, NewFeed};
use broadsheet_engine::text::html_to_text;
use broadsheet_engine::Store;

mod common;
use common::{Rng, Words};

fn feeds(news: &Words, articles: usize) -> Vec<ParsedFeed> {
    let mut rng = Rng(7);
    let per_feed = 100;
    (0..articles.div_ceil(per_feed))
        .map(|f| news.feed(&mut rng, f, per_feed, 1_800_000_000))
        .collect()
}

/// Rules as people write them: words a little rarer than the commonest (ranks 200 to 5,000),
/// so each matches a small share of the news.
fn rules(news: &Words, n: usize, feed_ids: &[i64], folder: i64) -> Vec<Rule> {
    let mut rng = Rng(11);
    let word = |rng: &mut Rng| news.words[200 + (rng.next() % 4_800) as usize].clone();
    (0..n)
        .map(|i| {
            let (fields, kind, pattern) = match i % 5 {
                0 => (
                    vec![Field::Title],
                    MatchKind::Any,
                    format!("{} {}", word(&mut rng), word(&mut rng)),
                ),
                1 => (
                    vec![Field::Text],
                    MatchKind::Any,
                    format!("{} {}", word(&mut rng), word(&mut rng)),
                ),
                2 => (
                    vec![Field::Title],
                    MatchKind::Regex,
                    format!(
                        r"\b{}\s+\w+\s+{}\b|^{}",
                        word(&mut rng),
                        word(&mut rng),
                        word(&mut rng)
                    ),
                ),
                3 => (
                    vec![Field::Title, Field::Text],
                    MatchKind::All,
                    format!("{} {}", word(&mut rng), word(&mut rng)),
                ),
                _ => (
                    vec![Field::Author, Field::Link],
                    MatchKind::Any,
                    format!("desk{i}"),
                ),
            };
            Rule {
                id: 0,
                enabled: true,
                fields,
                match_kind: kind,
                pattern,
                case_sensitive: false,
                feed_id: (i % 7 == 0)
                    .then(|| feed_ids[(rng.next() % feed_ids.len() as u64) as usize]),
                folder_id: (i % 7 == 1).then_some(folder),
                actions: vec![[Action::Read, Action::Bookmark, Action::Hide][i % 3]],
            }
        })
        .collect()
}

/// Milliseconds to write every feed into a fresh store holding `rule_count` rules, and how
/// many articles the rules touched.
/// What one refresh of every feed costs, into a fresh store holding `rule_count` rules: the
/// writer's milliseconds (what a refresh waits for) and the preparing's (each item's text and
/// rule outcome, done on the parsing threads in a refresh, in parallel), and how many articles
/// the rules touched.
fn run(news: &Words, parsed: &[ParsedFeed], rule_count: usize) -> (f64, f64, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let folder = store.folder_id("World").unwrap();
    let ids: Vec<i64> = (0..parsed.len())
        .map(|f| {
            store
                .add_feed(&NewFeed {
                    url: format!("http://farm.example/{f}.xml"),
                    folder_id: (f % 2 == 0).then_some(folder),
                    ..Default::default()
                })
                .unwrap()
                .id()
        })
        .collect();
    for rule in rules(news, rule_count, &ids, folder) {
        store.add_rule(&rule, 1).unwrap();
    }
    // as `refresh` does: compile once, prepare each feed where it was parsed
    let started = Instant::now();
    let set = RuleSet::new(store.rules().unwrap());
    let prepared: Vec<_> = parsed
        .iter()
        .zip(&ids)
        .enumerate()
        .map(|(f, (feed, id))| {
            let place = FeedPlace {
                place: Place {
                    feed_id: *id,
                    folder_id: (f % 2 == 0).then_some(folder),
                },
                title: feed.title.clone(),
            };
            prepare(feed, &set, Some(&place))
        })
        .collect();
    let prepare_ms = started.elapsed().as_secs_f64() * 1000.0;
    let started = Instant::now();
    for ((feed, id), ready) in parsed.iter().zip(&ids).zip(prepared) {
        store
            .apply_prepared(*id, feed, ready, &FetchMeta::default(), 1_800_000_000, 1800)
            .unwrap();
    }
    let writer_ms = started.elapsed().as_secs_f64() * 1000.0;
    let db = rusqlite::Connection::open(dir.path().join("broadsheet.db")).unwrap();
    let touched = db
        .query_row(
            "SELECT COUNT(*) FROM articles WHERE rule_id IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    (writer_ms, prepare_ms, touched)
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let articles = args.first().copied().unwrap_or(20_000);
    let rule_count = args.get(1).copied().unwrap_or(100);
    let news = Words::new();
    let whole = feeds(&news, articles);
    measure(
        "whole articles (summary and a 400-word body)",
        &news,
        &whole,
        rule_count,
    );
    // most news feeds carry a summary only
    let mut summaries = whole;
    for a in summaries.iter_mut().flat_map(|f| f.articles.iter_mut()) {
        a.content = None;
    }
    measure("summaries only (40 words)", &news, &summaries, rule_count);
}

fn measure(label: &str, news: &Words, parsed: &[ParsedFeed], rule_count: usize) {
    let articles: usize = parsed.iter().map(|f| f.articles.len()).sum();
    // best of three each, alternating, so the disk cache and CPU clock treat both alike
    let (mut without, mut with) = (f64::MAX, f64::MAX);
    let (mut prep_without, mut prep_with) = (f64::MAX, f64::MAX);
    let mut touched = 0;
    for _ in 0..3 {
        let (w, p, _) = run(news, parsed, 0);
        without = without.min(w);
        prep_without = prep_without.min(p);
        let (w, p, n) = run(news, parsed, rule_count);
        with = with.min(w);
        prep_with = prep_with.min(p);
        touched = n;
    }
    // compiling the rules, once per refresh
    let compile = Instant::now();
    let set = RuleSet::new(rules(news, rule_count, &[1, 2, 3], 1));
    let compile_ms = compile.elapsed().as_secs_f64() * 1000.0;
    // the matching alone, over the same text the refresh has at hand
    let texts: Vec<(String, String, &NewArticle)> = parsed
        .iter()
        .flat_map(|f| f.articles.iter())
        .map(|a| {
            (
                html_to_text(a.summary.as_deref().unwrap_or("")),
                html_to_text(a.content.as_deref().unwrap_or("")),
                a,
            )
        })
        .collect();
    let started = Instant::now();
    let mut matched = 0;
    for (text, more_text, a) in &texts {
        let fields = ArticleFields {
            title: &a.title,
            text,
            more_text,
            author: a.author.as_deref().unwrap_or(""),
            link: a.url.as_deref().unwrap_or(""),
            feed: "Feed",
        };
        let place = Place {
            feed_id: 1,
            folder_id: Some(1),
        };
        matched += usize::from(set.apply(&fields, place).rule_id.is_some());
    }
    println!(
        "{label}: compiling {rule_count} rules {compile_ms:.1} ms; matching alone {:.0} ms for {} articles ({matched} matched)",
        started.elapsed().as_secs_f64() * 1000.0,
        texts.len()
    );
    println!(
        "{label}, {articles} new articles: the writer {without:.0} ms without rules, {with:.0} ms \
         with {rule_count} ({touched} articles touched by a rule): rules add {:.0} ms to the \
         writer (goal ≤ 50 ms); preparing on the parsing threads {prep_without:.0} ms without, \
         {prep_with:.0} ms with rules",
        with - without
    );
}
