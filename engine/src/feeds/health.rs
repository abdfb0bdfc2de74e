//! Feed health: each subscription judged from its facts (`store/health.rs`) as failing now,
//! gone (HTTP 410: no longer fetched), dead (nothing new in six months), slow, moved, or
//! fine; its last error said as a person reads it, and what to do about it, both as catalog
//! messages (`locales/<language>/engine.ftl`), put in words where they are shown. The list
//! comes sorted by trouble, worst first.

use serde::Serialize;

use crate::l10n::Message;
use crate::model::Timestamp;

/// No new article for this long: dead.
pub const DEAD_AFTER_SECS: i64 = 182 * 24 * 3600;
/// Answers slower than this on average: slow.
pub const SLOW_MS: i64 = 5_000;
/// A move is news for this long after it happened.
pub const MOVED_NEWS_SECS: i64 = 30 * 24 * 3600;

/// A feed's state, worst first (the list's order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Failing,
    Gone,
    Dead,
    Slow,
    Moved,
    Fine,
}

impl State {
    pub fn label(self) -> &'static str {
        match self {
            State::Failing => "failing",
            State::Gone => "gone",
            State::Dead => "dead",
            State::Slow => "slow",
            State::Moved => "moved",
            State::Fine => "fine",
        }
    }
}

/// One subscription's health, as the health view and `feeds --health` show it.
#[derive(Debug, Clone, Serialize)]
pub struct FeedHealth {
    #[serde(flatten)]
    pub facts: FeedFacts,
    pub state: State,
    /// What is wrong, as a person reads it ("the server says the feed is gone (HTTP 410)").
    pub headline: Message,
    /// What to do about it, when there is something.
    pub advice: Option<Message>,
    /// Since when the state holds, when known.
    pub since: Option<Timestamp>,
    /// Articles a week, over the last four weeks.
    pub per_week: f64,
}

/// What the store knows about one subscription's health.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FeedFacts {
    pub feed_id: i64,
    pub title: String,
    pub url: String,
    pub site_url: Option<String>,
    pub last_fetched_at: Option<Timestamp>,
    pub last_success_at: Option<Timestamp>,
    pub last_new_at: Option<Timestamp>,
    pub consecutive_failures: i64,
    pub failing_since: Option<Timestamp>,
    /// As stored ([`stored_problem`] reads it); English in `--json`.
    #[serde(serialize_with = "english_problem")]
    pub last_error: Option<String>,
    pub gone_at: Option<Timestamp>,
    pub moved_from: Option<String>,
    pub moved_at: Option<Timestamp>,
    pub response_ms: Option<i64>,
    pub last_bytes: Option<i64>,
    /// Articles published in the four weeks before `now`.
    pub articles_4_weeks: i64,
    pub created_at: Timestamp,
}

/// One feed's state from its facts at `now`.
pub fn judge(facts: FeedFacts, now: Timestamp) -> FeedHealth {
    let per_week = facts.articles_4_weeks as f64 / 4.0;
    let (state, headline, advice, since) = if let Some(gone) = facts.gone_at {
        (
            State::Gone,
            Message::new("state-gone"),
            Some(Message::new("advice-gone")),
            Some(gone),
        )
    } else if facts.consecutive_failures > 0 {
        let problem = stored_problem(facts.last_error.as_deref().unwrap_or(""));
        let advice = Message::new(advise(problem.id));
        (State::Failing, problem, Some(advice), facts.failing_since)
    } else if let Some(quiet_since) = dead_since(&facts, now) {
        (
            State::Dead,
            Message::new("state-dead"),
            Some(Message::new("advice-dead")),
            Some(quiet_since),
        )
    } else if facts.response_ms.is_some_and(|ms| ms > SLOW_MS) {
        let ms = facts.response_ms.unwrap_or(0);
        (
            State::Slow,
            Message::new("state-slow")
                .with("seconds", crate::l10n::Arg::OneDecimal(ms as f64 / 1000.0)),
            Some(Message::new("advice-slow")),
            None,
        )
    } else if let (Some(from), Some(at)) = (&facts.moved_from, facts.moved_at) {
        if now - at <= MOVED_NEWS_SECS {
            (
                State::Moved,
                Message::new("state-moved")
                    .with("from", from)
                    .with("url", &facts.url),
                Some(Message::new("advice-moved")),
                Some(at),
            )
        } else {
            fine()
        }
    } else {
        fine()
    };
    FeedHealth {
        facts,
        state,
        headline,
        advice,
        since,
        per_week,
    }
}

