//! The feeds the first-run screen suggests. `--suggested-feeds` (or
//! `BROADSHEET_SUGGESTED_FEEDS`) replaces them (`Title|address;Title|address`), so tests can
//! point them at local addresses and never at the internet.

use std::sync::OnceLock;

use serde::Serialize;

static REPLACED: OnceLock<String> = OnceLock::new();

/// Replaces the built-in suggestions for this process (set once, at start).
pub fn set_suggestions(list: &str) {
    let _ = REPLACED.set(list.to_string());
}

/// What the first-run screen offers now.
pub fn current() -> Vec<Suggested> {
    suggested(REPLACED.get().map(String::as_str))
}

/// One suggested feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggested {
    pub title: String,
    pub url: String,
    pub about: String,
    /// Ticked when the screen opens.
    pub ticked: bool,
}

const BUILT_IN: &[(&str, &str, &str)] = &[
    (
        "Khaama Press",
        "https://www.khaama.com/feed/",
        "Afghan news agency",
    ),
    (
        "BBC News – World",
        "https://feeds.bbci.co.uk/news/world/rss.xml",
        "World news from the BBC",
    ),
    (
        "Al Jazeera English",
        "https://www.aljazeera.com/xml/rss/all.xml",
        "News from the Middle East and the world",
    ),
    (
        "Ars Technica",
        "https://feeds.arstechnica.com/arstechnica/index",
        "Technology, science and policy",
    ),
];

/// The suggestions: the environment's, else the built-in ones; the first two ticked.
pub fn suggested(env: Option<&str>) -> Vec<Suggested> {
    let from_env: Vec<(String, String, String)> = env
        .unwrap_or("")
        .split(';')
        .filter_map(|entry| {
            let (title, url) = entry.split_once('|')?;
            Some((
                title.trim().to_string(),
                url.trim().to_string(),
                String::new(),
            ))
        })
        .filter(|(t, u, _)| !t.is_empty() && !u.is_empty())
        .collect();
    let list = if from_env.is_empty() {
        BUILT_IN
            .iter()
            .map(|(t, u, a)| (t.to_string(), u.to_string(), a.to_string()))
            .collect()
    } else {
        from_env
    };
    list.into_iter()
        .enumerate()
        .map(|(i, (title, url, about))| Suggested {
            title,
            url,
            about,
            ticked: i < 2,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_replaces_the_built_in_suggestions() {
        assert_eq!(suggested(None).len(), 4);
        assert!(suggested(None)[0].ticked && !suggested(None)[2].ticked);
        let local = suggested(Some(
            "Local|http://127.0.0.1:9/a.xml; Other | http://127.0.0.1:9/b.xml",
        ));
        assert_eq!(
            local
                .iter()
                .map(|s| (s.title.as_str(), s.url.as_str()))
                .collect::<Vec<_>>(),
            [
                ("Local", "http://127.0.0.1:9/a.xml"),
                ("Other", "http://127.0.0.1:9/b.xml")
            ]
        );
        assert_eq!(suggested(Some("garbage")).len(), 4);
    }
}
