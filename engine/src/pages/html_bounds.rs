//! Bounds on HTML before any tree is built, so that no page, however it is nested, can crash a
//! recursive walk or make a parser's work grow with the square of its size:
//!
//! - at most [`MAX_DEPTH`] open elements: deeper start tags are dropped together with their end
//!   tags and their content is kept, one level up (browsers flatten past 512 the same way);
//! - at most [`MAX_ATTRIBUTES`] attributes per element (html5ever checks every new attribute
//!   against all before it, so 200,000 attributes on one tag cost 2·10¹⁰ steps).
//!
//! One linear pass that models the HTML tree builder's stack of open elements closely enough
//! (void elements, raw text, implied end tags of `p`, `li`, `dd`/`dt`, `option` and table
//! parts, scopes) to count depth as the parser will. Where the model is unsure it assumes the
//! deeper tree, so it may flatten a little early but never lets a deep tree through. A page
//! within the bounds comes back unchanged (borrowed).

use std::borrow::Cow;
use std::collections::HashMap;

/// Deepest nesting of elements kept (Chrome and WebKit flatten past 512).
pub const MAX_DEPTH: usize = 256;
/// Attributes kept per element; the rest are dropped.
pub const MAX_ATTRIBUTES: usize = 64;
/// Elements kept per page (a long encyclopedia article has a few tens of thousands); past it,
/// start tags are dropped and their text kept.
pub const MAX_ELEMENTS: usize = 100_000;
/// html5ever's serializer scans the rest of a text node again after every `&` and no-break
/// space it escapes, so its time grows with their count times the node's length. Past this
/// many in a page, long text is split into nodes of at most [`TEXT_CHUNK`] bytes with empty
/// comments (invisible, and removed by the sanitizer).
pub const MAX_ESCAPES: usize = 500;
pub const TEXT_CHUNK: usize = 1024;
/// Attribute values longer than this are dropped with their attribute (the same serializer
/// cost, in attribute values; no URL or caption a reader shows is this long).
pub const MAX_ATTRIBUTE_VALUE: usize = 8192;

/// `html` with nesting and attributes bounded; borrowed when nothing had to change.
pub fn bound_html(html: &str) -> Cow<'_, str> {
    let mut bounder = Bounder::default();
    let cuts = bounder.scan(html.as_bytes());
    let mut edits: Vec<(usize, usize, Cow<str>)> = cuts
        .into_iter()
        .map(|(a, b)| (a, b, Cow::Borrowed("")))
        .collect();
    if bounder.escapes > MAX_ESCAPES {
        for &(start, end) in &bounder.texts {
            split_text(html, start, end, &mut edits);
        }
        edits.sort_unstable_by_key(|e| (e.0, e.1));
    }
    if edits.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for (start, end, with) in edits {
        if start < at {
            continue; // inside an earlier cut
        }
        out.push_str(&html[at..start]);
        out.push_str(&with);
        at = end;
    }
    out.push_str(&html[at..]);
    Cow::Owned(out)
}

/// Splits the text `html[start..end]` every [`TEXT_CHUNK`] bytes with an empty comment, at a
/// character boundary and never inside a character reference.
fn split_text<'a>(
    html: &'a str,
    start: usize,
    end: usize,
    edits: &mut Vec<(usize, usize, Cow<'a, str>)>,
) {
    let mut at = start + TEXT_CHUNK;
    while at < end {
        // back to just before an `&` if one is near, so a reference stays whole
        let window = &html.as_bytes()[at.saturating_sub(32).max(start)..at];
        if let Some(amp) = window.iter().rposition(|&b| b == b'&') {
            at = at.saturating_sub(32).max(start) + amp;
        }
        while !html.is_char_boundary(at) {
            at -= 1;
        }
        if at <= start {
            break;
        }
        edits.push((at, at, Cow::Borrowed("<!---->")));
        at += TEXT_CHUNK;
    }
}

/// How deep the tree `html` builds is, as [`bound_html`] models it (for tests and benchmarks).
pub fn modeled_depth(html: &str) -> usize {
    let mut b = Bounder::default();
    b.scan(html.as_bytes());
    b.deepest
}

