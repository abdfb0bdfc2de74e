//! The pseudo-languages' text transforms, applied to each piece of a message's text (never to
//! its arguments): `en-XA` accents every letter, brackets the piece and makes it 40% longer;
//! `ar-XB` writes it right to left. Each line of a piece is done apart, its surrounding spaces
//! left outside, so a transformed message keeps its line breaks and spacing.

use std::borrow::Cow;

/// `en-XA`: "[Ŝûƀšçŕîƀéð one two]". A text shown without brackets and accents was never
/// moved into a catalog; one that no longer fits is too tight for longer languages.
pub fn accented(text: &str) -> Cow<'_, str> {
    per_line(text, |core, out| {
        out.push('[');
        out.extend(core.chars().map(accent));
        let letters = core.chars().filter(|c| c.is_alphabetic()).count();
        let mut padding = (letters * 2).div_ceil(5); // 40%
        for word in PADDING.iter().cycle() {
            if padding == 0 {
                break;
            }
            out.push(' ');
            out.push_str(word);
            padding = padding.saturating_sub(word.len() + 1);
        }
        out.push(']');
    })
}

/// `ar-XB`: the piece between right-to-left override marks, so English reads mirrored in a
/// right-to-left window.
pub fn bidi(text: &str) -> Cow<'_, str> {
    per_line(text, |core, out| {
        out.push('\u{202e}');
        out.push_str(core);
        out.push('\u{202c}');
    })
}

/// `text` with `transform` applied to each line's words (from its first to its last
/// non-space character), when the line has a letter.
fn per_line(text: &str, transform: impl Fn(&str, &mut String)) -> Cow<'_, str> {
    if !text.chars().any(char::is_alphabetic) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2 + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let core = line.trim();
        if !core.chars().any(char::is_alphabetic) {
            out.push_str(line);
            continue;
        }
        let start = line.len() - line.trim_start().len();
        out.push_str(&line[..start]);
        transform(core, &mut out);
        out.push_str(&line[start + core.len()..]);
    }
    Cow::Owned(out)
}

const PADDING: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

fn accent(c: char) -> char {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}
