//! Rules (filters): what a rule is, checking one before it is saved (a bad regular expression
//! is refused with where it goes wrong), and matching many rules against many articles fast:
//! each field is scanned once per article for every rule's words (Aho-Corasick) and once for
//! every rule's expressions (a `RegexSet`; the `regex` crate runs in linear time, so no
//! pattern can hang a refresh). Words match inside words ("sport" finds "sports"). Storing
//! rules and applying them to stored articles is `store/rules.rs`.

use aho_corasick::AhoCorasick;
use regex::{RegexSet, RegexSetBuilder};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::l10n::{Localizer, Message};

/// Longest pattern a rule may hold, in bytes.
pub const MAX_PATTERN_BYTES: usize = 4096;
/// Compiled size limit of a rule's expression (the `regex` crate's own limit is 10 MiB).
const REGEX_SIZE_LIMIT: usize = 2 * 1024 * 1024;
/// Text of one field looked at, at most: a rule reads an article's beginning, not a book.
pub const MAX_FIELD_BYTES: usize = 64 * 1024;

/// Which part of an article a rule reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    /// The article's text (summary and content, as plain text).
    Text,
    Author,
    Link,
    /// The feed's name.
    Feed,
}

impl Field {
    pub const ALL: [Field; 5] = [
        Field::Title,
        Field::Text,
        Field::Author,
        Field::Link,
        Field::Feed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Text => "text",
            Field::Author => "author",
            Field::Link => "link",
            Field::Feed => "feed",
        }
    }

    pub fn parse(s: &str) -> Result<Field> {
        Field::ALL
            .into_iter()
            .find(|f| f.name() == s.trim())
            .ok_or_else(|| {
                Error::InvalidRule(Message::new("rule-bad-field").with("value", s.trim()))
            })
    }
}

/// How a rule's pattern matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// Every word of the pattern appears.
    All,
    /// At least one word of the pattern appears.
    Any,
    /// The pattern is a regular expression.
    Regex,
}

impl MatchKind {
    pub fn name(self) -> &'static str {
        match self {
            MatchKind::All => "all",
            MatchKind::Any => "any",
            MatchKind::Regex => "regex",
        }
    }

    pub fn parse(s: &str) -> Result<MatchKind> {
        match s.trim() {
            "all" => Ok(MatchKind::All),
            "any" => Ok(MatchKind::Any),
            "regex" => Ok(MatchKind::Regex),
            other => Err(Error::InvalidRule(
                Message::new("rule-bad-match").with("value", other),
            )),
        }
    }
}

/// What a rule does to an article it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Read,
    /// Out of every view and count (read, too); search finds it on request.
    Hide,
    /// Bookmarked, and so kept whole offline.
    Bookmark,
    /// Announced as a notification, whether or not its feed announces.
    Notify,
    /// Its page is never fetched for the full article.
    NoFullText,
}

impl Action {
    pub const ALL: [Action; 5] = [
        Action::Read,
        Action::Hide,
        Action::Bookmark,
        Action::Notify,
        Action::NoFullText,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Action::Read => "read",
            Action::Hide => "hide",
            Action::Bookmark => "bookmark",
            Action::Notify => "notify",
            Action::NoFullText => "no_full_text",
        }
    }

    pub fn parse(s: &str) -> Result<Action> {
        let s = s.trim().replace('-', "_");
        Action::ALL
            .into_iter()
            .find(|a| a.name() == s)
            .ok_or_else(|| {
                Error::InvalidRule(Message::new("rule-bad-action").with("value", s.as_str()))
            })
    }
}

/// A rule as stored and as a person writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// 0 until stored.
    #[serde(default)]
    pub id: i64,
    pub enabled: bool,
    pub fields: Vec<Field>,
    pub match_kind: MatchKind,
    pub pattern: String,
    #[serde(default)]
    pub case_sensitive: bool,
    /// Only this feed's articles (else `folder_id`, else every feed).
    pub feed_id: Option<i64>,
    pub folder_id: Option<i64>,
    pub actions: Vec<Action>,
}

