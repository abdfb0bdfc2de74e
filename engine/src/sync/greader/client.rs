//! The Google Reader API over HTTP: sign-in, token, subscriptions, item id lists, item
//! contents, tag edits. Only the subset FreshRSS and Miniflux both implement, with their
//! quirks: `output=json` everywhere, `T` on every POST (Miniflux checks POSTs by it), item ids
//! sent in the long form and read in both, `user/<number>/` read as `user/-/`, missing
//! endpoints answering `[]`, continuations passed back as given (a time or an offset).
//! Every body is read up to a limit; nothing here touches the store.

use std::time::Duration;

use serde_json::Value;

use super::super::SyncError;
use crate::store::RemoteFeed;

/// Longest a list answer may be (subscriptions, id lists, tag edits).
pub const MAX_LIST_BYTES: u64 = 8 * 1024 * 1024;
/// Longest a contents answer may be (one batch of items).
pub const MAX_CONTENTS_BYTES: u64 = 32 * 1024 * 1024;
/// Ids asked for per page of an id list (a server with a lower cap pages at its cap; 100,000
/// ids are about 2.7 MB of JSON).
pub const IDS_PER_PAGE: usize = 100_000;
/// Most ids one list may have before sync stops (a server that never ends its list).
pub const MAX_IDS: usize = 2_000_000;

pub const READING_LIST: &str = "user/-/state/com.google/reading-list";
pub const READ: &str = "user/-/state/com.google/read";
pub const STARRED: &str = "user/-/state/com.google/starred";
const LONG_ID_PREFIX: &str = "tag:google.com,2005:reader/item/";

/// One item as the server sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: i64,
    /// The feed's stream id ("feed/12").
    pub stream: String,
    pub feed_title: String,
    pub site_url: Option<String>,
    pub title: String,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published: Option<i64>,
    pub updated: Option<i64>,
    /// Crawl time, seconds.
    pub crawled: Option<i64>,
    pub html: Option<String>,
    pub read: bool,
    pub starred: bool,
}

/// An HTTP client for one server, signed in or not. A clone shares the connection pool.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    /// The API base, no trailing slash ("http://host/api/greader.php").
    base: String,
    auth: Option<String>,
    token: Option<String>,
    /// Requests made so far (the benchmarks count them).
    pub requests: usize,
}

/// The item id in the long form servers accept everywhere.
pub fn long_id(id: i64) -> String {
    format!("{LONG_ID_PREFIX}{:016x}", id as u64)
}

/// An item id in any form: long (`tag:...item/<16 hex>`), bare hex of 16 digits, or decimal
/// (possibly negative, Google's short form).
pub fn parse_item_id(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Some(hex) = s.strip_prefix(LONG_ID_PREFIX) {
        return u64::from_str_radix(hex, 16).ok().map(|v| v as i64);
    }
    if let Ok(v) = s.parse::<i64>() {
        return Some(v);
    }
    s.parse::<u64>().ok().map(|v| v as i64)
}

/// `user/1/label/x` (Miniflux's numeric user) as `user/-/label/x`.
pub fn normalize_stream(s: &str) -> String {
    if let Some(rest) = s.strip_prefix("user/") {
        if let Some((user, tail)) = rest.split_once('/') {
            if user != "-" && user.chars().all(|c| c.is_ascii_digit()) {
                return format!("user/-/{tail}");
            }
        }
    }
    s.to_string()
}

fn label_of(category: &str) -> Option<String> {
    normalize_stream(category)
        .strip_prefix("user/-/label/")
        .map(str::to_string)
}

fn transport_error(e: &reqwest::Error) -> SyncError {
    // the chain, outermost first; the innermost cause is what a person can act on
    let mut chain = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    let all = chain.join(": ").to_lowercase();
    let innermost = chain.last().cloned().unwrap_or_default();
    // "Connection refused (os error 111)" → "connection refused"
    let innermost = match innermost.find(" (os error") {
        Some(i) => innermost[..i].to_string(),
        None => innermost,
    };
    let innermost = {
        let mut c = innermost.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect())
            .unwrap_or_default()
    };
    if all.contains("certificate") || all.contains("tls") || all.contains("ssl") {
        SyncError::Tls(innermost)
    } else if e.is_timeout() {
        SyncError::Network("timed out".into())
    } else {
        SyncError::Network(innermost)
    }
}

