//! An article's HTML as plain text for a terminal: paragraphs, headings, list items, quotes,
//! table rows and preformatted text kept apart, wrapped to a width (`broadsheet read`).

use crate::text::{fold_whitespace, for_each_token, Token};

/// What kind of block a piece of text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    /// A list item with its marker ("•", "3.") and how deep the list is (1 = top level).
    ListItem {
        marker: String,
        depth: usize,
    },
    /// Text shown as written: white space and line breaks kept.
    Preformatted,
    /// A figure's caption (`figcaption`): said beside a picture, not part of the prose.
    Caption,
}

/// One block of text, inside `quote_depth` block quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub quote_depth: usize,
    /// Entities decoded; line breaks (`<br>`) kept as `\n`.
    pub text: String,
}

/// Tags that end the block before them and start a new one.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tr",
    "ul",
];

/// Where a `<br>` was, until the text is folded (a source line break is only a space).
const LINE_BREAK: char = '\u{E000}';

/// The blocks of an HTML fragment, in order; empty blocks dropped.
pub fn html_to_blocks(html: &str) -> Vec<Block> {
    let mut b = Builder::default();
    for_each_token(html, |token| match token {
        Token::Text(t) => b.raw.push_str(t),
        Token::Tag { name, closing } => b.tag(&name, closing),
    });
    b.flush();
    b.blocks
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    raw: String,
    /// Open lists, innermost last: `Some(next number)` for `<ol>`, `None` for `<ul>`.
    lists: Vec<Option<usize>>,
    quote_depth: usize,
    pre_depth: usize,
    caption_depth: usize,
    heading: bool,
    /// The marker of the list item whose text is being gathered.
    item: Option<String>,
    /// A table row's cells so far.
    cells: Vec<String>,
}

impl Builder {
    fn tag(&mut self, name: &str, closing: bool) {
        if name == "br" {
            self.raw.push(LINE_BREAK);
            return;
        }
        if matches!(name, "td" | "th") {
            if closing {
                let cell = self.take_text();
                self.cells.push(cell);
            } else {
                self.flush_text_only();
            }
            return;
        }
        if !BLOCK_TAGS.contains(&name) {
            // inline: a word boundary at most
            if matches!(name, "img" | "wbr") {
                self.raw.push(' ');
            }
            return;
        }
        self.flush();
        match (name, closing) {
            ("ul", false) => self.lists.push(None),
            ("ol", false) => self.lists.push(Some(1)),
            ("ul" | "ol", true) => {
                self.lists.pop();
            }
            ("li", false) => {
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}.");
                        *n += 1;
                        m
                    }
                    _ => "•".to_string(),
                };
                self.item = Some(marker);
            }
            ("blockquote", false) => self.quote_depth += 1,
            ("blockquote", true) => self.quote_depth = self.quote_depth.saturating_sub(1),
            ("pre", false) => self.pre_depth += 1,
            ("pre", true) => self.pre_depth = self.pre_depth.saturating_sub(1),
            ("figcaption", false) => self.caption_depth += 1,
            ("figcaption", true) => self.caption_depth = self.caption_depth.saturating_sub(1),
            (h, closing) if h.len() == 2 && h.starts_with('h') => self.heading = !closing,
            _ => {}
        }
    }

    /// The gathered text, entities decoded, white space folded per line.
    fn take_text(&mut self) -> String {
        let decoded = html_escape::decode_html_entities(&self.raw).into_owned();
        self.raw.clear();
        if self.pre_depth > 0 {
            let text = decoded.replace(LINE_BREAK, "\n");
            return text.trim_matches('\n').trim_end().to_string();
        }
        decoded
            .split(LINE_BREAK)
            .map(fold_whitespace)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Text before a table cell belongs to no cell: it becomes a block of its own.
    fn flush_text_only(&mut self) {
        if !self.raw.trim().is_empty() && self.cells.is_empty() {
            let cells = std::mem::take(&mut self.cells);
            self.flush();
            self.cells = cells;
        } else {
            self.raw.clear();
        }
    }

    fn flush(&mut self) {
        let mut text = self.take_text();
        if !self.cells.is_empty() {
            let mut cells = std::mem::take(&mut self.cells);
            if !text.is_empty() {
                cells.push(text);
            }
            text = cells
                .into_iter()
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" | ");
        }
        if text.is_empty() {
            return;
        }
        let kind = if self.pre_depth > 0 {
            BlockKind::Preformatted
        } else if self.caption_depth > 0 {
            BlockKind::Caption
        } else if self.heading {
            BlockKind::Heading
        } else if let Some(marker) = self.item.take() {
            BlockKind::ListItem {
                marker,
                depth: self.lists.len().max(1),
            }
        } else {
            BlockKind::Paragraph
        };
        self.blocks.push(Block {
            kind,
            quote_depth: self.quote_depth,
            text,
        });
    }
}

