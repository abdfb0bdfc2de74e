//! HTML to plain text for the search index and list excerpts: fast, forgiving, no DOM.

/// The visible text of an HTML fragment: tags dropped (block tags become spaces), `script`,
/// `style` and comments skipped, entities decoded, white space folded.
pub fn html_to_text(html: &str) -> String {
    let mut raw = String::with_capacity(html.len());
    for_each_token(html, |token| match token {
        Token::Text(t) => raw.push_str(t),
        Token::Tag { .. } => raw.push(' '),
    });
    let decoded = html_escape::decode_html_entities(&raw);
    fold_whitespace(&decoded)
}

/// A piece of an HTML fragment as [`for_each_token`] sees it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// Text as written (entities not decoded yet).
    Text(&'a str),
    /// A tag, its name in lower case (`closing` for `</name>`); empty for `<!...>`, `<?...>`.
    Tag { name: String, closing: bool },
}

/// Walks an HTML fragment as text and tags, forgivingly: comments, `script` and `style`
/// skipped, a `<` that opens no tag kept as text. No DOM, one pass.
pub(crate) fn for_each_token<'a>(html: &'a str, mut f: impl FnMut(Token<'a>)) {
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        if lt > 0 {
            f(Token::Text(&rest[..lt]));
        }
        let tag = &rest[lt..];
        if tag.starts_with("<!--") {
            rest = tag.find("-->").map_or("", |end| &tag[end + 3..]);
            continue;
        }
        let Some(gt) = tag_end(tag) else {
            // a lone '<' is text
            f(Token::Text("<"));
            rest = &tag[1..];
            continue;
        };
        let closing = tag[1..].starts_with('/');
        let name: String = tag[1..gt]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        rest = &tag[gt + 1..];
        if name.is_empty() && !tag[1..].starts_with(['/', '!', '?']) {
            // "a < b" style text, not a tag
            f(Token::Text(&tag[..gt + 1]));
            continue;
        }
        if (name == "script" || name == "style") && !closing {
            let close = format!("</{name}");
            rest = find_ascii_case_insensitive(rest, &close).map_or("", |i| &rest[i..]);
            continue;
        }
        f(Token::Tag { name, closing });
    }
    if !rest.is_empty() {
        f(Token::Text(rest));
    }
}

/// The order people expect for names: letters without regard to case, runs of digits by
/// their value ("Feed 2" before "Feed 10"). A stable fallback for where no locale collation
/// is at hand (the CLI); the window sorts with the locale's own (`Intl.Collator`).
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (mut a, mut b) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (a.peek().copied(), b.peek().copied()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let take = |it: &mut std::iter::Peekable<std::str::Chars>| {
                    let mut digits = String::new();
                    while let Some(c) = it.next_if(char::is_ascii_digit) {
                        digits.push(c);
                    }
                    digits
                };
                let (da, db) = (take(&mut a), take(&mut b));
                let (ta, tb) = (da.trim_start_matches('0'), db.trim_start_matches('0'));
                let by_value = ta.len().cmp(&tb.len()).then_with(|| ta.cmp(tb));
                if by_value != Ordering::Equal {
                    return by_value;
                }
            }
            (Some(x), Some(y)) => {
                let by_letter = x.to_lowercase().cmp(y.to_lowercase());
                if by_letter != Ordering::Equal {
                    return by_letter;
                }
                a.next();
                b.next();
            }
        }
    }
}

/// A timestamp's day in the local time zone, as "2026-05-01".
pub fn local_date(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .map(|d| {
            d.with_timezone(&chrono::Local)
                .format("%Y-%m-%d")
                .to_string()
        })
        .unwrap_or_default()
}

/// At most `max_chars` characters of `text`, cut at a word boundary, with an ellipsis if cut.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|&i| i > max_chars / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