/// How deep the tree the real HTML parser builds from `html` is (walked without recursion):
/// what the bounds are checked against in tests and benchmarks.
pub fn parsed_depth(html: &str) -> usize {
    let doc = scraper::Html::parse_document(html);
    let mut deepest = 0;
    let mut stack = vec![(doc.tree.root(), 0usize)];
    while let Some((node, d)) = stack.pop() {
        deepest = deepest.max(d);
        stack.extend(node.children().map(|c| (c, d + 1)));
    }
    deepest
}

const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];
/// Elements whose content is text up to their end tag (in HTML, not inside svg or math).
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];
/// The svg and MathML elements that are both scope markers and "special" (with `title`, which
/// is special in HTML too), taken whatever the namespace: counting more markers only makes the
/// model close less, which errs on the deep side.
const FOREIGN_SCOPE: &[&str] = &[
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "annotation-xml",
    "foreignobject",
    "desc",
    "title",
];
/// The tree builder's scope markers (with [`FOREIGN_SCOPE`]).
const SCOPE_MARKERS: &[&str] = &[
    "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
];
/// The tree builder's "special" category (with [`FOREIGN_SCOPE`]).
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "keygen",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
];
/// Start tags that close an open `p` (in button scope).
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "search",
    "section",
    "summary",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "listing",
    "form",
    "li",
    "dd",
    "dt",
    "plaintext",
    "table",
    "hr",
    "xmp",
];
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Categories of open elements whose positions are kept, so every scope question is O(1).
#[derive(Clone, Copy)]
enum Cat {
    /// scope markers
    Marker,
    /// markers plus `button` (button scope)
    Button,
    /// markers plus `ol`, `ul` (list item scope)
    List,
    /// `html`, `table`, `template` (table scope)
    Table,
    Special,
    /// special elements other than `address`, `div`, `p` (where `li`, `dd`, `dt` stop looking)
    ItemStop,
    Foreign,
    Heading,
    TablePart,
    Row,
    Cell,
    DdDt,
}
const CATS: usize = 12;

fn category_bits(name: &str) -> u16 {
    let foreign = FOREIGN_SCOPE.contains(&name);
    let marker = foreign || SCOPE_MARKERS.contains(&name);
    let special = foreign || SPECIAL.contains(&name);
    [
        (marker, Cat::Marker),
        (marker || name == "button", Cat::Button),
        (marker || name == "ol" || name == "ul", Cat::List),
        (matches!(name, "html" | "table" | "template"), Cat::Table),
        (special, Cat::Special),
        (
            special && !matches!(name, "address" | "div" | "p"),
            Cat::ItemStop,
        ),
        (matches!(name, "svg" | "math"), Cat::Foreign),
        (HEADINGS.contains(&name), Cat::Heading),
        (matches!(name, "tbody" | "thead" | "tfoot"), Cat::TablePart),
        (name == "tr", Cat::Row),
        (matches!(name, "td" | "th"), Cat::Cell),
        (matches!(name, "dd" | "dt"), Cat::DdDt),
    ]
    .into_iter()
    .filter(|(is, _)| *is)
    .fold(0, |bits, (_, cat)| bits | 1 << cat as u16)
}

struct Open {
    name: String,
    bits: u16,
    dropped: bool,
}

