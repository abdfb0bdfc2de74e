//! What a refresh works out about each parsed item before the single writer sees it: its
//! plain text (for the search index and the excerpt) and what the rules do to it. A refresh
//! does this on the parsing threads, in parallel, so the writer only writes; a lone
//! `Store::apply_feed` does it on the spot.

use crate::feeds::parse::ParsedFeed;
use crate::feeds::rules::{ArticleFields, Outcome, Place, RuleSet};
use crate::text::html_to_text;

/// One item, prepared.
#[derive(Debug, Clone, Default)]
pub struct PreparedArticle {
    pub summary_text: String,
    pub content_text: String,
    /// What the rules do to it if it is new (nothing when no rule matches).
    pub outcome: Outcome,
}

/// Where a feed is and what it is called, for rules limited to a folder or reading its name.
#[derive(Debug, Clone)]
pub struct FeedPlace {
    pub place: Place,
    pub title: String,
}

/// Every item of `parsed`, in order.
pub fn prepare(
    parsed: &ParsedFeed,
    rules: &RuleSet,
    feed: Option<&FeedPlace>,
) -> Vec<PreparedArticle> {
    parsed
        .articles
        .iter()
        .map(|a| {
            let summary_text = a.summary.as_deref().map(html_to_text).unwrap_or_default();
            let content_text = a.content.as_deref().map(html_to_text).unwrap_or_default();
            let outcome = match feed {
                Some(feed) if !rules.is_empty() => {
                    let fields = ArticleFields {
                        title: &a.title,
                        text: &summary_text,
                        more_text: &content_text,
                        author: a.author.as_deref().unwrap_or(""),
                        link: a.url.as_deref().unwrap_or(""),
                        feed: &feed.title,
                    };
                    rules.apply(&fields, feed.place)
                }
                _ => Outcome::default(),
            };
            PreparedArticle {
                summary_text,
                content_text,
                outcome,
            }
        })
        .collect()
}