impl Rule {
    /// Refuses a rule that cannot work: no field, no action, an empty or too long pattern, or
    /// a regular expression that does not parse (said with the character where it fails).
    pub fn check(&self) -> Result<()> {
        if self.fields.is_empty() {
            return Err(Error::InvalidRule(Message::new("rule-no-fields")));
        }
        if self.actions.is_empty() {
            return Err(Error::InvalidRule(Message::new("rule-no-actions")));
        }
        if self.pattern.trim().is_empty() {
            return Err(Error::InvalidRule(Message::new("rule-no-pattern")));
        }
        if self.pattern.len() > MAX_PATTERN_BYTES {
            return Err(Error::InvalidRule(
                Message::new("rule-pattern-too-long").with("bytes", MAX_PATTERN_BYTES),
            ));
        }
        if self.match_kind == MatchKind::Regex {
            check_regex(&self.pattern)?;
            build_set(std::slice::from_ref(&self.pattern), self.case_sensitive)?;
        }
        Ok(())
    }

    /// "title, text has any of “sport football” → read, hide", in English: how the OPML
    /// export names the rule.
    pub fn describe(&self) -> String {
        crate::l10n::in_english(|english| self.describe_in(english))
    }

    /// How lists and the reader name the rule, in the language of `l` (its catalogs must
    /// include the engine's).
    pub fn describe_in(&self, l: &Localizer) -> String {
        let separator = l.text("rule-says-separator", &[]);
        let list = |id: &str, arg: &str, names: Vec<&str>| {
            let words: Vec<String> = names
                .into_iter()
                .map(|name| l.text(id, &[(arg, name.into())]))
                .collect();
            words.join(&separator)
        };
        let fields = list(
            "rule-says-field",
            "field",
            self.fields.iter().map(|f| f.name()).collect(),
        );
        let actions = list(
            "rule-says-action",
            "action",
            self.actions.iter().map(|a| a.name()).collect(),
        );
        l.text(
            "rule-says",
            &[
                ("fields", fields.into()),
                ("how", self.match_kind.name().into()),
                ("pattern", self.pattern.as_str().into()),
                ("actions", actions.into()),
            ],
        )
    }
}

/// Where a regular expression fails to parse, as a person reads it.
fn check_regex(pattern: &str) -> Result<()> {
    if let Err(e) = regex_syntax::ast::parse::Parser::new().parse(pattern) {
        let at = pattern[..e.span().start.offset.min(pattern.len())]
            .chars()
            .count()
            + 1;
        return Err(Error::InvalidRule(
            Message::new("rule-regex-at")
                .with("at", at)
                .with("why", e.kind().to_string()),
        ));
    }
    Ok(())
}

fn build_set(patterns: &[String], case_sensitive: bool) -> Result<RegexSet> {
    RegexSetBuilder::new(patterns)
        .case_insensitive(!case_sensitive)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(_) => {
                Error::InvalidRule(Message::new("rule-regex-too-big"))
            }
            other => Error::InvalidRule(
                Message::new("rule-regex-invalid").with("why", other.to_string()),
            ),
        })
}

/// The fields of one article, as rules read them.
#[derive(Debug, Clone, Copy, Default)]
pub struct ArticleFields<'a> {
    pub title: &'a str,
    pub text: &'a str,
    /// More of the text (the content after the summary), read as part of it.
    pub more_text: &'a str,
    pub author: &'a str,
    pub link: &'a str,
    pub feed: &'a str,
}

impl ArticleFields<'_> {
    fn get(&self, field: Field) -> &str {
        let s = match field {
            Field::Title => self.title,
            Field::Text => self.text,
            Field::Author => self.author,
            Field::Link => self.link,
            Field::Feed => self.feed,
        };
        cut(s, MAX_FIELD_BYTES)
    }
}

fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Where an article lives, for rules limited to a feed or folder.
#[derive(Debug, Clone, Copy, Default)]
pub struct Place {
    pub feed_id: i64,
    pub folder_id: Option<i64>,
}

/// What the matching rules do to one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The first matching rule, in order: the one the article names.
    pub rule_id: Option<i64>,
    pub read: bool,
    pub hide: bool,
    pub bookmark: bool,
    pub notify: bool,
    pub no_full_text: bool,
}

impl Outcome {
    /// Read: asked for, or hidden (a hidden article is read).
    pub fn marks_read(&self) -> bool {
        self.read || self.hide
    }

    /// Its page is not fetched: asked for, or hidden and not kept whole by a bookmark.
    pub fn skips_page(&self) -> bool {
        self.no_full_text || (self.hide && !self.bookmark)
    }

    /// Its images are not fetched: hidden and not kept whole by a bookmark.
    pub fn skips_images(&self) -> bool {
        self.hide && !self.bookmark
    }

    fn add(&mut self, rule: &Rule) {
        self.rule_id.get_or_insert(rule.id);
        for action in &rule.actions {
            match action {
                Action::Read => self.read = true,
                Action::Hide => self.hide = true,
                Action::Bookmark => self.bookmark = true,
                Action::Notify => self.notify = true,
                Action::NoFullText => self.no_full_text = true,
            }
        }
    }
}