#[derive(Default)]
struct Bounder {
    stack: Vec<Open>,
    /// stack positions of each open name (dropped entries included)
    by_name: HashMap<String, Vec<usize>>,
    /// stack positions per category (kept entries only)
    cats: [Vec<usize>; CATS],
    /// each tag name's categories, worked out once
    bits: HashMap<String, u16>,
    kept: usize,
    deepest: usize,
    /// start tags kept so far
    elements: usize,
    /// `&` and 0xC2 bytes (the lead byte of a no-break space, which the serializer looks for)
    /// seen in text, and the byte ranges of text that has them
    escapes: usize,
    texts: Vec<(usize, usize)>,
    /// byte ranges to delete, in order
    cuts: Vec<(usize, usize)>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

impl Bounder {
    fn scan(&mut self, s: &[u8]) -> Vec<(usize, usize)> {
        let mut i = 0;
        let mut text_from = 0;
        while let Some(off) = s[i..].iter().position(|&b| b == b'<') {
            let lt = i + off;
            let rest = &s[lt..];
            if rest.starts_with(b"<!--") {
                match find(s, lt + 4, b"-->") {
                    Some(end) => i = end + 3,
                    None => break,
                }
            } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
                match s[lt..].iter().position(|&b| b == b'>') {
                    Some(p) => i = lt + p + 1,
                    None => break,
                }
            } else if rest.len() > 2 && rest[1] == b'/' && rest[2].is_ascii_alphabetic() {
                let (name, after_name) = tag_name(s, lt + 2);
                let Some(tag) = attributes(s, after_name) else {
                    break;
                };
                self.end_tag(&name, lt, tag.end);
                i = tag.end;
            } else if rest.len() > 1 && rest[1].is_ascii_alphabetic() {
                let (name, after_name) = tag_name(s, lt + 1);
                let Some(tag) = attributes(s, after_name) else {
                    break;
                };
                self.cuts.extend(tag.long_values.iter().copied());
                if let Some(cut) = tag.cut_attributes_from {
                    // keep the tag's closing `/>` or `>`
                    let close = if tag.self_closing { 2 } else { 1 };
                    self.cuts.push((cut, tag.end - close));
                }
                let foreign = self.cats[Cat::Foreign as usize].last().is_some();
                let ends_itself = VOID.contains(&name.as_str())
                    || matches!(name.as_str(), "html" | "head" | "body")
                    || (foreign && tag.self_closing);
                if !ends_itself {
                    self.start_tag(name.clone(), lt, tag.end);
                } else if self.elements >= MAX_ELEMENTS {
                    self.cuts.push((lt, tag.end));
                } else {
                    self.elements += 1;
                }
                i = tag.end;
                if name == "plaintext" {
                    break;
                }
                if !foreign && RAW_TEXT.contains(&name.as_str()) {
                    match raw_text_end(s, i, &name) {
                        Some(end) => i = end,
                        None => break,
                    }
                }
            } else {
                i = lt + 1;
                continue;
            }
            self.note_text(s, text_from, lt);
            text_from = i;
        }
        if text_from < s.len() {
            self.note_text(s, text_from, s.len());
        }
        // cuts are pushed in order, except an attribute cut followed by the whole tag's cut
        let mut cuts = std::mem::take(&mut self.cuts);
        cuts.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(cuts.len());
        for (a, b) in cuts {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        merged
    }

    fn note_text(&mut self, s: &[u8], from: usize, to: usize) {
        if from >= to {
            return;
        }
        let n = s[from..to]
            .iter()
            .filter(|&&b| b == b'&' || b == 0xC2)
            .count();
        if n > 0 {
            self.escapes += n;
            self.texts.push((from, to));
        }
    }

    fn last(&self, cat: Cat) -> Option<usize> {
        self.cats[cat as usize].last().copied()
    }

    fn nearest(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).and_then(|v| v.last().copied())
    }

    /// `pos` holds an open element with nothing of category `stop` above it.
    fn clear_above(&self, pos: usize, stop: Cat) -> bool {
        self.last(stop).is_none_or(|s| s <= pos)
    }

    fn bits_of(&mut self, name: &str) -> u16 {
        if let Some(&bits) = self.bits.get(name) {
            return bits;
        }
        let bits = category_bits(name);
        self.bits.insert(name.to_string(), bits);
        bits
    }

    fn push(&mut self, name: String, dropped: bool) {
        let pos = self.stack.len();
        self.by_name.entry(name.clone()).or_default().push(pos);
        let bits = self.bits_of(&name);
        if !dropped {
            for (cat, list) in self.cats.iter_mut().enumerate() {
                if bits & (1 << cat) != 0 {
                    list.push(pos);
                }
            }
            self.kept += 1;
            self.deepest = self.deepest.max(self.kept);
        }
        self.stack.push(Open {
            name,
            bits,
            dropped,
        });
    }

