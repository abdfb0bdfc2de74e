//! What to announce after a refresh: one desktop notification per feed the person marked
//! "notify" that got new articles. The app shows them; this decides what they say (as catalog
//! messages: the app puts them in the reader's language).

use serde::Serialize;

use crate::error::Result;
use crate::l10n::Message;
use crate::model::{ArticleQuery, View};
use crate::Store;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Announcement {
    pub feed_id: i64,
    /// The feed's name, or the app's for a summary.
    pub title: String,
    pub body: Message,
}

/// Articles a rule announces one by one, at most; past that, one summary line.
const RULE_ANNOUNCEMENTS: usize = 3;

/// Announcements for `new_by_feed` (feed id, articles new in this refresh), then for
/// `by_rule` (new articles a rule asked to announce, in feeds that were not announced).
pub fn announcements(
    store: &Store,
    new_by_feed: &[(i64, u32)],
    by_rule: &[i64],
) -> Result<Vec<Announcement>> {
    let mut out = feed_announcements(store, new_by_feed)?;
    let announced: Vec<i64> = out.iter().map(|a| a.feed_id).collect();
    let mut picked = Vec::new();
    for &id in by_rule {
        let Ok(article) = store.article(id) else {
            continue;
        };
        if !announced.contains(&article.feed_id) {
            picked.push(article);
        }
    }
    for article in picked.iter().take(RULE_ANNOUNCEMENTS) {
        out.push(Announcement {
            feed_id: article.feed_id,
            title: article.feed_title.clone(),
            body: Message::new("notify-article").with("title", &article.title),
        });
    }
    if picked.len() > RULE_ANNOUNCEMENTS {
        let more = picked.len() - RULE_ANNOUNCEMENTS;
        out.push(Announcement {
            feed_id: 0,
            title: "Broadsheet".into(),
            body: Message::new("notify-more").with("count", more),
        });
    }
    Ok(out)
}

fn feed_announcements(store: &Store, new_by_feed: &[(i64, u32)]) -> Result<Vec<Announcement>> {
    let mut out = Vec::new();
    for &(feed_id, new) in new_by_feed {
        if new == 0 {
            continue;
        }
        let Ok(feed) = store.feed(feed_id) else {
            continue;
        };
        if !feed.notify {
            continue;
        }
        let newest = store.articles(&ArticleQuery {
            view: View::Feed(feed_id),
            unread_only: true,
            limit: new.min(3),
            ..Default::default()
        })?;
        let body = match (new, newest.first()) {
            (1, Some(a)) => Message::new("notify-article").with("title", &a.title),
            _ => {
                let titles: Vec<&str> = newest.iter().map(|a| a.title.as_str()).collect();
                Message::new("notify-new")
                    .with("count", new)
                    .with("titles", titles.join(" · "))
            }
        };
        out.push(Announcement {
            feed_id,
            title: feed.title,
            body,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feeds::parse::ParsedFeed;

    use crate::model::NewArticle;
    use crate::store::{FetchMeta, NewFeed};

    fn feed_with(store: &mut Store, url: &str, n: usize) -> i64 {
        let id = store
            .add_feed(&NewFeed {
                url: url.into(),
                title: Some(format!("Feed {url}")),
                ..Default::default()
            })
            .unwrap()
            .id();
        let parsed = ParsedFeed {
            title: format!("Feed {url}"),
            site_url: None,
            summary_only: false,
            articles: (0..n)
                .map(|i| NewArticle {
                    guid: format!("{i}"),
                    url: None,
                    title: format!("Story {i}"),
                    author: None,
                    published_at: 1_700_000_000 + i as i64,
                    published_from_feed: true,
                    updated_at: None,
                    summary: None,
                    content: None,
                    content_hash: format!("{i}"),
                    enclosures: Vec::new(),
                })
                .collect(),
        };
        store
            .apply_feed(id, &parsed, &FetchMeta::default(), 1, 60)
            .unwrap();
        id
    }

    #[test]
    fn only_feeds_marked_notify_with_new_articles_are_announced() {
        let (_d, mut store) = crate::store::test_store();
        let loud = feed_with(&mut store, "https://a.example/f", 5);
        let one = feed_with(&mut store, "https://b.example/f", 1);
        let quiet = feed_with(&mut store, "https://c.example/f", 5);
        store.set_feed_notify(loud, true).unwrap();
        store.set_feed_notify(one, true).unwrap();
        let got = announcements(&store, &[(loud, 5), (one, 1), (quiet, 5)], &[]).unwrap();
        let said: Vec<(i64, &str, String)> = got
            .iter()
            .map(|a| (a.feed_id, a.title.as_str(), a.body.to_string()))
            .collect();
        assert_eq!(
            said,
            [
                (
                    loud,
                    "Feed https://a.example/f",
                    "5 new articles: Story 4 · Story 3 · Story 2".to_string()
                ),
                (one, "Feed https://b.example/f", "Story 0".to_string()),
            ]
        );
        assert!(announcements(&store, &[(loud, 0)], &[]).unwrap().is_empty());
    }

    #[test]
    fn articles_a_rule_announces_are_announced_one_by_one_then_summed_up() {
        let (_d, mut store) = crate::store::test_store();
        let loud = feed_with(&mut store, "https://a.example/f", 2);
        let quiet = feed_with(&mut store, "https://q.example/f", 5);
        store.set_feed_notify(loud, true).unwrap();
        let ids: Vec<i64> = store
            .articles(&ArticleQuery {
                view: View::Feed(quiet),
                limit: 10,
                ..Default::default()
            })
            .unwrap()
            .iter()
            .map(|a| a.id)
            .collect();
        let of_loud = store
            .articles(&ArticleQuery {
                view: View::Feed(loud),
                limit: 1,
                ..Default::default()
            })
            .unwrap()[0]
            .id;
        // the loud feed is announced already: its article is not said twice
        let mut by_rule = ids.clone();
        by_rule.push(of_loud);
        let got = announcements(&store, &[(loud, 2)], &by_rule).unwrap();
        let bodies: Vec<String> = got.iter().map(|a| a.body.to_string()).collect();
        assert_eq!(
            bodies,
            [
                "2 new articles: Story 1 · Story 0",
                "Story 4",
                "Story 3",
                "Story 2",
                "2 more articles matched your rules"
            ]
        );
        assert_eq!(got[1].title, "Feed https://q.example/f");
    }
}
