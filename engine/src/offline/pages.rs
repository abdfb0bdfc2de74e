//! One article page, from the network to a full text that can be trusted: fetched under the
//! page cap, extracted on a thread with a large stack and a time budget (so no page
//! can hold the pass or, with the bounds in `html_bounds`, overflow a stack), and checked to be
//! the item's article (not a login page, a home page or a cookie wall).

use std::time::Duration;

use crate::error::FetchError;
use crate::l10n::Message;
use crate::net::fetch::{Body, Fetched, Fetcher, Validators};
use crate::pages::extract::{extract, Extracted};
use crate::store::FullTextJob;
use crate::text::fold_whitespace;

/// How long extracting one page may take before the pass gives up on it. Every page within
/// the page cap takes well under a second (see the `pathological` benchmark); this is the
/// last guard against a case no one foresaw.
pub const EXTRACT_BUDGET: Duration = Duration::from_secs(10);

/// Why a page gave no full text: a `page-*` or `net-*` message, stored with the article.
#[derive(Debug, Clone, PartialEq)]
pub enum PageFailure {
    /// The network did not answer (offline, no such host): not counted as an attempt.
    Unreachable(Message),
    /// The page failed; the reader says so in its note.
    Failed(Message),
}

/// Fetches an article's page (HTML only).
pub async fn fetch_page(fetcher: &Fetcher, url: &str) -> Result<Body, PageFailure> {
    let pages = fetcher.with_config(fetcher.config().page());
    let body = match pages.get(url, Validators::default()).await {
        Ok(Fetched::Body(body)) => body,
        Ok(Fetched::NotModified(_)) => {
            return Err(PageFailure::Failed(Message::new("page-no-page")))
        }
        Err(e @ FetchError::Connect(_)) => return Err(PageFailure::Unreachable(e.message())),
        Err(e) => return Err(PageFailure::Failed(e.message())),
    };
    let looks_html = body.content_type.as_deref().is_none_or(|t| {
        let t = t.to_ascii_lowercase();
        t.contains("html") || t.contains("xml") || t.starts_with("text/")
    });
    if !looks_html {
        return Err(PageFailure::Failed(
            Message::new("page-not-html").with("type", body.content_type.unwrap_or_default()),
        ));
    }
    Ok(body)
}

/// Extracts the article from a fetched page on an extraction thread
/// (`offline::extract_threads`: a stack far larger than the bounded tree needs), with at most
/// `budget` of waiting. A page past its budget is given up on (its thread finishes on its own;
/// the bounds keep that short).
pub async fn extract_isolated(body: Body, budget: Duration) -> Result<Extracted, Message> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let spawned = super::extract_threads::run(move || {
        let outcome = std::panic::catch_unwind(|| {
            let html = crate::feeds::parse::to_utf8(&body.bytes, body.content_type.as_deref());
            let extracted = extract(&html, Some(&body.final_url))
                .map_err(|_| Message::new("page-no-article-found"))?;
            if extracted.text.trim().is_empty() {
                return Err(Message::new("page-no-article-found"));
            }
            Ok(super::with_lead_image(extracted, &body.final_url))
        })
        .unwrap_or_else(|_| Err(Message::new("page-extractor-failed")));
        let _ = tx.send(outcome);
    });
    if spawned.is_err() {
        return Err(Message::new("page-extractor-failed"));
    }
    match tokio::time::timeout(budget, rx).await {
        Ok(Ok(outcome)) => outcome,
        Ok(Err(_)) => Err(Message::new("page-extractor-failed")),
        Err(_) => Err(Message::new("page-too-slow").with("seconds", budget.as_secs())),
    }
}

/// Lower-case words of any script (letters and digits; anything else separates).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Of `wanted`'s distinct words, the share found in `have`.
fn share_found(wanted: &[String], have: &std::collections::HashSet<&str>) -> f64 {
    let distinct: std::collections::HashSet<&str> = wanted.iter().map(String::as_str).collect();
    if distinct.is_empty() {
        return 1.0;
    }
    let found = distinct.iter().filter(|w| have.contains(*w)).count();
    found as f64 / distinct.len() as f64
}

/// The extracted page is the item's article: its title shares at least half the item title's
/// words, or its text holds at least half the words of the feed's summary (first 60). Any
/// script: words are runs of letters and digits. An item with neither title nor summary
/// accepts any page.
pub fn is_the_article(job: &FullTextJob, page: &Extracted) -> Result<(), Message> {
    let title = words(&job.title);
    let summary: Vec<String> = words(&job.summary).into_iter().take(60).collect();
    if title.is_empty() && summary.is_empty() {
        return Ok(());
    }
    let page_title = words(&page.title);
    let page_title: std::collections::HashSet<&str> =
        page_title.iter().map(String::as_str).collect();
    if !title.is_empty() && share_found(&title, &page_title) >= 0.5 {
        return Ok(());
    }
    let page_text = words(&page.text);
    let page_text: std::collections::HashSet<&str> = page_text.iter().map(String::as_str).collect();
    if summary.len() >= 5 && share_found(&summary, &page_text) >= 0.5 {
        return Ok(());
    }
    let page_title = crate::text::excerpt(&fold_whitespace(&page.title), 80);
    Err(if page_title.is_empty() {
        Message::new("page-not-this-article")
    } else {
        Message::new("page-not-this-article-titled").with("title", page_title)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(title: &str, summary: &str) -> FullTextJob {
        FullTextJob {
            id: 1,
            url: "https://news.example/a".into(),
            title: title.into(),
            summary: summary.into(),
        }
    }

    fn page(title: &str, text: &str) -> Extracted {
        Extracted {
            title: title.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn the_article_passes_in_any_script_and_a_sign_in_page_does_not() {
        let csto =
            "CSTO expresses concern over increasing threats from Northern Afghanistan provinces";
        assert!(
            is_the_article(&job(csto, ""), &page(&format!("{csto} | Khaama Press"), "")).is_ok()
        );
        let dari =
            "سازمان پیمان امنیت جمعی از افزایش تهدیدها در ولایت‌های شمالی افغانستان ابراز نگرانی کرد";
        assert!(is_the_article(&job(dari, ""), &page(dari, "")).is_ok());
        // a page whose title differs but whose text carries the summary
        let summary =
            "The spokesman said terrorism, extremism and drug trafficking threaten the region";
        assert!(is_the_article(
            &job("Headline", summary),
            &page("Other", &format!("Intro. {summary}. More."))
        )
        .is_ok());
        let portal = page(
            "Welcome to the Wi-Fi",
            "To continue browsing the internet, please accept the terms and conditions",
        );
        let err = is_the_article(&job(csto, summary), &portal).unwrap_err();
        assert_eq!(
            err,
            Message::new("page-not-this-article-titled").with("title", "Welcome to the Wi-Fi")
        );
        assert_eq!(
            err.to_string(),
            "the page is not this article (it reads “Welcome to the Wi-Fi”)"
        );
        assert!(is_the_article(&job("", ""), &portal).is_ok());
    }
}