    /// Pops every element from the top down to and including `pos`.
    fn pop_to(&mut self, pos: usize) {
        while self.stack.len() > pos {
            let Some(open) = self.stack.pop() else { break };
            let at = self.stack.len();
            if let Some(v) = self.by_name.get_mut(&open.name) {
                v.pop();
            }
            if !open.dropped {
                for (cat, list) in self.cats.iter_mut().enumerate() {
                    if open.bits & (1 << cat) != 0 && list.last() == Some(&at) {
                        list.pop();
                    }
                }
                self.kept -= 1;
            }
        }
    }

    fn close_implied_by(&mut self, name: &str) {
        let n = name;
        if CLOSES_P.contains(&n) {
            if let Some(p) = self.nearest("p") {
                if self.clear_above(p, Cat::Button) {
                    self.pop_to(p);
                }
            }
        }
        if HEADINGS.contains(&n) {
            if let Some(h) = self.last(Cat::Heading) {
                if h + 1 == self.stack.len() {
                    self.pop_to(h);
                }
            }
        }
        match n {
            "li" => {
                if let Some(li) = self.nearest("li") {
                    if self.clear_above(li, Cat::ItemStop) {
                        self.pop_to(li);
                    }
                }
            }
            "dd" | "dt" => {
                if let Some(d) = self.last(Cat::DdDt) {
                    if self.clear_above(d, Cat::ItemStop) {
                        self.pop_to(d);
                    }
                }
            }
            "option" | "optgroup" => {
                if let Some(top) = self.stack.last() {
                    if top.name == "option" {
                        self.pop_to(self.stack.len() - 1);
                    }
                }
            }
            "td" | "th" | "tr" | "tbody" | "thead" | "tfoot" => {
                let table = self.nearest("table");
                let newer_than_table = |p: Option<usize>| match (p, table) {
                    (Some(p), Some(t)) => p > t,
                    (Some(_), None) => true,
                    _ => false,
                };
                let newest = |cats: &[Cat]| {
                    cats.iter()
                        .filter_map(|&c| self.last(c))
                        .filter(|&p| newer_than_table(Some(p)))
                        .min()
                };
                let target = match n {
                    // a new cell closes the open cell of its row
                    "td" | "th" => {
                        newest(&[Cat::Cell]).filter(|&c| self.last(Cat::Row).is_none_or(|r| r < c))
                    }
                    "tr" => newest(&[Cat::Row, Cat::Cell]),
                    _ => newest(&[Cat::TablePart, Cat::Row, Cat::Cell]),
                };
                if let Some(p) = target {
                    self.pop_to(p);
                }
                // the parser inserts the row group and the row a cell or row needs
                if let Some(t) = table.filter(|&t| !self.stack[t].dropped) {
                    let cell_or_row = matches!(n, "td" | "th" | "tr");
                    if cell_or_row && self.last(Cat::TablePart).is_none_or(|p| p < t) {
                        self.push("tbody".into(), self.kept >= MAX_DEPTH);
                    }
                    if matches!(n, "td" | "th") && self.last(Cat::Row).is_none_or(|p| p < t) {
                        self.push("tr".into(), self.kept >= MAX_DEPTH);
                    }
                }
            }
            _ => {}
        }
    }

    fn start_tag(&mut self, name: String, lt: usize, end: usize) {
        self.close_implied_by(&name);
        let drop = self.kept >= MAX_DEPTH || self.elements >= MAX_ELEMENTS;
        if !drop {
            self.elements += 1;
        }
        if drop {
            self.cuts.push((lt, end));
        }
        self.push(name, drop);
    }

    fn end_tag(&mut self, name: &str, lt: usize, end: usize) {
        let Some(pos) = self.nearest(name) else {
            return; // the parser ignores it (or, for `</p>` and `</br>`, adds an empty element)
        };
        if self.stack[pos].dropped {
            // everything above a dropped element was dropped too
            self.cuts.push((lt, end));
            self.pop_to(pos);
            return;
        }
        let closes = match name {
            "p" => self.clear_above(pos, Cat::Button),
            "li" => self.clear_above(pos, Cat::List),
            "td" | "th" | "tr" | "tbody" | "thead" | "tfoot" | "table" => {
                self.clear_above(pos, Cat::Table)
            }
            "html" | "body" | "head" => false,
            _ if self.stack[pos].bits & (1 << Cat::Special as u16) != 0 => {
                self.clear_above(pos, Cat::Marker)
            }
            // any other end tag, and formatting elements without a block inside them
            _ => self.clear_above(pos, Cat::Special),
        };
        if closes {
            self.pop_to(pos);
        }
    }
}