/// How one field's patterns of one kind and case mode are found in a single pass.
#[derive(Debug)]
enum Matcher {
    /// Regular expressions: a `RegexSet` (linear time).
    Regex(RegexSet),
    /// Words: Aho-Corasick over every rule's words (and, when case does not matter, their
    /// lower, upper and capitalized forms beyond ASCII), several times faster than a
    /// case-insensitive `RegexSet` over long texts.
    Words(AhoCorasick),
}

/// One field's patterns, matched in one pass.
#[derive(Debug)]
struct Scan {
    field: Field,
    matcher: Matcher,
    /// For each pattern: (rule index, part index).
    owners: Vec<(usize, usize)>,
}

/// Patterns gathered for a [`Scan`].
struct Group {
    field: Field,
    case_sensitive: bool,
    words: bool,
    patterns: Vec<String>,
    owners: Vec<(usize, usize)>,
}

/// The forms of `word` to look for when case does not matter: ASCII letters are folded by
/// the automaton; beyond ASCII, the word as written, lower case, upper case and capitalized.
fn case_forms(word: &str) -> Vec<String> {
    if word.is_ascii() {
        return vec![word.to_string()];
    }
    let lower = word.to_lowercase();
    let mut capitalized = String::with_capacity(word.len());
    let mut chars = lower.chars();
    if let Some(first) = chars.next() {
        capitalized.extend(first.to_uppercase());
        capitalized.push_str(chars.as_str());
    }
    let mut forms = vec![word.to_string(), lower, word.to_uppercase(), capitalized];
    forms.sort();
    forms.dedup();
    forms
}

/// Enabled rules ready to match: per field, kind and case mode, one matcher holding every
/// pattern that reads it, so an article's field is scanned once or twice whatever the number
/// of rules.
#[derive(Debug, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
    scans: Vec<Scan>,
    /// How many parts each rule has (all of them must match, in any of its fields).
    parts: Vec<usize>,
}

