//! HTTP for feeds and pages: conditional GET, gzip/deflate/brotli, connect and total timeouts,
//! a cap on the decoded body, at most N redirects (noting whether they were all permanent),
//! Retry-After on 429/503, and a User-Agent naming the app (or the feed's own, and its
//! sign-in given to its server's challenge: [`super::login`]).

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::StatusCode;
use url::Url;

use super::login::{answer, Asking};
use crate::error::FetchError;

pub const USER_AGENT: &str = concat!(
    "Broadsheet/",
    env!("CARGO_PKG_VERSION"),
    " (desktop news reader)"
);

const ACCEPT_FEEDS: &str = "application/rss+xml, application/atom+xml, application/feed+json, \
     application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

/// When a 429 carries no Retry-After, wait this long before asking again.
const DEFAULT_RETRY_AFTER_SECS: u64 = 3600;

#[derive(Debug, Clone)]
pub struct FetchConfig {
    pub connect_timeout: Duration,
    /// For the whole fetch: every redirect hop and the body.
    pub total_timeout: Duration,
    /// Cap on the decoded body.
    pub max_body_bytes: u64,
    pub max_redirects: usize,
    /// The Accept header: feeds, pages or images.
    pub accept: &'static str,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            connect_timeout: Duration::from_secs(20),
            total_timeout: Duration::from_secs(20),
            max_body_bytes: 10 * 1024 * 1024,
            max_redirects: 5,
            accept: ACCEPT_FEEDS,
        }
    }
}

/// Largest article page read for full text.
pub const MAX_PAGE_BYTES: u64 = 5 * 1024 * 1024;
/// Largest image stored for offline reading.
pub const MAX_IMAGE_BYTES: u64 = 8 * 1024 * 1024;

impl FetchConfig {
    /// For an article's page (full text).
    pub fn page(&self) -> FetchConfig {
        FetchConfig {
            max_body_bytes: MAX_PAGE_BYTES,
            accept: "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
            ..self.clone()
        }
    }

    /// For an episode (`download.rs` streams it with its own caps and stall timeout; the
    /// total timeout bounds only the wait for the answer).
    pub fn episode(&self) -> FetchConfig {
        FetchConfig {
            accept: "audio/*, video/*;q=0.9, */*;q=0.5",
            ..self.clone()
        }
    }

    /// For an image.
    pub fn image(&self) -> FetchConfig {
        FetchConfig {
            max_body_bytes: MAX_IMAGE_BYTES,
            accept: "image/avif, image/webp, image/png, image/jpeg, image/gif, image/*;q=0.8",
            ..self.clone()
        }
    }
}

/// Conditional-GET validators from the last fetch.
#[derive(Debug, Clone, Copy, Default)]
pub struct Validators<'a> {
    pub etag: Option<&'a str>,
    pub last_modified: Option<&'a str>,
}

/// What a fetch brought back.
#[derive(Debug)]
pub enum Fetched {
    NotModified(FetchMeta),
    Body(Body),
}

#[derive(Debug)]
pub struct Body {
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
    /// Where the body really came from, after redirects.
    pub final_url: String,
    pub meta: FetchMeta,
}

/// The answer [`Fetcher::send_following`] got: neither a challenge nor a redirect.
pub(crate) struct Answered {
    pub response: reqwest::Response,
    /// Where it came from, after redirects.
    pub url: Url,
    /// Where the address moved for good: every redirect was permanent.
    pub moved_to: Option<String>,
}

/// The failure an answer's status says, if any: a 429 or 503 asks to wait (Retry-After, or an
/// hour for a 429 that names no time); anything else that is not a success is its status.
pub(crate) fn refuse_failure(response: &reqwest::Response) -> Result<(), FetchError> {
    let status = response.status();
    if status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE {
        match (status, retry_after_secs(response.headers())) {
            (_, Some(secs)) => {
                return Err(FetchError::RetryLater {
                    status: status.as_u16(),
                    retry_after_secs: secs,
                })
            }
            (StatusCode::TOO_MANY_REQUESTS, None) => {
                return Err(FetchError::RetryLater {
                    status: 429,
                    retry_after_secs: DEFAULT_RETRY_AFTER_SECS,
                })
            }
            _ => {}
        }
    }
    if !status.is_success() {
        return Err(FetchError::Status {
            status: status.as_u16(),
            reason: status.canonical_reason().map(str::to_string),
        });
    }
    Ok(())
}

