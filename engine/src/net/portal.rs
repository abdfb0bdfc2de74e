//! Sign-in pages ("captive portals"): a hotel's, an airport's or a plane's network answers
//! every address with its own page until the person accepts its terms. Such a page must not
//! become a story's full text, mark feeds as broken or images as refused. Told by the same page
//! coming back from two different sites in one run; for feeds also by a page that is not a feed
//! arriving from another site through a temporary redirect. (Not for article pages: cookie and
//! consent walls send those to another site the same way, and a page that is not the article is
//! kept out by the article check anyway.)

use std::collections::HashMap;

use sha2::{Digest, Sha256};

/// What the status line says while the network is behind a sign-in page.
pub const PORTAL_MESSAGE: &str = "The network asks you to sign in; full articles and images will be fetched once it lets you through";

/// A site: host and port of `url`.
pub fn site_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .map(|u| {
            let host = u.host_str().unwrap_or_default().to_ascii_lowercase();
            format!("{host}:{}", u.port_or_known_default().unwrap_or(0))
        })
        .unwrap_or_default()
}

/// The response came from another site through a redirect that was not permanent: the way a
/// sign-in page takes over any address (a site that moved says so with 301 or 308, which moves
/// the feed instead).
pub fn sent_elsewhere(requested: &str, body: &crate::net::fetch::Body) -> bool {
    site_of(requested) != site_of(&body.final_url) && body.meta.moved_to.is_none()
}

/// The hash of a response body with the addresses it was asked for removed (a sign-in page
/// often names the page it stands in for, plainly or percent-encoded).
pub fn fingerprint(requested: &str, final_url: &str, bytes: &[u8]) -> [u8; 32] {
    let mut text = String::from_utf8_lossy(bytes).into_owned();
    for u in [requested, final_url] {
        let encoded: String = url::form_urlencoded::byte_serialize(u.as_bytes()).collect();
        text = text.replace(u, "").replace(&encoded, "");
    }
    Sha256::digest(text.as_bytes()).into()
}

/// Watches the responses of one run for the same body from two different sites.
#[derive(Default)]
pub struct PortalWatch {
    /// fingerprint of a body → the site it was asked of
    seen: HashMap<[u8; 32], String>,
}

impl PortalWatch {
    /// True when the body with `fingerprint`, asked of `requested`, is the same page another
    /// site already sent.
    pub fn is_portal(&mut self, requested: &str, fingerprint: [u8; 32]) -> bool {
        let site = site_of(requested);
        match self.seen.get(&fingerprint) {
            Some(first) => first != &site,
            None => {
                self.seen.insert(fingerprint, site);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_page_from_two_sites_is_a_portal_and_two_pages_of_one_site_are_not() {
        let mut watch = PortalWatch::default();
        let sign_in = |u: &str| {
            let encoded: String = url::form_urlencoded::byte_serialize(u.as_bytes()).collect();
            format!("<p>Accept the terms</p><form action=\"/login?next={encoded}\">")
        };
        let check = |w: &mut PortalWatch, u: &str, body: &str| {
            w.is_portal(u, fingerprint(u, u, body.as_bytes()))
        };
        let a = "http://a.example/story/1";
        let b = "http://b.example:8080/story/9";
        assert!(!check(&mut watch, a, &sign_in(a)));
        assert!(!check(&mut watch, "http://a.example/2", "<p>story two</p>"));
        assert!(check(&mut watch, b, &sign_in(b)));
        let mut same_site = PortalWatch::default();
        assert!(!check(&mut same_site, a, "<p>same</p>"));
        assert!(!check(&mut same_site, "http://a.example/3", "<p>same</p>"));
        assert_ne!(site_of("http://h:1/"), site_of("http://h:2/"));
    }
}
