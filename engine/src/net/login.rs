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

/// How one feed is asked for: its sign-in (for its own origin only) and its User-Agent. The
/// offline pass asks with the sign-ins of every signed-in feed, each for its feed's origin.
#[derive(Clone, Debug, Default)]
pub struct Asking {
    logins: Vec<(Login, Origin)>,
    user_agent: Option<HeaderValue>,
}

impl Asking {
    /// For the feed at `feed_url`: `login` is given to that URL's scheme, host and port only;
    /// `user_agent` is as stored (`None` the app's own, [`AS_BROWSER`], or a text).
    pub fn new(feed_url: &str, login: Option<Login>, user_agent: Option<&str>) -> Asking {
        Asking {
            logins: login
                .and_then(|l| with_origin(feed_url, l))
                .into_iter()
                .collect(),
            user_agent: user_agent.and_then(user_agent_header),
        }
    }

    /// The sign-ins of several feeds, each given to its own feed's scheme, host and port only
    /// (the first one kept where two feeds share an origin): a feed's pages and images on its
    /// own site are behind the same sign-in as the feed.
    pub fn sign_ins(feeds: impl IntoIterator<Item = (String, Login)>) -> Asking {
        let mut logins: Vec<(Login, Origin)> = Vec::new();
        for (url, login) in feeds {
            if let Some((login, origin)) = with_origin(&url, login) {
                if !logins.iter().any(|(_, o)| *o == origin) {
                    logins.push((login, origin));
                }
            }
        }
        Asking {
            logins,
            user_agent: None,
        }
    }

    pub fn is_plain(&self) -> bool {
        self.logins.is_empty() && self.user_agent.is_none()
    }

    /// The sign-in to give `url`, when it is on a signed-in feed's own origin.
    pub fn login_for(&self, url: &Url) -> Option<&Login> {
        let origin = url.origin();
        self.logins
            .iter()
            .find(|(_, o)| *o == origin)
            .map(|(login, _)| login)
    }

    pub fn user_agent(&self) -> Option<&HeaderValue> {
        self.user_agent.as_ref()
    }
}

/// `login` with the origin of `feed_url` (none for an address without a host).
fn with_origin(feed_url: &str, login: Login) -> Option<(Login, Origin)> {
    let origin = Url::parse(feed_url.trim()).ok()?.origin();
    origin.is_tuple().then_some((login, origin))
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

    #[test]
    fn several_sign_ins_each_go_to_their_own_feeds_origin_only() {
        let login = |user: &str| Login {
            user: user.into(),
            password: "pw".into(),
        };
        let asking = Asking::sign_ins([
            (
                "https://members.example.org/feed.xml".to_string(),
                login("alice"),
            ),
            ("http://127.0.0.1:8080/rss".to_string(), login("bob")),
            (
                "https://members.example.org/other.xml".to_string(),
                login("carol"),
            ),
            ("not an address".to_string(), login("dan")),
        ]);
        let user_at = |u: &str| {
            asking
                .login_for(&Url::parse(u).unwrap())
                .map(|l| l.user.clone())
        };
        assert_eq!(
            user_at("https://members.example.org/story/1").as_deref(),
            Some("alice")
        );
        assert_eq!(
            user_at("http://127.0.0.1:8080/img.png").as_deref(),
            Some("bob")
        );
        for elsewhere in [
            "http://members.example.org/story/1",
            "https://cdn.example.org/img.png",
            "http://127.0.0.1:8081/img.png",
        ] {
            assert_eq!(user_at(elsewhere), None, "{elsewhere}");
        }
        assert!(!asking.is_plain());
        assert!(Asking::sign_ins([]).is_plain());
    }
}