/// One HTTP client, shared by every fetch (connections are pooled).
#[derive(Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    config: FetchConfig,
    /// One feed's sign-in and User-Agent (plain for every other fetch).
    asking: Arc<Asking>,
}

impl Fetcher {
    pub fn new(config: FetchConfig) -> Result<Fetcher, FetchError> {
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(config.connect_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .gzip(true)
            .deflate(true)
            .brotli(true)
            .pool_idle_timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| FetchError::Other(e.to_string()))?;
        Ok(Fetcher {
            client,
            config,
            asking: Arc::default(),
        })
    }

    /// The same connection pool with other limits (pages and images use their own caps).
    pub fn with_config(&self, config: FetchConfig) -> Fetcher {
        Fetcher {
            client: self.client.clone(),
            config,
            asking: self.asking.clone(),
        }
    }

    /// The same connection pool, asking as one feed must (its sign-in, its User-Agent).
    pub fn asking(&self, asking: Asking) -> Fetcher {
        Fetcher {
            client: self.client.clone(),
            config: self.config.clone(),
            asking: Arc::new(asking),
        }
    }

    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// GETs `url`, following redirects by hand, within the total timeout.
    pub async fn get(&self, url: &str, validators: Validators<'_>) -> Result<Fetched, FetchError> {
        let secs = self.config.total_timeout.as_secs().max(1);
        match tokio::time::timeout(self.config.total_timeout, self.get_inner(url, validators)).await
        {
            Ok(result) => result,
            Err(_) => Err(FetchError::Timeout(secs)),
        }
    }

    async fn get_inner(
        &self,
        url: &str,
        validators: Validators<'_>,
    ) -> Result<Fetched, FetchError> {
        let mut extra = HeaderMap::new();
        if let Some(v) = validators.etag.and_then(|v| HeaderValue::from_str(v).ok()) {
            extra.insert(header::IF_NONE_MATCH, v);
        }
        if let Some(v) = validators
            .last_modified
            .and_then(|v| HeaderValue::from_str(v).ok())
        {
            extra.insert(header::IF_MODIFIED_SINCE, v);
        }
        let Answered {
            response,
            url: current,
            moved_to,
        } = self.send_following(url, &extra).await?;
        let status = response.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified(FetchMeta {
                etag: validators.etag.map(str::to_string),
                last_modified: validators.last_modified.map(str::to_string),
                moved_to,
            }));
        }
        refuse_failure(&response)?;
        let header_text = |name: header::HeaderName| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let etag = header_text(header::ETAG);
        let last_modified = header_text(header::LAST_MODIFIED);
        let content_type = header_text(header::CONTENT_TYPE);
        let bytes = self.read_capped(response).await?;
        Ok(Fetched::Body(Body {
            bytes,
            content_type,
            final_url: current.to_string(),
            meta: FetchMeta {
                etag,
                last_modified,
                moved_to,
            },
        }))
    }

    /// GETs `url` with `extra` headers: answers its server's sign-in challenge (when this
    /// fetcher has a sign-in for it) and follows redirects by hand, each address once. The
    /// first answer that is neither comes back, whatever its status.
    pub(crate) async fn send_following(
        &self,
        url: &str,
        extra: &HeaderMap,
    ) -> Result<Answered, FetchError> {
        let mut current = parse_http_url(url)?;
        let mut visited = HashSet::from([current.to_string()]);
        let mut all_permanent = true;
        let mut hops = 0;
        // the answer to this address's challenge, once the server gave one
        let mut authorization: Option<HeaderValue> = None;
        loop {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT, HeaderValue::from_static(self.config.accept));
            if let Some(agent) = self.asking.user_agent() {
                headers.insert(header::USER_AGENT, agent.clone());
            }
            if let Some(answer) = &authorization {
                headers.insert(header::AUTHORIZATION, answer.clone());
            }
            headers.extend(extra.clone());
            let response = self
                .client
                .get(current.clone())
                .headers(headers)
                .send()
                .await
                .map_err(|e| classify(&e, self.config.total_timeout))?;
            let status = response.status();
            if status == StatusCode::UNAUTHORIZED {
                let Some(login) = self.asking.login_for(&current) else {
                    return Err(FetchError::NeedsLogin);
                };
                if authorization.is_some() {
                    return Err(FetchError::LoginRefused);
                }
                let challenges: Vec<&str> = response
                    .headers()
                    .get_all(header::WWW_AUTHENTICATE)
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .collect();
                authorization =
                    Some(answer(&challenges, login, &current).ok_or(FetchError::LoginRefused)?);
                continue;
            }
            if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
                hops += 1;
                if hops > self.config.max_redirects {
                    return Err(FetchError::TooManyRedirects(self.config.max_redirects));
                }
                let location = response
                    .headers()
                    .get(header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .ok_or(FetchError::BadRedirect)?;
                let next = current
                    .join(location)
                    .map_err(|_| FetchError::BadRedirect)?;
                let next = parse_http_url(next.as_str())?;
                if !visited.insert(next.to_string()) {
                    return Err(FetchError::RedirectLoop(next.to_string()));
                }
                all_permanent &= matches!(
                    status,
                    StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT
                );
                current = next;
                // a new address is challenged anew (and only the feed's own origin answers)
                authorization = None;
                continue;
            }
            let moved_to = (hops > 0 && all_permanent).then(|| current.to_string());
            return Ok(Answered {
                response,
                url: current,
                moved_to,
            });
        }
    }
    /// Reads the decoded body, failing as soon as it passes the cap (so a gzip bomb stops at
    /// the cap, not at its inflated size).
    async fn read_capped(&self, mut response: reqwest::Response) -> Result<Vec<u8>, FetchError> {
        let limit = self.config.max_body_bytes;
        // room for the length the server states (up to the cap, and never more than 4 MiB
        // on its word alone): a body read in growing steps holds up to twice its size, and a
        // refresh keeps up to a hundred bodies waiting to be parsed
        let stated = response
            .content_length()
            .unwrap_or(0)
            .min(limit)
            .min(4 << 20);
        let mut out = Vec::with_capacity(stated as usize);
        loop {
            let chunk = response
                .chunk()
                .await
                .map_err(|e| classify(&e, self.config.total_timeout))?;
            let Some(chunk) = chunk else { break };
            if out.len() as u64 + chunk.len() as u64 > limit {
                return Err(FetchError::TooLarge { limit_bytes: limit });
            }
            out.extend_from_slice(&chunk);
        }
        if out.capacity() > out.len() + out.len() / 8 {
            out.shrink_to_fit();
        }
        Ok(out)
    }
}

