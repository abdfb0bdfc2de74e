//! What could run, navigate or load in a piece of HTML, found on its parsed DOM (so text that
//! merely mentions `javascript:` or `onerror=` is not mistaken for markup). Shared by the
//! hostile-content and fuzz tests.

use scraper::{Html, Selector};

const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "svg", "math", "style", "link",
    "meta", "base", "form", "input", "button", "video", "audio", "marquee", "template", "noscript",
    "xmp", "noembed", "title", "isindex", "applet", "param", "textarea", "select",
];
const FORBIDDEN_ATTRIBUTES: &[&str] = &[
    "style",
    "srcdoc",
    "formaction",
    "ping",
    "background",
    "poster",
    "srcset",
    "xlink:href",
    "action",
    "dynsrc",
    "lowsrc",
    "target",
];

const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "cite",
    "data",
    "srcset",
    "longdesc",
    "usemap",
    "lowsrc",
    "dynsrc",
    "ping",
];

/// Everything that could run, navigate or load, found in `html`'s DOM.
pub fn dangers(html: &str) -> Vec<String> {
    let doc = Html::parse_fragment(html);
    let mut found = Vec::new();
    for el in doc.select(&Selector::parse("*").unwrap()) {
        let name = el.value().name();
        if FORBIDDEN_ELEMENTS.contains(&name) {
            found.push(format!("<{name}>"));
        }
        for (attr, value) in el.value().attrs() {
            let lower = value.to_ascii_lowercase();
            // what a browser would take as the scheme: control characters and spaces ignored
            let squeezed: String = lower
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect();
            if attr.starts_with("on") || FORBIDDEN_ATTRIBUTES.contains(&attr) {
                found.push(format!("{name}[{attr}]"));
            }
            // URL attributes: the scheme a browser would see (leading controls and spaces,
            // case and inner white space ignored) must be http, https or mailto, or none
            if URL_ATTRIBUTES.contains(&attr) {
                let scheme = squeezed
                    .split_once(':')
                    .map(|(s, _)| s)
                    .filter(|s| !s.contains('/') && !s.contains('?') && !s.contains('#'));
                if let Some(scheme) = scheme {
                    if !matches!(scheme, "http" | "https" | "mailto") {
                        found.push(format!("{name}[{attr}={value}]"));
                    }
                }
            }
            if attr == "src" {
                // the reader shows stored images only: here none are stored
                found.push(format!("{name}[src={value}]"));
            }
        }
    }
    found
}