/// Where the tag starting at `tag[0] == '<'` closes: the first `>` outside quoted attribute
/// values (so `<iframe srcdoc="<b>x</b>">` is one tag).
fn tag_end(tag: &str) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (i, &b) in tag.as_bytes().iter().enumerate().skip(1) {
        match (quote, b) {
            (Some(q), _) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'')
                if tag.as_bytes()[i - 1] == b'=' || tag.as_bytes()[i - 1].is_ascii_whitespace() =>
            {
                quote = Some(b)
            }
            (None, b'>') => return Some(i),
            (None, b'<') => return None,
            _ => {}
        }
    }
    None
}

/// How many words a text holds, for judging its length: words between spaces, except that
/// in scripts written without spaces (Chinese, Japanese, Thai...) every two letters count as
/// a word, so a Japanese article is not taken for a line.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().map(words_in).sum()
}

/// [`word_count`], counting no further than past `cap`: at most `cap + 1`, for a check of
/// whether a text is short that should not read all of a long one.
pub fn word_count_capped(text: &str, cap: usize) -> usize {
    let mut count = 0;
    for word in text.split_whitespace() {
        count += words_in(word);
        if count > cap {
            break;
        }
    }
    count
}

/// How many words one run of letters between spaces counts for (see [`word_count`]).
fn words_in(word: &str) -> usize {
    // most words are ASCII, which no script without spaces is written in
    if word.is_ascii() {
        return 1;
    }
    let unspaced = word.chars().filter(|c| written_without_spaces(*c)).count();
    unspaced.div_ceil(2).max(1)
}

/// Letters of scripts that do not put spaces between words.
fn written_without_spaces(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF   // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK ideographs
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0x20000..=0x2FA1F)
}

pub fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    (0..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_in_scripts_with_and_without_spaces() {
        assert_eq!(word_count("The council met on Monday."), 5);
        assert_eq!(word_count("  شورای شهر روز دوشنبه  "), 4);
        // 23 Japanese letters (and a Latin word among them): about a dozen words, not one
        assert_eq!(
            word_count("報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。"),
            12
        );
        assert_eq!(word_count("iPhone 脱獄"), 2);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn a_capped_count_stops_just_past_its_cap() {
        let long = "word ".repeat(1000);
        assert_eq!(word_count_capped(&long, 60), 61);
        assert_eq!(word_count_capped("The council met on Monday.", 60), 5);
        assert_eq!(word_count_capped("iPhone 脱獄", 1), 2);
        assert_eq!(word_count_capped("", 60), 0);
    }

    #[test]
    fn names_sort_with_numbers_in_order() {
        let mut names = vec![
            "Farm feed 10",
            "farm feed 2",
            "Farm feed 1",
            "Alpha",
            "Farm feed 02b",
            "Ärger",
            "beta",
        ];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            names,
            [
                "Alpha",
                "beta",
                "Farm feed 1",
                "farm feed 2",
                "Farm feed 02b",
                "Farm feed 10",
                "Ärger"
            ]
        );
    }

    #[test]
    fn strips_tags_scripts_and_entities() {
        let html = "<p>Kabul&nbsp;&amp; <b>Dushanbe</b></p><script>var x = '<p>';</script><style>p{}</style><!-- c --><p>end</p>";
        assert_eq!(html_to_text(html), "Kabul & Dushanbe end");
    }

    #[test]
    fn keeps_text_that_only_looks_like_tags() {
        assert_eq!(html_to_text("a < b and 3<4"), "a < b and 3<4");
        assert_eq!(html_to_text("unclosed <b"), "unclosed <b");
    }

    #[test]
    fn quoted_attributes_may_hold_angle_brackets() {
        assert_eq!(
            html_to_text(
                r#"<p>Visible</p><iframe srcdoc="<script>x()</script>"></iframe><a title='a>b'>link</a>"#
            ),
            "Visible link"
        );
    }

    #[test]
    fn blocks_separate_words() {
        assert_eq!(html_to_text("<p>one</p><p>two</p>"), "one two");
    }

    #[test]
    fn excerpt_cuts_at_a_word() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("the quick brown fox jumps", 12), "the quick…");
        assert_eq!(excerpt("دری متن کوتاه است و بلند", 10), "دری متن…");
    }
}
