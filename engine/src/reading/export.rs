//! Bookmarks out of the app: one self-contained HTML file (images inlined as data URLs, so it
//! opens anywhere, offline, forever), Markdown, or JSON. Written atomically by the callers.

use std::io::Write;
use std::path::Path;

use base64::Engine as _;
use chrono::{TimeZone, Utc};
use scraper::{ElementRef, Html, Node};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::{ArticleQuery, View};
use crate::offline::ImageStore;
use crate::reading::reader::{reader_view_with, ReaderView};
use crate::text::{fold_whitespace, html_to_text};
use crate::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Html,
    Markdown,
    Json,
}

impl ExportFormat {
    pub fn parse(s: &str) -> Result<ExportFormat> {
        match s.to_ascii_lowercase().as_str() {
            "html" | "htm" => Ok(ExportFormat::Html),
            "md" | "markdown" => Ok(ExportFormat::Markdown),
            "json" => Ok(ExportFormat::Json),
            _ => Err(Error::Invalid(
                Message::new("error-export-format").with("format", s),
            )),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Html => "html",
            ExportFormat::Markdown => "md",
            ExportFormat::Json => "json",
        }
    }
}

/// One bookmark as the JSON export carries it.
#[derive(Debug, Serialize)]
pub struct ExportedArticle {
    pub title: String,
    pub url: Option<String>,
    pub feed: String,
    pub author: Option<String>,
    /// RFC 3339.
    pub published: String,
    /// Sanitized HTML, images as their original addresses.
    pub html: String,
    pub text: String,
}

fn date(ts: i64) -> String {
    Utc.timestamp_opt(ts, 0)
        .single()
        .map(|d| d.to_rfc3339())
        .unwrap_or_default()
}

/// Every bookmark in `format`, newest bookmark first; returns the document and the count.
pub fn export_bookmarks(
    store: &Store,
    images: &ImageStore,
    format: ExportFormat,
) -> Result<(String, usize)> {
    // every bookmark, page by page (a page is capped), each continuing from the last row
    let mut ids: Vec<i64> = Vec::new();
    let mut after = None;
    loop {
        let page = store.articles(&ArticleQuery {
            view: View::Bookmarks,
            limit: 500,
            after,
            ..Default::default()
        })?;
        let Some(last) = page.last() else {
            break;
        };
        after = Some((last.published_at, last.id));
        ids.extend(page.into_iter().map(|a| a.id));
    }
    let mut articles = Vec::with_capacity(ids.len());
    for id in &ids {
        // inline images for HTML; original addresses elsewhere (a Markdown or JSON reader
        // cannot hold the bytes)
        let view = match format {
            ExportFormat::Html => reader_view_with(store, *id, |hash| {
                images
                    .read(hash)
                    .map(|img| {
                        format!(
                            "data:{};base64,{}",
                            img.mime,
                            base64::engine::general_purpose::STANDARD.encode(img.bytes)
                        )
                    })
                    .unwrap_or_default()
            })?,
            _ => {
                let mut v = reader_view_with(store, *id, |_| String::new())?;
                let a = store.article(*id)?;
                let body = a
                    .full_content
                    .or(a.content)
                    .or(a.summary)
                    .unwrap_or_default();
                v.html = crate::pages::sanitize::sanitize_article(&body, a.url.as_deref());
                v
            }
        };
        articles.push(view);
    }
    let count = articles.len();
    let doc = match format {
        ExportFormat::Json => {
            let out: Vec<ExportedArticle> = articles
                .into_iter()
                .map(|v| ExportedArticle {
                    text: html_to_text(&v.html),
                    published: date(v.published_at),
                    title: v.title,
                    url: v.url,
                    feed: v.feed_title,
                    author: v.author,
                    html: v.html,
                })
                .collect();
            serde_json::to_string_pretty(&out).map_err(|e| {
                Error::Invalid(Message::new("error-other").with("why", e.to_string()))
            })?
        }
        ExportFormat::Markdown => {
            let mut out = String::from("# Bookmarks\n\n");
            for v in articles {
                let title = escape_md(title_of(&v));
                match &v.url {
                    Some(url) => out.push_str(&format!("## [{title}]({url})\n\n")),
                    None => out.push_str(&format!("## {title}\n\n")),
                }
                let meta = meta_line(&v);
                out.push_str(&format!("*{}*\n\n", escape_md(&meta)));
                out.push_str(html_to_markdown(&v.html).trim());
                out.push_str("\n\n---\n\n");
            }
            out
        }
        ExportFormat::Html => {
            let mut out = String::from(
                "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Bookmarks</title>\
                 <meta name=\"generator\" content=\"Broadsheet\">\
                 <style>body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:17px/1.6 Georgia,serif;color:#222}\
                 img{max-width:100%;height:auto}article{border-bottom:1px solid #ddd;padding-bottom:2rem;margin-bottom:2rem}\
                 .meta{color:#666;font:14px system-ui,sans-serif}figcaption{color:#555;font-size:.9em}</style>\
                 </head><body><h1>Bookmarks</h1>\n",
            );
            let esc = |s: &str| html_escape::encode_text(s).to_string();
            for v in articles {
                out.push_str("<article dir=\"auto\">");
                let title = esc(title_of(&v));
                match &v.url {
                    Some(url) => out.push_str(&format!(
                        "<h2><a href=\"{}\">{title}</a></h2>",
                        html_escape::encode_double_quoted_attribute(url)
                    )),
                    None => out.push_str(&format!("<h2>{title}</h2>")),
                }
                let meta = meta_line(&v);
                out.push_str(&format!("<p class=\"meta\">{}</p>", esc(&meta)));
                out.push_str(&v.html);
                out.push_str("</article>\n");
            }
            out.push_str("</body></html>\n");
            out
        }
    };
    Ok((doc, count))
}

