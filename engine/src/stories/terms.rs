//! The words of an article that say which story it reports: its lead's words (the first
//! [`LEAD_WORDS`], the part of a news report that names the event) and the names it uses
//! anywhere (capitalized words that do not start a sentence: people, places, teams).
//! Language-neutral: words and sentence ends follow the Unicode segmentation rules; a script
//! with no capital letters simply has no names, and its words carry the comparison alone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

/// How many words of the lead count (title first, unless the text starts with it).
pub const LEAD_WORDS: usize = 100;
/// A capitalized word in the lead weighs this much more than a common one.
const CAPITAL_WEIGHT: f32 = 2.0;

/// The words of one article, counted: `lead` (weighted) and `names`, each in alphabetical
/// order (which numbers them the same way every time: [`super::vectors`]).
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct Terms {
    pub lead: BTreeMap<String, f32>,
    pub names: BTreeMap<String, f32>,
}

impl Terms {
    /// The terms of an article with this title and plain text. The title is read as the lead's
    /// first sentence, unless the text already starts with it.
    pub fn of(title: &str, text: &str) -> Terms {
        let mut terms = Terms::default();
        let title = title.trim();
        let mut lead_left = LEAD_WORDS;
        if !title.is_empty() && !starts_with_words_of(text, title) {
            terms.read(title, &mut lead_left);
        }
        terms.read(text, &mut lead_left);
        terms
    }

    fn read(&mut self, text: &str, lead_left: &mut usize) {
        let mut sentence_start = true;
        for piece in text.split_word_bounds() {
            let Some(first) = piece.chars().next() else {
                continue;
            };
            if !piece.chars().any(char::is_alphanumeric) {
                if piece.contains(['.', '!', '?', '\n', '。', '؟', '۔', '।']) {
                    sentence_start = true;
                }
                continue;
            }
            let starts = std::mem::replace(&mut sentence_start, false);
            let word = piece.to_lowercase();
            if word.chars().count() < 2 || is_stop_word(&word) {
                continue;
            }
            let capital = first.is_uppercase();
            if *lead_left > 0 {
                *lead_left -= 1;
                let weight = if capital { CAPITAL_WEIGHT } else { 1.0 };
                *self.lead.entry(word.clone()).or_default() += weight;
            }
            if capital && !starts {
                *self.names.entry(word).or_default() += 1.0;
            }
        }
    }
}

/// Whether `text` begins with the words of `title` (ignoring spaces and punctuation between
/// them): feeds whose items have no title of their own repeat the first sentence as one.
fn starts_with_words_of(text: &str, title: &str) -> bool {
    let mut text_words = text.unicode_words();
    title
        .unicode_words()
        .all(|w| text_words.next().is_some_and(|t| t == w))
}

/// English function words: too common to tell stories apart (in other languages the
/// inverse document frequency does the same job, less sharply).
fn is_stop_word(word: &str) -> bool {
    const STOP: &[&str] = &[
        "a",
        "about",
        "according",
        "after",
        "again",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "down",
        "each",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "his",
        "how",
        "i",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "may",
        "might",
        "more",
        "most",
        "new",
        "no",
        "not",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "said",
        "same",
        "say",
        "says",
        "shall",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "told",
        "too",
        "two",
        "under",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "yes",
        "you",
        "your",
    ];
    STOP.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stop_words_are_sorted_so_the_search_finds_them() {
        for w in ["the", "according", "shall", "a", "your"] {
            assert!(is_stop_word(w), "{w}");
        }
        assert!(!is_stop_word("earthquake"));
    }

    #[test]
    fn names_are_capitalized_words_inside_a_sentence() {
        let t = Terms::of(
            "",
            "Rescuers reached Qeshm on Sunday. Officials in Tehran said so.",
        );
        let mut names: Vec<_> = t.names.keys().cloned().collect();
        names.sort();
        // "Rescuers" and "Officials" start sentences: not names
        assert_eq!(names, ["qeshm", "sunday", "tehran"]);
        assert_eq!(t.lead.get("qeshm"), Some(&2.0));
        assert_eq!(t.lead.get("reached"), Some(&1.0));
        assert!(!t.lead.contains_key("the") && !t.lead.contains_key("on"));
    }

    #[test]
    fn a_title_repeated_as_the_first_sentence_counts_once() {
        let text = "Quake hits Qeshm island. Five people were hurt.";
        let repeated = Terms::of("Quake hits Qeshm island", text);
        assert_eq!(repeated, Terms::of("", text));
        let own = Terms::of("Iran earthquake", text);
        assert_eq!(own.lead.get("earthquake"), Some(&1.0));
        assert_eq!(own.lead.get("quake"), repeated.lead.get("quake"));
    }

    #[test]
    fn only_the_lead_counts_for_words_but_names_come_from_everywhere() {
        let mut text = "filler ".repeat(LEAD_WORDS);
        text.push_str("and then Kabul.");
        let t = Terms::of("", &text);
        assert!(!t.lead.contains_key("kabul"));
        assert_eq!(t.names.get("kabul"), Some(&1.0));
        assert_eq!(t.lead.get("filler"), Some(&(LEAD_WORDS as f32)));
    }

    #[test]
    fn scripts_without_capitals_have_words_and_no_names() {
        let t = Terms::of("", "زلزله در جزیره قشم پنج نفر را زخمی کرد.");
        assert!(t.names.is_empty());
        assert!(t.lead.contains_key("قشم") && t.lead.contains_key("زلزله"));
    }
}