/// Follows up to 5 redirects on the server's own host and port (http to https on the default
/// ports too) and none elsewhere: the sign-in's password and the account's token never leave
/// the server a person named. A redirect not followed is answered as "no API here".
fn same_host_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_server = attempt
            .previous()
            .first()
            .is_some_and(|first| same_server(first, attempt.url()));
        if attempt.previous().len() > 5 {
            attempt.error("too many redirects")
        } else if same_server {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

fn same_server(from: &url::Url, to: &url::Url) -> bool {
    let upgrade = from.scheme() == "http"
        && to.scheme() == "https"
        && from.port().is_none()
        && to.port().is_none();
    from.host_str() == to.host_str()
        && (upgrade
            || (from.scheme() == to.scheme()
                && from.port_or_known_default() == to.port_or_known_default()))
}

impl Client {
    /// A client for the API at `base` (trailing slashes dropped).
    pub fn new(base: &str) -> Result<Client, SyncError> {
        let base = base.trim().trim_end_matches('/').to_string();
        let parsed = url::Url::parse(&base).map_err(|_| SyncError::NotGreader(base.clone()))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(SyncError::NotGreader(base));
        }
        let http = reqwest::Client::builder()
            .user_agent(crate::net::fetch::USER_AGENT)
            .connect_timeout(Duration::from_secs(15))
            .timeout(Duration::from_secs(120))
            .redirect(same_host_redirects())
            .build()
            .map_err(|e| SyncError::Network(e.to_string()))?;
        Ok(Client {
            http,
            base,
            auth: None,
            token: None,
            requests: 0,
        })
    }

    /// A client already signed in with a kept token.
    pub fn signed_in(base: &str, auth: String, token: Option<String>) -> Result<Client, SyncError> {
        let mut c = Client::new(base)?;
        c.auth = Some(auth);
        c.token = token;
        Ok(c)
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn auth(&self) -> Option<&str> {
        self.auth.as_deref()
    }

    /// The POST token as last fetched (kept with the secret to save a request per sync).
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// Takes back what a clone did: its requests, and a token it fetched again.
    pub fn absorb(&mut self, clone: Client) {
        self.requests += clone.requests;
        if clone.token.is_some() {
            self.token = clone.token;
        }
    }

    /// ClientLogin: signs in with the API password and keeps the `Auth` token it returns.
    pub async fn login(&mut self, user: &str, password: &str) -> Result<(), SyncError> {
        let url = format!("{}/accounts/ClientLogin", self.base);
        self.requests += 1;
        let response = self
            .http
            .post(&url)
            .form(&[("Email", user), ("Passwd", password)])
            .send()
            .await
            .map_err(|e| transport_error(&e))?;
        let status = response.status().as_u16();
        // an API's answer is a few lines; anything longer is a web page
        let body = match read_capped(response, 64 * 1024, "sign-in").await {
            Err(SyncError::TooLarge { .. }) => {
                return Err(SyncError::NotGreader(self.base.clone()))
            }
            other => other?,
        };
        let text = String::from_utf8_lossy(&body);
        // a web page refusing a stranger (its login form) is not the API refusing the password
        let web_page = text.trim_start().starts_with('<');
        match status {
            200 => {}
            401 | 403 if !web_page => return Err(SyncError::BadLogin),
            503 => return Err(SyncError::ApiDisabled),
            _ => return Err(SyncError::NotGreader(self.base.clone())),
        }
        let auth = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("Auth="))
            .map(str::trim)
            .filter(|a| !a.is_empty() && a.len() < 4096)
            .ok_or_else(|| SyncError::NotGreader(self.base.clone()))?;
        self.auth = Some(auth.to_string());
        self.token = None;
        Ok(())
    }

    fn authorization(&self) -> Result<String, SyncError> {
        Ok(format!(
            "GoogleLogin auth={}",
            self.auth.as_deref().ok_or(SyncError::NoSecret)?
        ))
    }

    async fn get(
        &mut self,
        path: &str,
        query: &[(&str, String)],
        what: &str,
    ) -> Result<Vec<u8>, SyncError> {
        let url = format!("{}/reader/api/0/{path}", self.base);
        self.requests += 1;
        let response = self
            .http
            .get(&url)
            .query(query)
            .header("Authorization", self.authorization()?)
            .send()
            .await
            .map_err(|e| transport_error(&e))?;
        check_status(response.status().as_u16(), what)?;
        read_capped(response, MAX_LIST_BYTES, what).await
    }

    /// Fetches the POST token (`T`).
    pub async fn fetch_token(&mut self) -> Result<String, SyncError> {
        let body = self.get("token", &[], "the token").await?;
        let token = String::from_utf8_lossy(&body).trim().to_string();
        if token.is_empty() || token.len() > 4096 || token.contains('<') {
            return Err(SyncError::Garbage("the token".into()));
        }
        self.token = Some(token.clone());
        Ok(token)
    }

    /// A POST with `T`: a kept token the server refuses is fetched again once.
    async fn post(
        &mut self,
        path: &str,
        form: &[(&str, String)],
        limit: u64,
        what: &str,
    ) -> Result<Vec<u8>, SyncError> {
        let mut fresh = false;
        let token = match self.token.clone() {
            Some(t) => t,
            None => {
                fresh = true;
                self.fetch_token().await?
            }
        };
        let mut token = token;
        loop {
            let url = format!("{}/reader/api/0/{path}", self.base);
            let mut body: Vec<(&str, String)> = form.to_vec();
            body.push(("T", token.clone()));
            self.requests += 1;
            let response = self
                .http
                .post(&url)
                .query(&[("output", "json")])
                .header("Authorization", self.authorization()?)
                .form(&body)
                .send()
                .await
                .map_err(|e| transport_error(&e))?;
            let status = response.status().as_u16();
            if status == 401 && !fresh {
                fresh = true;
                token = self.fetch_token().await?;
                continue;
            }
            check_status(status, what)?;
            return read_capped(response, limit, what).await;
        }
    }

    /// Checks the sign-in with the cheapest call there is.
    pub async fn check(&mut self) -> Result<(), SyncError> {
        self.fetch_token().await.map(|_| ())
    }

    /// Every subscription, with its first label as folder.
    pub async fn subscriptions(&mut self) -> Result<Vec<RemoteFeed>, SyncError> {
        let what = "the subscription list";
        let body = self
            .get("subscription/list", &[("output", "json".into())], what)
            .await?;
        let v = json(&body, what)?;
        // every server has this endpoint: anything but the list (even `[]`, a missing
        // endpoint's answer) would unsubscribe everything here, so it is refused
        let Some(list) = v.get("subscriptions").and_then(Value::as_array) else {
            return Err(SyncError::Garbage(what.into()));
        };
        let mut out = Vec::with_capacity(list.len());
        for s in list {
            let Some(stream) = s.get("id").and_then(Value::as_str) else {
                continue;
            };
            let url = s
                .get("url")
                .and_then(Value::as_str)
                .map(str::to_string)
                .or_else(|| {
                    stream
                        .strip_prefix("feed/")
                        .filter(|u| u.contains("://"))
                        .map(str::to_string)
                });
            let Some(url) = url else { continue };
            let folder = s
                .get("categories")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .find_map(|c| {
                    c.get("id")
                        .and_then(Value::as_str)
                        .and_then(label_of)
                        .or_else(|| c.get("label").and_then(Value::as_str).map(str::to_string))
                });
            out.push(RemoteFeed {
                stream: stream.to_string(),
                url,
                title: s
                    .get("title")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
                site_url: s
                    .get("htmlUrl")
                    .and_then(Value::as_str)
                    .filter(|u| u.starts_with("http"))
                    .map(str::to_string),
                folder,
            });
        }
        Ok(out)
    }

    /// The ids of a stream's items, newest first, all pages: `exclude` a state
    /// (`xt`), only items since `since` seconds (`ot`).
    pub async fn item_ids(
        &mut self,
        stream: &str,
        exclude: Option<&str>,
        since: Option<i64>,
    ) -> Result<Vec<i64>, SyncError> {
        let what = "an item id list";
        let mut out = Vec::new();
        let mut continuation: Option<String> = None;
        let mut seen_continuations = std::collections::HashSet::new();
        loop {
            let mut query = vec![
                ("s", stream.to_string()),
                ("n", IDS_PER_PAGE.to_string()),
                ("output", "json".to_string()),
            ];
            if let Some(x) = exclude {
                query.push(("xt", x.to_string()));
            }
            if let Some(t) = since {
                query.push(("ot", t.to_string()));
            }
            if let Some(c) = &continuation {
                query.push(("c", c.clone()));
            }
            let body = self.get("stream/items/ids", &query, what).await?;
            let v = json(&body, what)?;
            let refs = match v.get("itemRefs") {
                Some(Value::Array(a)) => a.as_slice(),
                Some(Value::Null) | None
                    if v.is_object() || v.as_array().is_some_and(|a| a.is_empty()) =>
                {
                    &[]
                }
                _ => return Err(SyncError::Garbage(what.into())),
            };
            let before = out.len();
            for r in refs {
                let id = match r.get("id") {
                    Some(Value::String(s)) => parse_item_id(s),
                    Some(Value::Number(n)) => n.as_i64().or_else(|| n.as_u64().map(|u| u as i64)),
                    _ => None,
                };
                if let Some(id) = id {
                    out.push(id);
                }
            }
            if out.len() > MAX_IDS {
                return Err(SyncError::TooManyItems(MAX_IDS));
            }
            continuation = match v.get("continuation") {
                Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => None,
            };
            match &continuation {
                // a page with nothing new, or a continuation given before: the list has ended
                Some(c) if out.len() > before && seen_continuations.insert(c.clone()) => {}
                _ => break,
            }
        }
        Ok(out)
    }

    /// The contents of these items (one POST; the caller batches).
    pub async fn contents(&mut self, ids: &[i64]) -> Result<Vec<Item>, SyncError> {
        let what = "item contents";
        let form: Vec<(&str, String)> = ids.iter().map(|&id| ("i", long_id(id))).collect();
        let body = self
            .post("stream/items/contents", &form, MAX_CONTENTS_BYTES, what)
            .await?;
        let v = json(&body, what)?;
        let list = match v.get("items") {
            Some(Value::Array(a)) => a.as_slice(),
            _ if v.as_array().is_some_and(|a| a.is_empty()) => &[],
            _ => return Err(SyncError::Garbage(what.into())),
        };
        Ok(list.iter().filter_map(item_of).collect())
    }

    /// Adds or removes a state (read, starred) on these items (one POST; the caller batches).
    pub async fn edit_tag(
        &mut self,
        ids: &[i64],
        add: Option<&str>,
        remove: Option<&str>,
    ) -> Result<(), SyncError> {
        let mut form: Vec<(&str, String)> = ids.iter().map(|&id| ("i", long_id(id))).collect();
        if let Some(a) = add {
            form.push(("a", a.to_string()));
        }
        if let Some(r) = remove {
            form.push(("r", r.to_string()));
        }
        self.post("edit-tag", &form, MAX_LIST_BYTES, "a state change")
            .await?;
        Ok(())
    }

    /// Subscribes to a feed address; returns the new stream id.
    pub async fn subscribe(&mut self, url: &str) -> Result<String, SyncError> {
        let what = "a subscription";
        let body = self
            .post(
                "subscription/quickadd",
                &[("quickadd", url.to_string())],
                MAX_LIST_BYTES,
                what,
            )
            .await?;
        let v = json(&body, what)?;
        match v.get("streamId").and_then(Value::as_str) {
            Some(s) if !s.is_empty() => Ok(s.to_string()),
            _ => Err(SyncError::Server {
                status: 200,
                what: format!("subscribing to {url} (the server found no feed there)"),
            }),
        }
    }

    /// `subscription/edit`: unsubscribe, rename, or move between labels.
    pub async fn edit_subscription(
        &mut self,
        stream: &str,
        action: &str,
        title: Option<&str>,
        add_label: Option<&str>,
        remove_label: Option<&str>,
    ) -> Result<(), SyncError> {
        let mut form = vec![("ac", action.to_string()), ("s", stream.to_string())];
        if let Some(t) = title {
            form.push(("t", t.to_string()));
        }
        if let Some(l) = add_label {
            form.push(("a", format!("user/-/label/{l}")));
        }
        if let Some(l) = remove_label {
            form.push(("r", format!("user/-/label/{l}")));
        }
        self.post(
            "subscription/edit",
            &form,
            MAX_LIST_BYTES,
            "a subscription change",
        )
        .await?;
        Ok(())
    }

    /// Marks everything in a stream read up to `before_usec` (crawl time, microseconds).
    pub async fn mark_all_as_read(
        &mut self,
        stream: &str,
        before_usec: i64,
    ) -> Result<(), SyncError> {
        self.post(
            "mark-all-as-read",
            &[("s", stream.to_string()), ("ts", before_usec.to_string())],
            MAX_LIST_BYTES,
            "mark all as read",
        )
        .await?;
        Ok(())
    }
}