/// A tag's name (lower-case) from `at`, and where it ends.
fn tag_name(s: &[u8], at: usize) -> (String, usize) {
    let end = s[at..]
        .iter()
        .position(|&b| is_space(b) || b == b'/' || b == b'>')
        .map_or(s.len(), |p| at + p);
    let name = String::from_utf8_lossy(&s[at..end]).to_ascii_lowercase();
    (name, end)
}

struct Tag {
    /// just past the closing `>`
    end: usize,
    self_closing: bool,
    /// where the attributes past [`MAX_ATTRIBUTES`] begin
    cut_attributes_from: Option<usize>,
    /// attributes whose values are too long
    long_values: Vec<(usize, usize)>,
}

/// Reads a tag's attributes as the HTML tokenizer does, from just after its name to its `>`;
/// `None` when the input ends inside the tag (the tokenizer then drops it).
fn attributes(s: &[u8], mut i: usize) -> Option<Tag> {
    let mut count = 0;
    let mut cut = None;
    let mut long_values = Vec::new();
    loop {
        // before attribute name
        let mut slash = false;
        while i < s.len() && (is_space(s[i]) || s[i] == b'/') {
            slash = s[i] == b'/';
            i += 1;
        }
        let b = *s.get(i)?;
        if b == b'>' {
            return Some(Tag {
                end: i + 1,
                self_closing: slash,
                cut_attributes_from: cut,
                long_values,
            });
        }
        let name_start = i;
        // attribute name (its first character may be '=')
        count += 1;
        if count == MAX_ATTRIBUTES + 1 {
            // from the white space before this attribute, so the kept ones stay whole
            let mut from = i;
            while from > 0 && is_space(s[from - 1]) {
                from -= 1;
            }
            cut = Some(from);
        }
        i += 1;
        while i < s.len() && !(is_space(s[i]) || matches!(s[i], b'/' | b'>' | b'=')) {
            i += 1;
        }
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
        if s.get(i) == Some(&b'=') {
            i += 1;
            while i < s.len() && is_space(s[i]) {
                i += 1;
            }
            let value_start = i;
            match *s.get(i)? {
                q @ (b'"' | b'\'') => {
                    let close = s[i + 1..].iter().position(|&b| b == q)?;
                    i = i + 1 + close + 1;
                }
                _ => {
                    while i < s.len() && !(is_space(s[i]) || s[i] == b'>') {
                        i += 1;
                    }
                }
            }
            if i - value_start > MAX_ATTRIBUTE_VALUE {
                long_values.push((name_start, i));
            }
        }
    }
}