fn fine() -> (State, Message, Option<Message>, Option<Timestamp>) {
    (State::Fine, Message::new("state-working"), None, None)
}

/// Since when a feed has brought nothing new, if that is over [`DEAD_AFTER_SECS`]: counted
/// from its last new article, or from when it was added if it never had one.
fn dead_since(f: &FeedFacts, now: Timestamp) -> Option<Timestamp> {
    // only a feed that is fetched successfully can be judged quiet
    f.last_success_at?;
    let quiet_since = f.last_new_at.unwrap_or(f.created_at);
    (now - quiet_since > DEAD_AFTER_SECS).then_some(quiet_since)
}

/// A stored fetch error as a person reads it. What comes after a known prefix (the operating
/// system's or the parser's own words) stays as it was stored.
pub fn explain(error: &str) -> Message {
    if error == crate::net::portal::PORTAL_MESSAGE {
        return Message::new("portal-sign-in");
    }
    let status = error
        .strip_prefix("HTTP ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse::<u16>().ok());
    if let Some(code) = status {
        return match code {
            410 => Message::new("fetch-gone"),
            404 => Message::new("fetch-not-found"),
            401 | 403 => Message::new("fetch-refused").with("code", code as i64),
            429 => Message::new("fetch-later"),
            500..=599 => Message::new("fetch-trouble").with("code", code as i64),
            _ => Message::new("fetch-http").with("code", code as i64),
        };
    }
    if error == crate::error::FetchError::NeedsLogin.to_string() {
        return Message::new("fetch-needs-login");
    }
    if error == crate::error::FetchError::LoginRefused.to_string() {
        return Message::new("fetch-login-refused");
    }
    if error.contains(crate::feeds::parse::NOT_A_FEED_BUT_A_PAGE) {
        return Message::new("fetch-not-a-feed");
    }
    if let Some(secs) = error
        .strip_prefix("timed out after ")
        .and_then(|r| r.strip_suffix(" s"))
        .and_then(|s| s.parse::<i64>().ok())
    {
        return Message::new("fetch-timeout").with("seconds", secs);
    }
    if let Some(why) = error.strip_prefix("could not connect: ") {
        return Message::new("fetch-unreachable").with("why", why);
    }
    if let Some(why) = error.strip_prefix("could not read the feed: ") {
        return Message::new("fetch-broken").with("why", why);
    }
    Message::new("fetch-other").with("error", error)
}

/// The ids a feed's failure is stored as ([`explain`]'s).
pub const FETCH_PROBLEMS: &[&str] = &[
    "fetch-gone",
    "fetch-not-found",
    "fetch-refused",
    "fetch-later",
    "fetch-trouble",
    "fetch-http",
    "fetch-not-a-feed",
    "fetch-timeout",
    "fetch-unreachable",
    "fetch-broken",
    "fetch-needs-login",
    "fetch-login-refused",
    "fetch-other",
    "portal-sign-in",
];

/// A feed's failure as it is stored: the message [`explain`] made of the fetch's error when it
/// failed ([`crate::l10n::Message::to_stored`]), said in the reader's language when shown. An
/// English error an older version stored is explained as it is read.
pub fn stored_problem(stored: &str) -> Message {
    if stored.starts_with('{') {
        let message = Message::from_stored(stored, &[FETCH_PROBLEMS], "as-stored");
        if message.id != "as-stored" {
            return message;
        }
    }
    explain(stored)
}

/// [`FeedFacts::last_error`] in `--json`: the stored failure in English (the catalogs' source
/// language), as an error text is everywhere in `--json`.
fn english_problem<S: serde::Serializer>(
    stored: &Option<String>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match stored {
        Some(stored) => serializer.serialize_some(&stored_problem(stored).to_string()),
        None => serializer.serialize_none(),
    }
}

/// What to do about a feed's failure ([`explain`]'s message id): the advice's id.
fn advise(problem: &str) -> &'static str {
    match problem {
        "fetch-not-found" | "fetch-gone" | "fetch-not-a-feed" => "advice-find",
        "fetch-trouble" | "fetch-timeout" | "fetch-unreachable" | "fetch-later" => "advice-wait",
        "fetch-needs-login" | "fetch-login-refused" => "advice-sign-in",
        _ => "advice-retry",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Timestamp = 1_800_000_000;
    const DAY: i64 = 24 * 3600;

    fn facts() -> FeedFacts {
        FeedFacts {
            feed_id: 1,
            title: "Feed".into(),
            url: "https://new.example/feed".into(),
            last_fetched_at: Some(NOW - 3600),
            last_success_at: Some(NOW - 3600),
            last_new_at: Some(NOW - DAY),
            created_at: NOW - 400 * DAY,
            articles_4_weeks: 14,
            ..Default::default()
        }
    }

    #[test]
    fn a_failure_is_stored_as_its_message_and_an_older_english_one_is_still_read() {
        let stored = explain("HTTP 503 Service Unavailable").to_stored();
        assert!(stored.starts_with(r#"{"id":"fetch-trouble""#), "{stored}");
        let problem = stored_problem(&stored);
        assert_eq!(
            problem.to_string(),
            "the server is having trouble (HTTP 503)"
        );
        let russian = crate::l10n::Localizer::new("ru", &[crate::l10n::Part::Engine]);
        assert!(
            russian.message(&problem).contains("HTTP 503"),
            "{}",
            russian.message(&problem)
        );
        assert_ne!(russian.message(&problem), problem.to_string());
        // what a version before messages stored
        assert_eq!(stored_problem("HTTP 503 Service Unavailable"), problem);
        assert_eq!(stored_problem("timed out after 20 s").id, "fetch-timeout");
        // a JSON the catalogs do not know is an error text like any other
        assert_eq!(stored_problem(r#"{"id":"nope"}"#).id, "fetch-other");
    }

    #[test]
    fn each_state_from_its_facts() {
        let fine = judge(facts(), NOW);
        assert_eq!((fine.state, fine.per_week), (State::Fine, 3.5));

        let mut f = facts();
        f.consecutive_failures = 3;
        f.failing_since = Some(NOW - 2 * DAY);
        f.last_error = Some("HTTP 503 Service Unavailable".into());
        let h = judge(f, NOW);
        assert_eq!(h.state, State::Failing);
        assert_eq!(
            h.headline.to_string(),
            "the server is having trouble (HTTP 503)"
        );
        assert_eq!(h.since, Some(NOW - 2 * DAY));

        let mut f = facts();
        f.consecutive_failures = 1;
        f.last_error = Some("HTTP 410 Gone".into());
        f.gone_at = Some(NOW - DAY);
        let h = judge(f, NOW);
        assert_eq!(h.state, State::Gone);
        assert!(h
            .headline
            .to_string()
            .starts_with("the server says the feed is gone (HTTP 410)"));

        let mut f = facts();
        f.last_new_at = Some(NOW - 200 * DAY);
        assert_eq!(judge(f, NOW).state, State::Dead);
        let mut never = facts();
        never.last_new_at = None;
        assert_eq!(judge(never, NOW).state, State::Dead, "nothing in 400 days");

        let mut f = facts();
        f.response_ms = Some(7_200);
        let h = judge(f, NOW);
        assert_eq!(
            (h.state, h.headline.to_string().as_str()),
            (State::Slow, "slow: answers in 7.2 s on average")
        );

        let mut f = facts();
        f.moved_from = Some("http://old.example/rss".into());
        f.moved_at = Some(NOW - DAY);
        let h = judge(f, NOW);
        assert_eq!(h.state, State::Moved);
        assert_eq!(
            h.headline.to_string(),
            "the address http://old.example/rss now redirects to https://new.example/feed: updated"
        );
        let mut f = facts();
        f.moved_from = Some("http://old.example/rss".into());
        f.moved_at = Some(NOW - 60 * DAY);
        assert_eq!(judge(f, NOW).state, State::Fine, "old news");
    }

    #[test]
    fn errors_are_said_as_people_read_them() {
        let explain = |e: &str| explain(e).to_string();
        assert_eq!(
            explain("could not read the feed: the address returns a web page, not a feed"),
            "not a feed any more: it returns a web page"
        );
        assert_eq!(
            explain("HTTP 404 Not Found"),
            "the server says there is no feed at this address (HTTP 404)"
        );
        assert_eq!(
            explain("timed out after 30 s"),
            "the server did not answer within 30 s"
        );
        assert_eq!(
            explain("could not connect: connection refused"),
            "the server could not be reached (connection refused)"
        );
        assert_eq!(
            explain("HTTP 429: server asks to wait 60 s"),
            "the server asks Broadsheet to come back later (HTTP 429)"
        );
    }
}
