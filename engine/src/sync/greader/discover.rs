//! Finding a server's Google Reader API from the address a person knows: the one in the
//! browser's address bar (FreshRSS's `https://host/i/`, Miniflux's `https://host/unread`), not
//! only the API's own (`https://host/api/greader.php`). Sign-in is tried at the address as
//! given, then, walking up its path, at each level's FreshRSS path (`/api/greader.php`) and the
//! level itself (where Miniflux answers), on the same scheme and host only. The first that
//! answers as the API decides: signed in, or the password refused; a network failure ends the
//! search, since every address is on the same server.

use super::client::Client;
use crate::sync::SyncError;

/// Levels of the path walked up (a person's address is rarely deeper).
const MAX_LEVELS: usize = 4;
/// FreshRSS's API, beneath where FreshRSS is served.
const FRESHRSS_API: &str = "/api/greader.php";

/// The API bases tried for `address`, in order: the address itself, then for it and each
/// parent path, FreshRSS's API beneath it and the path itself. Query, fragment and trailing
/// slashes are dropped;
/// an address that is not http(s) gives just itself (the sign-in then says what is wrong).
pub fn candidates(address: &str) -> Vec<String> {
    let given = address.trim().trim_end_matches('/').to_string();
    let Ok(mut url) = url::Url::parse(&given) else {
        return vec![given];
    };
    if !matches!(url.scheme(), "http" | "https") {
        return vec![given];
    }
    url.set_query(None);
    url.set_fragment(None);
    let mut out = vec![url.as_str().trim_end_matches('/').to_string()];
    if url.path().trim_end_matches('/').ends_with(FRESHRSS_API) {
        return out;
    }
    let origin = url[..url::Position::BeforePath].to_string();
    let segments: Vec<String> = url
        .path_segments()
        .map(|s| s.filter(|s| !s.is_empty()).map(str::to_string).collect())
        .unwrap_or_default();
    let deepest = segments.len();
    let shallowest = deepest.saturating_sub(MAX_LEVELS);
    for depth in (shallowest..=deepest).rev() {
        let level = format!("{origin}{}", prefix(&segments[..depth]));
        for candidate in [format!("{level}{FRESHRSS_API}"), level] {
            if !out.contains(&candidate) {
                out.push(candidate);
            }
        }
    }
    out
}

fn prefix(segments: &[String]) -> String {
    segments.iter().map(|s| format!("/{s}")).collect()
}

/// Signs in at the first of [`candidates`] where the API answers, and checks the token there.
/// The client's base is the full API address found. When none answers: `NotGreader` with the
/// address as given.
pub async fn sign_in(address: &str, user: &str, password: &str) -> Result<Client, SyncError> {
    let tried = candidates(address);
    for base in &tried {
        let mut client = Client::new(base)?;
        match client.login(user, password).await {
            Ok(()) => {
                client.check().await?;
                return Ok(client);
            }
            Err(SyncError::NotGreader(_)) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(SyncError::NotGreader(
        tried.first().cloned().unwrap_or_default(),
    ))
}

#[cfg(test)]
mod tests {
    use super::candidates;

    #[test]
    fn an_api_address_is_tried_alone() {
        assert_eq!(
            candidates(" https://rss.example.org/api/greader.php/ "),
            ["https://rss.example.org/api/greader.php"]
        );
        assert_eq!(candidates("not an address"), ["not an address"]);
        assert_eq!(candidates("ftp://example.org/x"), ["ftp://example.org/x"]);
    }

    #[test]
    fn a_web_address_walks_up_to_the_server_root() {
        assert_eq!(
            candidates("https://example.org/freshrss/p/i/?a=normal#top"),
            [
                "https://example.org/freshrss/p/i",
                "https://example.org/freshrss/p/i/api/greader.php",
                "https://example.org/freshrss/p/api/greader.php",
                "https://example.org/freshrss/p",
                "https://example.org/freshrss/api/greader.php",
                "https://example.org/freshrss",
                "https://example.org/api/greader.php",
                "https://example.org",
            ]
        );
        assert_eq!(
            candidates("http://127.0.0.1:8080"),
            [
                "http://127.0.0.1:8080",
                "http://127.0.0.1:8080/api/greader.php"
            ]
        );
    }

    #[test]
    fn a_deep_address_walks_up_a_bounded_number_of_levels() {
        let deep = format!("https://example.org/{}", "a/".repeat(50));
        let tried = candidates(&deep);
        assert_eq!(tried.len(), 2 * (super::MAX_LEVELS + 1));
        assert_eq!(tried[0], deep.trim_end_matches('/'));
        assert!(tried
            .iter()
            .all(|c| c.starts_with("https://example.org/a/a")));
    }
}