/// Where the raw text of `<name>` ends: at its end tag (`</name` then space, `/` or `>`).
fn raw_text_end(s: &[u8], mut i: usize, name: &str) -> Option<usize> {
    let n = name.len();
    loop {
        let lt = i + s[i..].windows(2).position(|w| w == b"</")?;
        let after = lt + 2 + n;
        if after <= s.len()
            && s[lt + 2..after].eq_ignore_ascii_case(name.as_bytes())
            && s.get(after)
                .is_none_or(|&b| is_space(b) || b == b'/' || b == b'>')
        {
            return Some(lt);
        }
        i = lt + 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_come_back_unchanged() {
        let seed = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/fixtures/seed-story/article.html"),
        )
        .unwrap();
        assert!(matches!(bound_html(&seed), Cow::Borrowed(_)));
        let sloppy = format!(
            "<ul>{}</ul><table>{}</table>{}",
            "<li>item".repeat(2000),
            "<tr><td>a<td>b".repeat(2000),
            "<p>para".repeat(2000)
        );
        assert!(matches!(bound_html(&sloppy), Cow::Borrowed(_)));
        assert!(modeled_depth(&sloppy) < 10, "{}", modeled_depth(&sloppy));
    }

    #[test]
    fn deep_nesting_of_every_kind_is_flattened_and_the_text_kept() {
        for (open, close) in [
            ("<div>", "</div>"),
            ("<ul><li>", "</li></ul>"),
            ("<b>", "</b>"),
            ("<span>", ""),
            ("<div/>", ""),
            ("<blockquote><p>", ""),
            ("<table><td>", "</td></table>"),
            ("<div><table><td>", "</div>"),
            ("<svg><g>", ""),
            ("<select><option>", ""),
            ("<a href=x>", "</a>"),
        ] {
            let n = 20_000;
            let html = format!(
                "<body>{}deep text{}</body>",
                open.repeat(n),
                close.repeat(n)
            );
            let bounded = bound_html(&html);
            let depth = parsed_depth(&bounded);
            assert!(depth <= 2 * MAX_DEPTH, "{open}: depth {depth}");
            assert!(bounded.contains("deep text"), "{open}");
        }
    }

    #[test]
    fn attributes_past_the_limit_are_dropped_and_the_tag_kept() {
        let attrs: String = (0..1000).map(|i| format!(" a{i}=\"v {i}\"")).collect();
        let html = format!("<p id=first{attrs}>text</p><img src=x{attrs}/>");
        let bounded = bound_html(&html);
        let doc = scraper::Html::parse_fragment(&bounded);
        let p = doc
            .select(&scraper::Selector::parse("p").unwrap())
            .next()
            .unwrap();
        assert_eq!(p.value().attrs().count(), MAX_ATTRIBUTES);
        assert_eq!(p.value().attr("id"), Some("first"));
        assert!(bounded.contains(">text</p>"));
        assert!(bounded.contains("a62=\"v 62\"/>"), "{bounded}");
    }

    #[test]
    fn raw_text_and_comments_do_not_count_as_tags() {
        let html = format!(
            "<script>{}</script><!--{}--><textarea>{}</textarea><p>after</p>",
            "<div>".repeat(1000),
            "<div>".repeat(1000),
            "<div>".repeat(1000)
        );
        assert!(matches!(bound_html(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn text_dense_with_escapes_is_split_and_reads_the_same() {
        let text = "caf&eacute; &amp; b&b &nosuch; \u{a0} &copy ".repeat(2000);
        let html = format!("<p title=\"a&amp;b\">{text}</p><script>if (a && b) {{}}</script>");
        let bounded = bound_html(&html);
        assert!(bounded.matches("<!---->").count() > 10);
        assert!(bounded.contains("title=\"a&amp;b\"") && bounded.contains("a && b"));
        let read = |h: &str| {
            scraper::Html::parse_fragment(h)
                .root_element()
                .text()
                .collect::<String>()
        };
        assert_eq!(read(&bounded), read(&html));
        let few = "caf&eacute; &amp; b&b ".repeat(10);
        assert!(matches!(bound_html(&few), Cow::Borrowed(_)));
        let long = format!("<a href=\"/x?{}\" title=t>link</a>", "a=1&".repeat(5000));
        assert_eq!(bound_html(&long), "<a  title=t>link</a>");
    }

    #[test]
    fn elements_past_the_limit_are_dropped_and_their_text_kept() {
        let html = "<a href=/x>l</a><br>".repeat(MAX_ELEMENTS);
        let bounded = bound_html(&html);
        let doc = scraper::Html::parse_fragment(&bounded);
        assert!(doc.tree.nodes().filter(|n| n.value().is_element()).count() <= MAX_ELEMENTS + 2);
        let text: String = doc.root_element().text().collect();
        assert_eq!(text.len(), MAX_ELEMENTS);
    }

    #[test]
    fn broken_input_ends_cleanly() {
        for html in [
            "<", "<a", "<a b=\"", "</", "<!--", "<script>", "<p a='x", "<\u{0}>",
        ] {
            let _ = bound_html(html);
        }
    }
}