/// Blocks as lines for a terminal `width` columns wide (at least 20): a blank line between
/// blocks (none between items of one list), list items hang after their marker, quotes are
/// drawn with a bar, headings underlined, preformatted text left as it is.
pub fn wrap_blocks(blocks: &[Block], width: usize) -> String {
    let width = width.max(20);
    let mut out = String::new();
    let mut previous: Option<&Block> = None;
    for block in blocks {
        if let Some(prev) = previous {
            let same_list = matches!(prev.kind, BlockKind::ListItem { .. })
                && matches!(block.kind, BlockKind::ListItem { .. });
            out.push_str(if same_list { "\n" } else { "\n\n" });
        }
        let quote = "│ ".repeat(block.quote_depth);
        let lines = match &block.kind {
            BlockKind::Preformatted => block
                .text
                .lines()
                .map(|l| format!("{quote}    {l}"))
                .collect::<Vec<_>>(),
            BlockKind::ListItem { marker, depth } => {
                let indent = "  ".repeat(depth - 1);
                let first = format!("{quote}{indent}{marker} ");
                let rest = format!("{quote}{indent}{}", " ".repeat(marker.chars().count() + 1));
                wrap(&block.text, width, &first, &rest)
            }
            BlockKind::Heading => {
                let mut lines = wrap(&block.text, width, &quote, &quote);
                let longest = lines
                    .iter()
                    .map(|l| textwrap::core::display_width(l) - quote.chars().count())
                    .max()
                    .unwrap_or(0);
                lines.push(format!("{quote}{}", "─".repeat(longest)));
                lines
            }
            BlockKind::Paragraph | BlockKind::Caption => wrap(&block.text, width, &quote, &quote),
        };
        out.push_str(&lines.join("\n"));
        previous = Some(block);
    }
    out
}

fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let options = textwrap::Options::new(width)
            .initial_indent(if i == 0 { first } else { rest })
            .subsequent_indent(rest);
        lines.extend(
            textwrap::wrap(line, options)
                .into_iter()
                .map(|l| l.into_owned()),
        );
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(html: &str) -> Vec<(BlockKind, usize, String)> {
        html_to_blocks(html)
            .into_iter()
            .map(|b| (b.kind, b.quote_depth, b.text))
            .collect()
    }

    #[test]
    fn paragraphs_headings_lists_quotes_and_tables_stay_apart() {
        let html =
            "<h2>Title &amp; more</h2><p>First   para\ngraph.</p>Loose text<p>Second<br>line</p>\
            <ul><li>one</li><li>two<ol><li>a</li><li>b</li></ol></li></ul>\
            <blockquote><p>Quoted <b>words</b></p></blockquote>\
            <table><tr><th>Name</th><th>Votes</th></tr><tr><td>A</td><td>12</td></tr></table>\
            <pre>  code\n    indented</pre>\
            <figure><img src=w.jpg><figcaption>A new <b>well</b></figcaption></figure><p>After</p>";
        let item = |m: &str, d| BlockKind::ListItem {
            marker: m.into(),
            depth: d,
        };
        assert_eq!(
            kinds(html),
            vec![
                (BlockKind::Heading, 0, "Title & more".into()),
                (BlockKind::Paragraph, 0, "First para graph.".into()),
                (BlockKind::Paragraph, 0, "Loose text".into()),
                (BlockKind::Paragraph, 0, "Second\nline".into()),
                (item("•", 1), 0, "one".into()),
                (item("•", 1), 0, "two".into()),
                (item("1.", 2), 0, "a".into()),
                (item("2.", 2), 0, "b".into()),
                (BlockKind::Paragraph, 1, "Quoted words".into()),
                (BlockKind::Paragraph, 0, "Name | Votes".into()),
                (BlockKind::Paragraph, 0, "A | 12".into()),
                (BlockKind::Preformatted, 0, "  code\n    indented".into()),
                (BlockKind::Caption, 0, "A new well".into()),
                (BlockKind::Paragraph, 0, "After".into()),
            ]
        );
    }

    #[test]
    fn wrapping_keeps_blocks_apart_and_within_the_width() {
        let html = "<p>The quick brown fox jumps over the lazy dog again and again.</p>\
            <ul><li>an item long enough to wrap onto a second line</li><li>short</li></ul>\
            <blockquote>a quoted sentence that wraps too</blockquote><h3>Head</h3>";
        let text = wrap_blocks(&html_to_blocks(html), 24);
        assert_eq!(
            text,
            "The quick brown fox\njumps over the lazy dog\nagain and again.\n\n\
             • an item long enough\n  to wrap onto a second\n  line\n• short\n\n\
             │ a quoted sentence that\n│ wraps too\n\nHead\n────"
        );
        for line in text.lines() {
            assert!(textwrap::core::display_width(line) <= 24, "{line:?}");
        }
    }

    #[test]
    fn wide_scripts_wrap_by_display_width() {
        let text = wrap_blocks(
            &html_to_blocks("<p>東京で新しい図書館が開館しました</p>"),
            20,
        );
        assert!(text.lines().count() > 1, "{text}");
        for line in text.lines() {
            assert!(textwrap::core::display_width(line) <= 20, "{line:?}");
        }
    }
}
