//! Pictures a page loads lazily, made plain: many pages put a stand-in in `src` (a grey GIF, a
//! one-pixel data URI, a "loading" image) and the real address in an attribute their script
//! reads later (`data-lazy-src` of WordPress's lazy-load plugins, `data-src`, `data-original`
//! of jQuery Lazy Load), or give the picture only as `srcset`. Without script the reader would
//! store the stand-in, or nothing: here the real address becomes `src` before the article is
//! sanitized (which keeps `src` alone), so the offline pass stores the picture itself.
//!
//! The rule follows how these pages are made: a page writes a lazy attribute only for the
//! picture the script is to show, so when one is there it is the picture, whatever `src`
//! holds. Without one, an image with no usable `src` takes the largest candidate of its
//! `srcset` (or of a lazy `srcset`).

use scraper::{Html, Node, StrTendril};

/// Attributes that hold the real address of a lazily loaded picture, most specific first.
const LAZY_SRC: &[&str] = &[
    "data-lazy-src",
    "data-src",
    "data-original",
    "data-lazy",
    "data-orig-src",
    "data-hi-res-src",
    "data-actualsrc",
    "data-echo",
];

/// Attributes that hold a lazily loaded `srcset`.
const LAZY_SRCSET: &[&str] = &["data-lazy-srcset", "data-srcset"];