impl RuleSet {
    /// Compiles the enabled ones of `rules` (in their order). A rule that does not compile is
    /// skipped, not fatal: rules are checked when saved.
    pub fn new(rules: Vec<Rule>) -> RuleSet {
        let mut kept = Vec::new();
        let mut parts = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        for rule in rules.into_iter().filter(|r| r.enabled) {
            // checked when saved; only an expression can fail to build here
            let usable = !rule.fields.is_empty()
                && !rule.actions.is_empty()
                && !rule.pattern.trim().is_empty()
                && (rule.match_kind != MatchKind::Regex
                    || (check_regex(&rule.pattern).is_ok()
                        && build_set(std::slice::from_ref(&rule.pattern), rule.case_sensitive)
                            .is_ok()));
            if !usable {
                continue;
            }
            let words = rule.match_kind != MatchKind::Regex;
            // each part: the patterns any one of which satisfies it
            let rule_parts: Vec<Vec<String>> = match rule.match_kind {
                MatchKind::All => rule
                    .pattern
                    .split_whitespace()
                    .map(|w| vec![w.to_string()])
                    .collect(),
                MatchKind::Any => vec![rule.pattern.split_whitespace().map(String::from).collect()],
                MatchKind::Regex => vec![vec![rule.pattern.clone()]],
            };
            let index = kept.len();
            for &field in &rule.fields {
                let at = match groups.iter().position(|g| {
                    g.field == field && g.case_sensitive == rule.case_sensitive && g.words == words
                }) {
                    Some(at) => at,
                    None => {
                        groups.push(Group {
                            field,
                            case_sensitive: rule.case_sensitive,
                            words,
                            patterns: Vec::new(),
                            owners: Vec::new(),
                        });
                        groups.len() - 1
                    }
                };
                let group = &mut groups[at];
                for (part, alternatives) in rule_parts.iter().enumerate() {
                    for p in alternatives {
                        let forms = if words && !rule.case_sensitive {
                            case_forms(p)
                        } else {
                            vec![p.clone()]
                        };
                        for form in forms {
                            group.patterns.push(form);
                            group.owners.push((index, part));
                        }
                    }
                }
            }
            parts.push(rule_parts.len());
            kept.push(rule);
        }
        let scans = groups
            .into_iter()
            .filter_map(|g| {
                let matcher = if g.words {
                    AhoCorasick::builder()
                        .ascii_case_insensitive(!g.case_sensitive)
                        .build(&g.patterns)
                        .ok()
                        .map(Matcher::Words)
                } else {
                    build_set(&g.patterns, g.case_sensitive)
                        .ok()
                        .map(Matcher::Regex)
                }?;
                Some(Scan {
                    field: g.field,
                    matcher,
                    owners: g.owners,
                })
            })
            .collect();
        RuleSet {
            rules: kept,
            scans,
            parts,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// True when some rule reads the article's text (callers can skip making it otherwise).
    pub fn reads_text(&self) -> bool {
        self.scans.iter().any(|s| s.field == Field::Text)
    }

    /// What the rules that apply at `place` and match `article` do to it.
    pub fn apply(&self, article: &ArticleFields, place: Place) -> Outcome {
        let mut outcome = Outcome::default();
        if self.rules.is_empty() {
            return outcome;
        }
        // for each rule, which of its parts matched in some field
        let mut found: Vec<u64> = vec![0; self.rules.len()];
        for scan in &self.scans {
            let more = if scan.field == Field::Text {
                cut(article.more_text, MAX_FIELD_BYTES)
            } else {
                ""
            };
            for text in [article.get(scan.field), more] {
                if text.is_empty() {
                    continue;
                }
                let mut mark = |m: usize| {
                    let (rule, part) = scan.owners[m];
                    found[rule] |= 1u64 << part.min(63);
                };
                match &scan.matcher {
                    Matcher::Regex(set) => set.matches(text).iter().for_each(mark),
                    Matcher::Words(ac) => {
                        for m in ac.find_overlapping_iter(text) {
                            mark(m.pattern().as_usize());
                        }
                    }
                }
            }
        }
        for (i, rule) in self.rules.iter().enumerate() {
            let all_parts = if self.parts[i] >= 64 {
                u64::MAX
            } else {
                (1u64 << self.parts[i]) - 1
            };
            let in_place = match (rule.feed_id, rule.folder_id) {
                (Some(feed), _) => feed == place.feed_id,
                (None, Some(folder)) => place.folder_id == Some(folder),
                (None, None) => true,
            };
            if in_place && found[i] & all_parts == all_parts {
                outcome.add(rule);
            }
        }
        outcome
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(id: i64, fields: &[Field], kind: MatchKind, pattern: &str, actions: &[Action]) -> Rule {
        Rule {
            id,
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

    fn article<'a>(title: &'a str, text: &'a str) -> ArticleFields<'a> {
        ArticleFields {
            title,
            text,
            more_text: "",
            author: "Jane Roe",
            link: "https://news.example/sport/1",
            feed: "Wire",
        }
    }

    const HERE: Place = Place {
        feed_id: 1,
        folder_id: Some(10),
    };

    #[test]
    fn all_any_and_regex_match_as_named_in_any_script_and_case() {
        let set = RuleSet::new(vec![
            rule(
                1,
                &[Field::Title],
                MatchKind::All,
                "election results",
                &[Action::Read],
            ),
            rule(
                2,
                &[Field::Text],
                MatchKind::Any,
                "football cricket",
                &[Action::Hide],
            ),
            rule(
                3,
                &[Field::Title],
                MatchKind::Regex,
                r"^sponsored\b",
                &[Action::Hide],
            ),
            rule(
                4,
                &[Field::Title, Field::Text],
                MatchKind::Any,
                "طالبان",
                &[Action::Bookmark],
            ),
            rule(
                5,
                &[Field::Author],
                MatchKind::All,
                "ROE",
                &[Action::Notify],
            ),
            rule(
                6,
                &[Field::Link],
                MatchKind::Regex,
                "/sport/",
                &[Action::NoFullText],
            ),
            rule(7, &[Field::Feed], MatchKind::Any, "other", &[Action::Read]),
        ]);
        let o = set.apply(&article("Election: the RESULTS are in", ""), HERE);
        assert_eq!(o.rule_id, Some(1));
        assert!(o.read && o.notify && o.no_full_text && !o.hide && !o.bookmark);
        // one word of two is not all
        let o = set.apply(&article("Election day", "cricket scores"), HERE);
        assert_eq!(o.rule_id, Some(2));
        assert!(o.hide && !o.read);
        let o = set.apply(&article("Sponsored: buy now", ""), HERE);
        assert!(o.hide);
        let o = set.apply(&article("Not sponsored", ""), HERE);
        assert!(!o.hide);
        let o = set.apply(&article("خبر", "گزارش درباره طالبان امروز"), HERE);
        assert!(o.bookmark);
        let o = set.apply(&article("Ünïcode ÉLECTION", "résults"), HERE);
        assert!(!o.read, "both words must be in the title");
        let set = RuleSet::new(vec![rule(
            1,
            &[Field::Title],
            MatchKind::Any,
            "élection",
            &[Action::Read],
        )]);
        assert!(
            set.apply(&article("ÉLECTION", ""), HERE).read,
            "case folds in any script"
        );
    }

    #[test]
    fn case_sensitive_rules_mind_case() {
        let mut r = rule(1, &[Field::Title], MatchKind::Any, "AI", &[Action::Read]);
        r.case_sensitive = true;
        let set = RuleSet::new(vec![r]);
        assert!(set.apply(&article("New AI model", ""), HERE).read);
        assert!(!set.apply(&article("Said in passing", ""), HERE).read);
    }

    #[test]
    fn scope_order_and_disabled_rules() {
        let mut in_feed = rule(1, &[Field::Title], MatchKind::Any, "x", &[Action::Read]);
        in_feed.feed_id = Some(2);
        let mut in_folder = rule(2, &[Field::Title], MatchKind::Any, "x", &[Action::Hide]);
        in_folder.folder_id = Some(10);
        let mut off = rule(3, &[Field::Title], MatchKind::Any, "x", &[Action::Bookmark]);
        off.enabled = false;
        let everywhere = rule(4, &[Field::Title], MatchKind::Any, "x", &[Action::Notify]);
        let set = RuleSet::new(vec![
            in_feed.clone(),
            in_folder.clone(),
            off,
            everywhere.clone(),
        ]);
        let o = set.apply(&article("x", ""), HERE);
        assert_eq!(
            o.rule_id,
            Some(2),
            "the first rule that applies here names it"
        );
        assert!(o.hide && o.notify && !o.read && !o.bookmark);
        let elsewhere = Place {
            feed_id: 2,
            folder_id: None,
        };
        let o = set.apply(&article("x", ""), elsewhere);
        assert_eq!(o.rule_id, Some(1));
        assert!(o.read && o.notify && !o.hide);
        // order decides which rule an article names
        let set = RuleSet::new(vec![everywhere, in_folder]);
        assert_eq!(set.apply(&article("x", ""), HERE).rule_id, Some(4));
    }

    #[test]
    fn bad_rules_are_refused_with_the_reason() {
        let r = rule(
            0,
            &[Field::Title],
            MatchKind::Regex,
            "sport|(foot",
            &[Action::Read],
        );
        let err = r.check().unwrap_err().to_string();
        assert!(err.contains("not valid at character 7"), "{err}");
        let r = rule(
            0,
            &[Field::Title],
            MatchKind::Regex,
            "caf(é",
            &[Action::Read],
        );
        let err = r.check().unwrap_err().to_string();
        assert!(err.contains("at character 4"), "{err}");
        let r = rule(
            0,
            &[Field::Title],
            MatchKind::Regex,
            "a{1000}{1000}",
            &[Action::Read],
        );
        assert!(r.check().unwrap_err().to_string().contains("too big"));
        assert!(rule(0, &[], MatchKind::Any, "x", &[Action::Read])
            .check()
            .is_err());
        assert!(rule(0, &[Field::Title], MatchKind::Any, "x", &[])
            .check()
            .is_err());
        assert!(
            rule(0, &[Field::Title], MatchKind::Any, "  ", &[Action::Read])
                .check()
                .is_err()
        );
        // words are words, not expressions
        let r = rule(
            0,
            &[Field::Title],
            MatchKind::Any,
            "c++ (beta",
            &[Action::Read],
        );
        r.check().unwrap();
        assert!(
            RuleSet::new(vec![r])
                .apply(&article("Learning C++ today", ""), HERE)
                .read
        );
        assert_eq!(Action::parse("no-full-text").unwrap(), Action::NoFullText);
        assert!(Field::parse("body").is_err());
    }

    #[test]
    fn a_hostile_pattern_on_a_huge_field_ends() {
        // catastrophic for a backtracking engine; linear here, on a field capped at 64 KiB
        let r = rule(
            1,
            &[Field::Text],
            MatchKind::Regex,
            "(a+)+b",
            &[Action::Read],
        );
        let set = RuleSet::new(vec![r]);
        let text = "a".repeat(1_000_000) + "b";
        assert!(
            !set.apply(&article("", &text), HERE).read,
            "the b lies past the cap"
        );
        assert!(set.apply(&article("", "aaab"), HERE).read);
    }
}
