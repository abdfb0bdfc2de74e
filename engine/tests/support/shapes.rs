//! Pathological inputs built in code (never committed as big files): the shapes an attacker
//! would serve to crash a recursive walk or make work grow with the square of the input.
//! Shared by the structure-aware fuzz test (small sizes, every run) and the `pathological`
//! benchmark (page-cap sizes, worst time per target and shape).

/// A named page shape: `make(n)` builds it with `n` repetitions.
pub struct Shape {
    pub name: &'static str,
    pub make: fn(usize) -> String,
}

fn page(body: String) -> String {
    format!("<!doctype html><html><head><title>Deep</title></head><body><article><h1>Deep</h1>{body}</article></body></html>")
}

fn nest(open: &str, close: &str, n: usize) -> String {
    page(format!("{}deep text{}", open.repeat(n), close.repeat(n)))
}

/// HTML page shapes (for extraction, sanitizing, text and Markdown).
pub const HTML_SHAPES: &[Shape] = &[
    Shape {
        name: "nested div",
        make: |n| nest("<div>", "</div>", n),
    },
    Shape {
        name: "nested ul/li",
        make: |n| nest("<ul><li>", "</li></ul>", n),
    },
    Shape {
        name: "nested b, unclosed",
        make: |n| nest("<b>", "", n),
    },
    Shape {
        name: "nested span/div mix",
        make: |n| nest("<span><div>", "</div></span>", n),
    },
    Shape {
        name: "div/table/td (scope trap)",
        make: |n| nest("<div><table><td>", "</div>", n),
    },
    Shape {
        name: "nested svg g",
        make: |n| nest("<svg><g>", "</g></svg>", n),
    },
    Shape {
        name: "nested blockquote/p",
        make: |n| nest("<blockquote><p>", "</p></blockquote>", n),
    },
    Shape {
        name: "nested a",
        make: |n| nest("<a href=\"/x\">", "</a>", n),
    },
    Shape {
        name: "self-closed div/",
        make: |n| nest("<div/>", "", n),
    },
    Shape {
        name: "many paragraphs",
        make: |n| {
            page(
                (0..n)
                    .map(|i| format!("<p>paragraph {i} with some words</p>"))
                    .collect(),
            )
        },
    },
    Shape {
        name: "many attributes",
        make: |n| {
            page(format!(
                "<p {}>hi</p>",
                (0..n).map(|i| format!("a{i}=1 ")).collect::<String>()
            ))
        },
    },
    Shape {
        name: "huge attribute value",
        make: |n| {
            page(format!(
                "<p><img alt=\"{}\" src=\"/i.png\">text</p>",
                "a".repeat(n * 10)
            ))
        },
    },
    Shape {
        name: "huge text node",
        make: |n| page(format!("<p>{}</p>", "word ".repeat(n * 2))),
    },
    Shape {
        name: "entities",
        make: |n| {
            page(format!(
                "<p>{}</p>",
                "&amp;&#x1F600;&nosuch;&#99999999;".repeat(n)
            ))
        },
    },
    Shape {
        name: "bare ampersands",
        make: |n| page(format!("<p>{}</p>", "& ".repeat(n * 4))),
    },
    Shape {
        name: "no-break spaces",
        make: |n| page(format!("<p>{}</p>", "\u{a0}x".repeat(n * 4))),
    },
    Shape {
        name: "ampersands in attributes",
        make: |n| {
            page(
                (0..n / 4)
                    .map(|_| format!("<a href=\"/q?{}\">l</a>", "a&".repeat(4000)))
                    .collect(),
            )
        },
    },
    Shape {
        name: "unclosed quotes",
        make: |n| page("<a \"<a x=\"".repeat(n)),
    },
    Shape {
        name: "unclosed comments",
        make: |n| page("<!-- <p>".repeat(n)),
    },
    Shape {
        name: "lone <",
        make: |n| page("< <a <<".repeat(n)),
    },
    Shape {
        name: "many links",
        make: |n| {
            page(
                (0..n)
                    .map(|i| format!("<a href=\"/l{i}\">l</a> "))
                    .collect(),
            )
        },
    },
    Shape {
        name: "many images",
        make: |n| page((0..n).map(|i| format!("<img src=\"/i{i}.png\">")).collect()),
    },
];

/// OPML with outlines nested `n` deep.
pub fn deep_opml(n: usize) -> String {
    format!(
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>{}<outline text=\"a\" xmlUrl=\"http://127.0.0.1:9/a.xml\"/>{}</body></opml>",
        "<outline text=\"f\">".repeat(n),
        "</outline>".repeat(n)
    )
}

/// Feeds whose items carry a deep shape: escaped HTML in RSS, and inline XHTML in Atom.
pub fn deep_feeds(n: usize) -> Vec<(&'static str, String)> {
    let escaped = html_escape_text(&"<div>".repeat(n));
    vec![
        (
            "rss, escaped deep html",
            format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>i</title><link>http://x.example/1</link><description>{escaped}</description></item></channel></rss>"),
        ),
        (
            "atom, deep xhtml content",
            format!("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>x</id><updated>2024-01-01T00:00:00Z</updated><entry><title>i</title><id>e</id><updated>2024-01-01T00:00:00Z</updated><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">{}x{}</div></content></entry></feed>",
                "<div>".repeat(n), "</div>".repeat(n)),
        ),
        (
            "rss, deep unknown elements",
            format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>i</title>{}x{}</item></channel></rss>",
                "<x:a xmlns:x=\"urn:x\">".repeat(n), "</x:a>".repeat(n)),
        ),
    ]
}

fn html_escape_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