fn title_of(v: &ReaderView) -> &str {
    if v.title.is_empty() {
        "(untitled)"
    } else {
        &v.title
    }
}

/// "Feed · Author · date", whichever of them there are.
fn meta_line(v: &ReaderView) -> String {
    [
        Some(v.feed_title.clone()),
        v.author.clone(),
        Some(date(v.published_at)),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// Writes `contents` to `path` atomically: a crash leaves the old file or the new, never half.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "export".into());
    let part = dir.join(format!(".{name}.{}.part", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&part)?;
        f.write_all(contents)?;
        f.sync_all()?;
        std::fs::rename(&part, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&part);
        return Err(e.into());
    }
    // part files of earlier writes that were killed midway
    let stale = format!(".{name}.");
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let file = entry.file_name().to_string_lossy().to_string();
            if file.starts_with(&stale) && file.ends_with(".part") {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    Ok(())
}

fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '`' | '#' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Sanitized article HTML as Markdown: paragraphs, headings, links, emphasis, lists, quotes,
/// images by their address, captions in italics.
pub fn html_to_markdown(html: &str) -> String {
    let doc = Html::parse_fragment(&crate::pages::html_bounds::bound_html(html));
    let mut out = String::new();
    blocks(doc.root_element(), &mut out, 0);
    // at most one blank line between blocks
    let mut tidy = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.lines() {
        if line.trim().is_empty() {
            blank += 1;
            if blank == 1 {
                tidy.push('\n');
            }
        } else {
            blank = 0;
            tidy.push_str(line.trim_end());
            tidy.push('\n');
        }
    }
    tidy
}

/// How deep the Markdown walk goes; below that an element is its plain text (the input is
/// already bounded by `html_bounds`, this keeps the walk itself bounded whatever it is given).
const MAX_WALK_DEPTH: usize = 2 * crate::pages::html_bounds::MAX_DEPTH;

fn plain(el: ElementRef) -> String {
    escape_md(&fold_whitespace(&el.text().collect::<String>()))
}

fn blocks(el: ElementRef, out: &mut String, depth: usize) {
    if depth > MAX_WALK_DEPTH {
        out.push_str(&plain(el));
        out.push(' ');
        return;
    }
    let depth = depth + 1;
    for child in el.children() {
        match child.value() {
            Node::Text(t) => {
                let text = fold_whitespace(t);
                if !text.is_empty() {
                    out.push_str(&escape_md(&text));
                    out.push(' ');
                }
            }
            Node::Element(e) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                let name = e.name();
                match name {
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        let level = name[1..].parse::<usize>().unwrap_or(3).max(3);
                        out.push_str(&format!(
                            "\n\n{} {}\n\n",
                            "#".repeat(level),
                            inline(child, depth)
                        ));
                    }
                    "p" | "figcaption" if !inline(child, depth).is_empty() => {
                        let text = inline(child, depth);
                        if name == "figcaption" {
                            out.push_str(&format!("\n\n*{text}*\n\n"));
                        } else {
                            out.push_str(&format!("\n\n{text}\n\n"));
                        }
                    }
                    "p" | "figcaption" => {}
                    "blockquote" => {
                        let mut inner = String::new();
                        blocks(child, &mut inner, depth);
                        for line in inner.trim().lines() {
                            out.push_str(&format!("\n> {line}"));
                        }
                        out.push_str("\n\n");
                    }
                    "ul" | "ol" => {
                        out.push_str("\n\n");
                        let mut n = 0;
                        for li in child.children().filter_map(ElementRef::wrap) {
                            n += 1;
                            let marker = if name == "ol" {
                                format!("{n}.")
                            } else {
                                "-".into()
                            };
                            out.push_str(&format!("{marker} {}\n", inline(li, depth)));
                        }
                        out.push('\n');
                    }
                    "pre" => {
                        let code: String = child.text().collect();
                        out.push_str(&format!("\n\n```\n{}\n```\n\n", code.trim_end()));
                    }
                    "img" => out.push_str(&format!("\n\n{}\n\n", inline_one(child, depth))),
                    "hr" => out.push_str("\n\n---\n\n"),
                    "div" | "section" | "article" | "figure" | "main" | "header" | "footer"
                    | "picture" | "details" | "table" | "tbody" | "thead" | "tr" | "html"
                    | "body" => blocks(child, out, depth),
                    _ => {
                        out.push_str(&inline_one(child, depth));
                        out.push(' ');
                    }
                }
            }
            _ => {}
        }
    }
}

