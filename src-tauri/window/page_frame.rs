//! The web page the reader shows inside the window, for a feed set to open its page there: the
//! page loads in a frame that may run no script, and the window's navigation guard lets
//! through navigations to that page's own site only (its redirects within the site too). Any
//! other address still goes to the system's browser, never into the window.

use std::sync::Mutex;

use tauri::Url;

use crate::window::failure::{failure, CmdResult};

/// The site (scheme, host, port) of the page on screen, if any.
static SHOWN: Mutex<Option<(String, String, Option<u16>)>> = Mutex::new(None);

fn site_of(url: &Url) -> Option<(String, String, Option<u16>)> {
    Some((
        url.scheme().to_string(),
        url.host_str()?.to_string(),
        url.port_or_known_default(),
    ))
}

/// Whether the guard lets `url` load: it is on the site of the page on screen.
pub fn allowed(url: &Url) -> bool {
    let shown = SHOWN.lock().unwrap_or_else(|e| e.into_inner());
    shown.is_some() && *shown == site_of(url)
}

/// The reader is about to show `url` inside (http and https only); `None`: no page shown.
#[tauri::command]
pub fn show_page(url: Option<String>) -> CmdResult<()> {
    let site = match url {
        Some(url) => {
            let parsed = broadsheet_engine::net::fetch::parse_http_url(&url).map_err(failure)?;
            site_of(&parsed)
        }
        None => None,
    };
    *SHOWN.lock().unwrap_or_else(|e| e.into_inner()) = site;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_shown_pages_site_is_let_through() {
        let page = |s: &str| Url::parse(s).unwrap();
        show_page(Some("https://news.example.org/story/1".into())).unwrap();
        assert!(allowed(&page("https://news.example.org/story/1?amp=1")));
        assert!(allowed(&page("https://news.example.org:443/other")));
        assert!(!allowed(&page("http://news.example.org/story/1")));
        assert!(!allowed(&page("https://ads.example.org/")));
        assert!(show_page(Some("file:///etc/passwd".into())).is_err());
        show_page(None).unwrap();
        assert!(!allowed(&page("https://news.example.org/story/1")));
    }
}
