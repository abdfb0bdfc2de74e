//! `broadsheet stories FILE.jsonl`: groups a file of articles into stories with the very code
//! the app groups its lists with, and prints `{id: group}`, so anyone can score the grouping
//! on a labelled set (`score_stories.py`). One JSON object per line: `id`, `title`, `text`,
//! and when known `date` (a feed's date, or Unix seconds) and `source` (the feed, a number or
//! a name). The order of the lines does not matter: articles are grouped by date, then id.

use std::collections::HashMap;
use std::path::Path;

use broadsheet_engine::feeds::feed_date::parse_feed_date;
use broadsheet_engine::l10n::Message;
use broadsheet_engine::stories::{group_stories, StoryInput};
use broadsheet_engine::Error;
use serde_json::Value;

use super::common::{emit, ExitCode, Global};

/// An article of the file, with the id it is named by.
struct Line {
    id: String,
    article: StoryInput,
}

pub fn run(global: &Global, file: &Path) -> Result<ExitCode, Error> {
    let path = file.display().to_string();
    let text = std::fs::read_to_string(file).map_err(|e| super::cannot_read(&path, e))?;
    let mut sources: HashMap<String, i64> = HashMap::new();
    let mut lines = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |why: String| {
            Error::Invalid(
                Message::new("error-stories-line")
                    .with("line", n + 1)
                    .with("path", path.as_str())
                    .with("why", why),
            )
        };
        let value: Value = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
        let id = match value.get("id") {
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            _ => return Err(bad("no \"id\"".into())),
        };
        let field = |name| value.get(name).and_then(Value::as_str).unwrap_or_default();
        let published = match value.get("date") {
            Some(Value::Number(n)) => n.as_i64(),
            Some(Value::String(s)) => parse_feed_date(s).map(|t| t.timestamp()),
            _ => None,
        };
        let source = match value.get("source") {
            Some(Value::Number(n)) => n.as_i64(),
            Some(Value::String(s)) => {
                let next = sources.len() as i64;
                Some(*sources.entry(s.clone()).or_insert(next))
            }
            _ => None,
        };
        lines.push(Line {
            id,
            article: StoryInput {
                title: field("title").to_string(),
                text: field("text").to_string(),
                published,
                source,
            },
        });
    }
    // the file's order must not matter: earliest first (unknown times last), then by id
    lines.sort_by(|a, b| {
        let time = |l: &Line| l.article.published.unwrap_or(i64::MAX);
        time(a)
            .cmp(&time(b))
            .then_with(|| broadsheet_engine::text::natural_cmp(&a.id, &b.id))
            .then_with(|| a.id.cmp(&b.id))
    });
    let articles: Vec<StoryInput> = lines.iter().map(|l| l.article.clone()).collect();
    let groups = group_stories(&articles);
    let named: serde_json::Map<String, Value> = lines
        .iter()
        .zip(&groups)
        .map(|(line, &g)| (line.id.clone(), Value::String(lines[g].id.clone())))
        .collect();
    emit(global, &named, || {
        named
            .iter()
            .map(|(id, group)| format!("{id} {}", group.as_str().unwrap_or_default()))
            .collect::<Vec<_>>()
            .join("\n")
    });
    Ok(ExitCode::Ok)
}
