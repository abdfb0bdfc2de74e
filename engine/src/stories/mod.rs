//! The same story from many sources: which articles report the same event. On the machine,
//! offline, with nothing sent anywhere.
//!
//! How: each article's lead words and names ([`terms`]) become TF-IDF vectors weighed against
//! the articles compared ([`vectors`]); pairs alike enough become a graph, and average
//! linkage ([`linkage`]) joins groups while their articles stay alike on average. Precision
//! comes first (a wrong join hides a story, a missed one only repeats it), so the threshold
//! was set where BCubed precision stays at or above 0.95 on the ECB+ development set
//! (BENCHMARKS.md). Two articles more than [`WINDOW_SECS`] apart never share a group unless
//! their texts are the same.

pub mod linkage;
pub mod terms;
pub mod vectors;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use terms::Terms;
use vectors::Vectors;

/// Groups join while the average similarity of their articles is at least this.
pub const THRESHOLD: f32 = 0.25;
/// Articles further apart in publication time than this are different stories (unless the
/// same text).
pub const WINDOW_SECS: i64 = 3 * 24 * 3600;
/// Pairs less alike than this are left out of the graph (counted as 0): it keeps the graph
/// small, and can only make joins rarer.
const FLOOR: f32 = 0.05;
/// A text must have this many words for "the same text" to join across the time window.
const SAME_TEXT_MIN_WORDS: usize = 20;

/// One article to group.
#[derive(Debug, Clone, Default)]
pub struct StoryInput {
    pub title: String,
    /// Plain text (not HTML).
    pub text: String,
    /// Publication time (Unix seconds), when known: the window applies only when both are.
    pub published: Option<i64>,
    /// The feed it came from, when known: articles of one source are not compared with each
    /// other (a source does not report its own story twice; its updates replace the item).
    pub source: Option<i64>,
}

/// The group of each article: the index of the group's first article (in the order given).
/// Articles that report nothing others do are alone: their own index.
pub fn group_stories(articles: &[StoryInput]) -> Vec<usize> {
    group_stories_apart(articles, |_, _| false)
}

/// [`group_stories`], with `apart(i, j)` naming pairs a person said are not the same story:
/// no group ever holds both.
pub fn group_stories_apart(
    articles: &[StoryInput],
    apart: impl Fn(usize, usize) -> bool,
) -> Vec<usize> {
    group_stories_with(articles, apart, |_, _| 1.0)
}

/// [`group_stories_apart`], with each pair's similarity multiplied by `likeness(i, j)` (at
/// most 1): the store makes articles of two feeds a person has split before need more in
/// common to join again.
pub fn group_stories_with(
    articles: &[StoryInput],
    apart: impl Fn(usize, usize) -> bool,
    likeness: impl Fn(usize, usize) -> f32,
) -> Vec<usize> {
    let words: Vec<StoryWords> = articles
        .iter()
        .map(|a| StoryWords::of(&a.title, &a.text))
        .collect();
    let compared: Vec<Compared> = articles
        .iter()
        .zip(&words)
        .map(|(a, words)| Compared {
            words,
            published: a.published,
            source: a.source,
        })
        .collect();
    group_compared(&compared, apart, likeness)
}

/// What grouping reads of an article's title and text, worked out once: its terms, and the
/// digest of its words when there are enough of them for "the same text" to join across the
/// window. The store keeps it for recent articles, so a refresh reads only its new texts.
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryWords {
    pub terms: Terms,
    /// SHA-256 of its words, lowercased and joined by single spaces (hex).
    pub same_text: Option<String>,
}

impl StoryWords {
    pub fn of(title: &str, text: &str) -> StoryWords {
        let words: Vec<&str> = text.split_whitespace().collect();
        let same_text = (words.len() >= SAME_TEXT_MIN_WORDS).then(|| {
            format!(
                "{:x}",
                Sha256::digest(words.join(" ").to_lowercase().as_bytes())
            )
        });
        StoryWords {
            terms: Terms::of(title, text),
            same_text,
        }
    }
}

/// One article to group, its words already read.
#[derive(Debug, Clone, Copy)]
pub struct Compared<'a> {
    pub words: &'a StoryWords,
    /// As [`StoryInput::published`].
    pub published: Option<i64>,
    /// As [`StoryInput::source`].
    pub source: Option<i64>,
}

/// [`group_stories_with`] over articles whose words were read before: the same groups.
pub fn group_compared(
    articles: &[Compared],
    apart: impl Fn(usize, usize) -> bool,
    likeness: impl Fn(usize, usize) -> f32,
) -> Vec<usize> {
    // articles with the same text are one unit: they join whatever their times
    let (units, unit_of) = same_text_units(articles);
    let first_of_unit: Vec<usize> = units.iter().map(|u| u[0]).collect();
    let terms: Vec<&Terms> = first_of_unit
        .iter()
        .map(|&i| &articles[i].words.terms)
        .collect();
    let vectors = Vectors::of(&terms);
    let time = |u: usize| units[u].iter().filter_map(|&i| articles[i].published).min();
    let may_pair = |a: usize, b: usize| {
        let (x, y) = (&articles[first_of_unit[a]], &articles[first_of_unit[b]]);
        let same_source = x.source.is_some() && x.source == y.source;
        let too_far =
            matches!((time(a), time(b)), (Some(s), Some(t)) if (s - t).abs() > WINDOW_SECS);
        !same_source && !too_far
    };
    let mut pairs = vectors.similar_pairs(FLOOR, may_pair);
    for (a, b, sim) in &mut pairs {
        *sim *= likeness(first_of_unit[*a], first_of_unit[*b]).clamp(0.0, 1.0);
    }
    let may_join = |a: &[usize], b: &[usize]| {
        let times = a.iter().chain(b).filter_map(|&u| time(u));
        let (min, max) = times.fold((i64::MAX, i64::MIN), |(lo, hi), t| (lo.min(t), hi.max(t)));
        let within = min > max || max - min <= WINDOW_SECS;
        let kept_apart = a.iter().any(|&u| {
            b.iter().any(|&v| {
                units[u]
                    .iter()
                    .any(|&i| units[v].iter().any(|&j| apart(i, j) || apart(j, i)))
            })
        });
        within && !kept_apart
    };
    let unit_group = linkage::average_linkage(units.len(), &pairs, THRESHOLD, may_join);
    // name each group by its first article
    let mut first: HashMap<usize, usize> = HashMap::new();
    for (i, &u) in unit_of.iter().enumerate() {
        first.entry(unit_group[u]).or_insert(i);
    }
    unit_of.iter().map(|&u| first[&unit_group[u]]).collect()
}

/// Articles with the same (long enough) text, as units: the units, each a list of article
/// indices in order, and the unit of each article.
fn same_text_units(articles: &[Compared]) -> (Vec<Vec<usize>>, Vec<usize>) {
    let mut units: Vec<Vec<usize>> = Vec::new();
    let mut by_text: HashMap<&str, usize> = HashMap::new();
    let mut unit_of = Vec::with_capacity(articles.len());
    for (i, a) in articles.iter().enumerate() {
        let key = a.words.same_text.as_deref();
        let unit = match key.and_then(|k| by_text.get(k).copied()) {
            Some(u) => u,
            None => {
                units.push(Vec::new());
                if let Some(k) = key {
                    by_text.insert(k, units.len() - 1);
                }
                units.len() - 1
            }
        };
        units[unit].push(i);
        unit_of.push(unit);
    }
    (units, unit_of)
}

#[cfg(test)]
mod tests;
