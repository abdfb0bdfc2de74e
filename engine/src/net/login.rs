//! How one feed is asked for when its server wants more than a plain GET: a user name and
//! password (HTTP basic, or digest when the server asks for it), given only in answer to the
//! server's challenge (a 401) and only to the feed's own scheme, host and port, never after a
//! redirect elsewhere; and a User-Agent of the person's choosing for servers that turn unknown
//! clients away. Where the password is kept is `crate::secrets`' business.

use base64::Engine;
use reqwest::header::HeaderValue;
use serde::{Deserialize, Serialize};
use url::{Origin, Url};

/// What "identify as a web browser" sends: a current desktop browser's User-Agent.
pub const BROWSER_USER_AGENT: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) \
     AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";

/// The stored value that means [`BROWSER_USER_AGENT`].
pub const AS_BROWSER: &str = "browser";

/// Longest User-Agent a person may set.
pub const MAX_USER_AGENT_CHARS: usize = 400;

/// A feed's user name and password. Never printed.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Login {
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Login { .. }")
    }
}

/// How one feed is asked for: its sign-in (for its own origin only) and its User-Agent.
#[derive(Clone, Debug, Default)]
pub struct Asking {
    login: Option<(Login, Origin)>,
    user_agent: Option<HeaderValue>,
}

impl Asking {
    /// For the feed at `feed_url`: `login` is given to that URL's scheme, host and port only;
    /// `user_agent` is as stored (`None` the app's own, [`AS_BROWSER`], or a text).
    pub fn new(feed_url: &str, login: Option<Login>, user_agent: Option<&str>) -> Asking {
        let origin = Url::parse(feed_url.trim()).ok().map(|u| u.origin());
        Asking {
            login: login.zip(origin).filter(|(_, origin)| origin.is_tuple()),
            user_agent: user_agent.and_then(user_agent_header),
        }
    }

    pub fn is_plain(&self) -> bool {
        self.login.is_none() && self.user_agent.is_none()
    }

    /// The sign-in to give `url`, when it is on the feed's own origin.
    pub fn login_for(&self, url: &Url) -> Option<&Login> {
        self.login
            .as_ref()
            .filter(|(_, origin)| *origin == url.origin())
            .map(|(login, _)| login)
    }

    pub fn user_agent(&self) -> Option<&HeaderValue> {
        self.user_agent.as_ref()
    }
}

/// The User-Agent header for a stored value; `None` for the app's own.
fn user_agent_header(stored: &str) -> Option<HeaderValue> {
    let value = match stored.trim() {
        "" => return None,
        AS_BROWSER => BROWSER_USER_AGENT,
        other => other,
    };
    HeaderValue::from_str(value).ok()
}

/// A User-Agent a person may set: printable, one line, not too long.
pub fn valid_user_agent(value: &str) -> bool {
    let value = value.trim();
    !value.is_empty()
        && value.chars().count() <= MAX_USER_AGENT_CHARS
        && value.chars().all(|c| !c.is_control())
        && HeaderValue::from_str(value).is_ok()
}

/// The `Authorization` answer to a 401's challenges for a GET of `url`: digest when the server
/// offers it, else basic when it offers that; `None` when it asks for another scheme (a token,
/// say) or its challenge cannot be read.
pub fn answer(challenges: &[&str], login: &Login, url: &Url) -> Option<HeaderValue> {
    let scheme_of = |c: &str| {
        c.split_whitespace()
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    if let Some(digest) = challenges.iter().find(|c| scheme_of(c) == "digest") {
        let mut prompt = digest_auth::parse(digest.trim()).ok()?;
        let uri = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        };
        let context = digest_auth::AuthContext::new(&login.user, &login.password, &uri);
        let header = prompt.respond(&context).ok()?.to_header_string();
        let mut value = HeaderValue::from_str(&header).ok()?;
        value.set_sensitive(true);
        return Some(value);
    }
    if challenges.iter().any(|c| scheme_of(c) == "basic") {
        let pair = format!("{}:{}", login.user, login.password);
        let encoded = base64::engine::general_purpose::STANDARD.encode(pair);
        let mut value = HeaderValue::from_str(&format!("Basic {encoded}")).ok()?;
        value.set_sensitive(true);
        return Some(value);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alice() -> Login {
        Login {
            user: "alice".into(),
            password: "wonder land".into(),
        }
    }

    #[test]
    fn the_login_goes_to_the_feeds_own_origin_only() {
        let asking = Asking::new(
            "https://news.example.org/members/feed.xml",
            Some(alice()),
            None,
        );
        let here = Url::parse("https://news.example.org/other/path?x=1").unwrap();
        assert!(asking.login_for(&here).is_some());
        for elsewhere in [
            "http://news.example.org/members/feed.xml",
            "https://news.example.org:8443/members/feed.xml",
            "https://cdn.example.org/members/feed.xml",
            "https://example.org/members/feed.xml",
        ] {
            let url = Url::parse(elsewhere).unwrap();
            assert!(asking.login_for(&url).is_none(), "{elsewhere}");
        }
        assert!(!format!("{asking:?}").contains("wonder"), "never printed");
    }

    #[test]
    fn basic_and_digest_answer_their_challenges() {
        let url = Url::parse("https://example.org/feed.xml?full=1").unwrap();
        let basic = answer(&["Basic realm=\"members\""], &alice(), &url).unwrap();
        assert_eq!(basic.to_str().unwrap(), "Basic YWxpY2U6d29uZGVyIGxhbmQ=");
        assert!(basic.is_sensitive());
        let digest = answer(
            &[
                "Basic realm=\"x\"",
                "Digest realm=\"members\", qop=\"auth\", nonce=\"abc123\", opaque=\"xyz\"",
            ],
            &alice(),
            &url,
        )
        .unwrap();
        let text = digest.to_str().unwrap();
        assert!(text.starts_with("Digest "), "digest is preferred: {text}");
        assert!(text.contains("username=\"alice\""), "{text}");
        assert!(text.contains("uri=\"/feed.xml?full=1\""), "{text}");
        assert!(!text.contains("wonder"), "{text}");
        assert!(answer(&["Bearer realm=\"api\""], &alice(), &url).is_none());
        assert!(answer(&["Digest"], &alice(), &url).is_none());
    }

    #[test]
    fn user_agents() {
        let browser = Asking::new("https://example.org/", None, Some(AS_BROWSER));
        assert_eq!(
            browser.user_agent().unwrap().to_str().unwrap(),
            BROWSER_USER_AGENT
        );
        assert!(Asking::new("https://example.org/", None, Some("")).is_plain());
        assert!(valid_user_agent("FeedFetcher/2.0 (+https://example.org)"));
        assert!(!valid_user_agent("two\nlines"));
        assert!(!valid_user_agent(""));
        assert!(!valid_user_agent(&"x".repeat(MAX_USER_AGENT_CHARS + 1)));
    }
}