/// Only http and https are fetched.
pub fn parse_http_url(url: &str) -> Result<Url, FetchError> {
    let parsed = Url::parse(url.trim()).map_err(|_| FetchError::UnsupportedUrl(url.to_string()))?;
    if matches!(parsed.scheme(), "http" | "https") && parsed.host().is_some() {
        Ok(parsed)
    } else {
        Err(FetchError::UnsupportedUrl(url.to_string()))
    }
}

fn retry_after_secs(headers: &HeaderMap) -> Option<u64> {
    let value = headers.get(header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(secs);
    }
    let when = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    Some((when.timestamp() - chrono::Utc::now().timestamp()).max(0) as u64)
}

fn classify(e: &reqwest::Error, total: Duration) -> FetchError {
    if e.is_timeout() {
        return FetchError::Timeout(total.as_secs().max(1));
    }
    // the innermost cause says the most ("connection refused", "dns error", ...)
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message = s.to_string();
        source = s.source();
    }
    if e.is_connect() {
        FetchError::Connect(message)
    } else if e.is_decode() || e.is_body() {
        FetchError::Other(format!("bad response body: {message}"))
    } else {
        FetchError::Other(message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_takes_seconds_or_a_date() {
        let mut h = HeaderMap::new();
        h.insert(header::RETRY_AFTER, HeaderValue::from_static("120"));
        assert_eq!(retry_after_secs(&h), Some(120));
        h.insert(
            header::RETRY_AFTER,
            HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        assert_eq!(retry_after_secs(&h), Some(0), "a past date means now");
        h.insert(header::RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after_secs(&h), None);
    }

    #[test]
    fn only_http_urls() {
        assert!(parse_http_url("file:///etc/passwd").is_err());
        assert!(parse_http_url("javascript:alert(1)").is_err());
        assert!(parse_http_url("https://example.com/feed").is_ok());
    }
}

/// The HTTP facts of a successful fetch that the feed row remembers.
#[derive(Debug, Clone, Default)]
pub struct FetchMeta {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Set when every redirect on the way was permanent: the feed's new address.
    pub moved_to: Option<String>,
}
