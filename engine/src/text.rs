//! HTML to plain text for the search index and list excerpts: fast, forgiving, no DOM.

/// The visible text of an HTML fragment: tags dropped (block tags become spaces), `script`,
/// `style` and comments skipped, entities decoded, white space folded.
pub fn html_to_text(html: &str) -> String {
    let mut raw = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        raw.push_str(&rest[..lt]);
        let tag = &rest[lt..];
        if tag.starts_with("<!--") {
            rest = tag.find("-->").map_or("", |end| &tag[end + 3..]);
            continue;
        }
        let Some(gt) = tag_end(tag) else {
            // a lone '<' is text
            raw.push('<');
            rest = &tag[1..];
            continue;
        };
        let name: String = tag[1..gt]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        rest = &tag[gt + 1..];
        if name.is_empty() && !tag[1..].starts_with(['/', '!', '?']) {
            // "a < b" style text, not a tag
            raw.push_str(&tag[..gt + 1]);
            continue;
        }
        if (name == "script" || name == "style") && !tag.starts_with("</") {
            let close = format!("</{name}");
            rest = find_ascii_case_insensitive(rest, &close).map_or("", |i| &rest[i..]);
            continue;
        }
        raw.push(' ');
    }
    raw.push_str(rest);
    let decoded = html_escape::decode_html_entities(&raw);
    fold_whitespace(&decoded)
}

/// "1 article", "2 articles": a count with the word that fits it.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
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