/// Gives every `img` of `doc` its real picture as `src`; whether any changed.
pub fn reveal(doc: &mut Html) -> bool {
    let images: Vec<_> = doc
        .tree
        .root()
        .descendants()
        .filter(|n| matches!(n.value(), Node::Element(e) if &*e.name.local == "img"))
        .map(|n| n.id())
        .collect();
    let mut changed = false;
    for id in images {
        let Some(mut node) = doc.tree.get_mut(id) else {
            continue;
        };
        let Node::Element(img) = node.value() else {
            continue;
        };
        let attr = |name: &str| {
            img.attrs
                .iter()
                .find(|(n, _)| &*n.local == name)
                .map(|(_, v)| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let src = attr("src");
        let lazy = LAZY_SRC
            .iter()
            .find_map(|name| attr(name))
            .filter(|v| looks_like_an_address(v));
        let real = match lazy {
            Some(lazy) => Some(lazy),
            None if src.as_deref().is_some_and(|s| !is_stand_in(s)) => None,
            // no usable src: the largest picture its srcset offers
            None => std::iter::once("srcset")
                .chain(LAZY_SRCSET.iter().copied())
                .find_map(|name| attr(name).and_then(|set| largest_candidate(&set))),
        };
        let Some(real) = real.filter(|r| Some(r) != src.as_ref()) else {
            continue;
        };
        set_src(&mut img.attrs, &real);
        changed = true;
    }
    changed
}

/// Sets (or adds) `src`.
fn set_src(attrs: &mut scraper::node::Attributes, value: &str) {
    if let Some((_, v)) = attrs.iter_mut().find(|(n, _)| &*n.local == "src") {
        *v = StrTendril::from(value);
        return;
    }
    // an img with no src has another attribute (the lazy one): its name, renamed
    if let Some((name, _)) = attrs.first() {
        let mut name = name.clone();
        name.local = "src".into();
        attrs.push((name, StrTendril::from(value)));
    }
}

/// Words lazy loaders name their stand-ins with (`lazy_placeholder.gif`, `blank.png`,
/// `spacer.gif`, `loading.svg`, `1x1.png`): whole words of the file name, so that
/// `men-unloading-boxes.jpg` is a picture.
const STAND_IN_NAMES: &[&str] = &[
    "placeholder",
    "lazy",
    "lazyload",
    "blank",
    "spacer",
    "loading",
    "loader",
    "transparent",
    "1x1",
    "pixel",
    "grey",
    "gray",
];

/// A `src` that is not the picture: a data URI (a tiny inline GIF or SVG), or a file named
/// as a stand-in.
pub fn is_stand_in(src: &str) -> bool {
    if src.starts_with("data:") {
        return true;
    }
    let path = src.split(['?', '#']).next().unwrap_or(src);
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| STAND_IN_NAMES.contains(&word))
}

/// A value that can be a picture's address (not a class name or a flag some scripts put in
/// the same attributes).
fn looks_like_an_address(value: &str) -> bool {
    !value.starts_with("data:")
        && !value.contains(char::is_whitespace)
        && (value.contains('/') || value.contains('.'))
}

/// The candidate of a `srcset` ("a.jpg 300w, b.jpg 1024w" or "a.jpg 1x, b.jpg 2x") with the
/// largest width or density; a lone address counts as 1x.
pub fn largest_candidate(srcset: &str) -> Option<String> {
    srcset
        .split(',')
        .filter_map(|candidate| {
            let mut parts = candidate.split_whitespace();
            let url = parts.next()?;
            if url.starts_with("data:") {
                return None;
            }
            let size = parts.next().map_or(1.0, |d| {
                d.trim_end_matches(['w', 'x', 'W', 'X'])
                    .parse::<f64>()
                    .unwrap_or(1.0)
            });
            Some((size, url))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, url)| url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn revealed(html: &str) -> String {
        let mut doc = Html::parse_fragment(html);
        reveal(&mut doc);
        doc.root_element().inner_html()
    }

    #[test]
    fn the_lazy_address_replaces_the_stand_in() {
        // WordPress lazy-load plugins, a data URI stand-in
        let got = revealed(
            r#"<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="https://news.example/wp-content/uploads/2024/04/border.jpg" alt="The border"></p>"#,
        );
        assert!(
            got.contains(r#"src="https://news.example/wp-content/uploads/2024/04/border.jpg""#),
            "{got}"
        );
        // a placeholder file, and jQuery Lazy Load's data-original
        let got = revealed(
            r#"<img src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif" data-original="/media/dam.jpg">"#,
        );
        assert!(got.contains(r#"src="/media/dam.jpg""#), "{got}");
        // no src at all
        let got = revealed(r#"<img data-src="https://cdn.example/p/1200/photo" class="lazyload">"#);
        assert!(
            got.contains(r#"src="https://cdn.example/p/1200/photo""#),
            "{got}"
        );
    }

    #[test]
    fn a_picture_given_only_by_srcset_takes_its_largest() {
        let got = revealed(
            r#"<img srcset="/a-300.jpg 300w, /a-1024.jpg 1024w, /a-768.jpg 768w" alt="">"#,
        );
        assert!(got.contains(r#"src="/a-1024.jpg""#), "{got}");
        let got = revealed(
            r#"<img src="data:image/svg+xml,%3Csvg%3E" data-lazy-srcset="/b.jpg 1x, /b@2x.jpg 2x">"#,
        );
        assert!(got.contains(r#"src="/b@2x.jpg""#), "{got}");
    }

    #[test]
    fn a_stand_in_file_gives_way_to_the_srcset() {
        let got = revealed(
            r#"<img src="/themes/site/img/lazy-placeholder.png" srcset="/photo-640.jpg 640w, /photo-1280.jpg 1280w">"#,
        );
        assert!(got.contains(r#"src="/photo-1280.jpg""#), "{got}");
    }

    #[test]
    fn a_picture_whose_name_holds_a_stand_in_word_is_still_a_picture() {
        assert!(is_stand_in(
            "/wp-content/plugins/lazy-load/lazy_placeholder.gif"
        ));
        assert!(is_stand_in("https://cdn.example/img/1x1.png?v=2"));
        assert!(!is_stand_in(
            "https://cdn.example/delivery-men-unloading-boxes.jpg"
        ));
        let got =
            revealed(r#"<img src="/delivery-men-unloading-boxes.jpg" srcset="/other.jpg 2x">"#);
        assert!(
            got.contains(r#"src="/delivery-men-unloading-boxes.jpg""#),
            "{got}"
        );
    }

    #[test]
    fn a_plain_picture_stays_as_it_is() {
        for html in [
            r#"<img src="/real.jpg" srcset="/real-2x.jpg 2x" alt="x">"#,
            r#"<img src="/real.jpg" data-src="/real.jpg">"#,
            // a lazy attribute that holds no address
            r#"<img src="/real.jpg" data-src="true">"#,
        ] {
            let mut doc = Html::parse_fragment(html);
            assert!(!reveal(&mut doc), "{html}");
        }
    }
}