/// The inline content of an element as one line of Markdown.
fn inline(el: ElementRef, depth: usize) -> String {
    if depth > MAX_WALK_DEPTH {
        return plain(el);
    }
    let depth = depth + 1;
    let mut out = String::new();
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(&escape_md(&t.replace('\n', " "))),
            Node::Element(_) => {
                if let Some(e) = ElementRef::wrap(child) {
                    out.push_str(&inline_one(e, depth));
                }
            }
            _ => {}
        }
    }
    fold_whitespace(&out)
}

fn inline_one(el: ElementRef, depth: usize) -> String {
    let attr = |a: &str| el.value().attr(a).unwrap_or("").to_string();
    match el.value().name() {
        "a" => {
            let text = inline(el, depth);
            let href = attr("href");
            if href.is_empty() {
                text
            } else {
                format!("[{text}]({})", href.replace(' ', "%20").replace(')', "%29"))
            }
        }
        "strong" | "b" => wrap_non_empty("**", inline(el, depth)),
        "em" | "i" => wrap_non_empty("*", inline(el, depth)),
        "code" => format!("`{}`", el.text().collect::<String>().replace('`', "")),
        "br" => "  \n".into(),
        "img" => {
            let src = attr("src");
            if src.is_empty() || src.starts_with("data:") {
                String::new()
            } else {
                format!(
                    "![{}]({})",
                    escape_md(&attr("alt")),
                    src.replace(' ', "%20")
                )
            }
        }
        _ => inline(el, depth),
    }
}

fn wrap_non_empty(mark: &str, text: String) -> String {
    if text.is_empty() {
        text
    } else {
        format!("{mark}{text}{mark}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_keeps_structure_links_and_images() {
        let md = html_to_markdown(
            r#"<p>First <strong>bold</strong> and <a href="https://x.example/a">a link</a>.</p>
               <h2>Sub</h2><ul><li>one</li><li>two</li></ul>
               <figure><img src="https://x.example/i.png" alt="pic"><figcaption>Caption</figcaption></figure>
               <blockquote><p>Quoted</p></blockquote>"#,
        );
        for want in [
            "First **bold** and [a link](https://x.example/a).",
            "### Sub",
            "- one\n- two",
            "![pic](https://x.example/i.png)",
            "*Caption*",
            "> Quoted",
        ] {
            assert!(md.contains(want), "{want:?} missing from:\n{md}");
        }
    }

    #[test]
    fn atomic_write_replaces_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.html");
        std::fs::write(dir.path().join(".b.html.999.part"), b"killed midway").unwrap();
        write_atomically(&path, b"old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no part file left"
        );
    }
}