fn check_status(status: u16, what: &str) -> Result<(), SyncError> {
    match status {
        200..=299 => Ok(()),
        401 | 403 => Err(SyncError::SignInAgain),
        503 => Err(SyncError::ApiDisabled),
        _ => Err(SyncError::Server {
            status,
            what: what.to_string(),
        }),
    }
}

async fn read_capped(
    mut response: reqwest::Response,
    limit: u64,
    what: &str,
) -> Result<Vec<u8>, SyncError> {
    if response.content_length().is_some_and(|n| n > limit) {
        return Err(SyncError::TooLarge {
            what: what.into(),
            limit_bytes: limit,
        });
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| transport_error(&e))? {
        if body.len() as u64 + chunk.len() as u64 > limit {
            return Err(SyncError::TooLarge {
                what: what.into(),
                limit_bytes: limit,
            });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn json(body: &[u8], what: &str) -> Result<Value, SyncError> {
    serde_json::from_slice(body).map_err(|_| SyncError::Garbage(what.into()))
}

fn number(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn first_href(v: Option<&Value>) -> Option<String> {
    v?.as_array()?
        .iter()
        .filter_map(|l| l.get("href").and_then(Value::as_str))
        .map(str::trim)
        .find(|h| h.starts_with("http://") || h.starts_with("https://"))
        .map(str::to_string)
}

fn item_of(v: &Value) -> Option<Item> {
    let id = parse_item_id(v.get("id")?.as_str()?)?;
    let origin = v.get("origin");
    let stream = origin
        .and_then(|o| o.get("streamId"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let categories: Vec<String> = v
        .get("categories")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(normalize_stream)
        .collect();
    let text = |k: &str| {
        v.get(k)
            .and_then(|c| c.get("content"))
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let crawled = number(v.get("crawlTimeMsec"))
        .map(|ms| ms / 1000)
        .or_else(|| number(v.get("timestampUsec")).map(|us| us / 1_000_000));
    Some(Item {
        id,
        stream,
        feed_title: origin
            .and_then(|o| o.get("title"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        site_url: origin
            .and_then(|o| o.get("htmlUrl"))
            .and_then(Value::as_str)
            .filter(|u| u.starts_with("http"))
            .map(str::to_string),
        title: v
            .get("title")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_string(),
        url: first_href(v.get("canonical")).or_else(|| first_href(v.get("alternate"))),
        author: v
            .get("author")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string),
        published: number(v.get("published")),
        updated: number(v.get("updated")),
        crawled,
        html: text("content").or_else(|| text("summary")),
        read: categories.iter().any(|c| c == READ),
        starred: categories.iter().any(|c| c == STARRED),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_ids_read_in_every_form() {
        assert_eq!(parse_item_id("1795913438821028"), Some(1795913438821028));
        assert_eq!(
            parse_item_id("tag:google.com,2005:reader/item/0006615fae917aa4"),
            Some(0x0006615fae917aa4)
        );
        assert_eq!(parse_item_id("-1"), Some(-1));
        assert_eq!(
            long_id(-1),
            "tag:google.com,2005:reader/item/ffffffffffffffff"
        );
        assert_eq!(parse_item_id(&long_id(-5)), Some(-5));
        assert_eq!(parse_item_id("nope"), None);
    }

    #[test]
    fn numeric_user_ids_are_read_as_the_current_user() {
        assert_eq!(normalize_stream("user/1/state/com.google/read"), READ);
        assert_eq!(normalize_stream("user/-/label/News"), "user/-/label/News");
        assert_eq!(label_of("user/42/label/World"), Some("World".into()));
        assert_eq!(normalize_stream("feed/3"), "feed/3");
    }
}
