//! Runs each extractor on every page of a corpus (Zyte's or WCXB's layout), in process, and
//! writes `{id: text}` per extractor into OUT_DIR for `corpora/score.py --predictions`, with
//! each extractor's median and p90 time per page.
//!
//! Usage: extract-bakeoff CORPUS_DIR OUT_DIR [NAME,NAME...]  (the extractors to run; all when
//! none is named)

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

type Extractor = fn(&str, Option<&str>) -> String;

fn broadsheet(html: &str, url: Option<&str>) -> String {
    broadsheet_engine::pages::extract::extract(html, url)
        .map(|e| e.text)
        .unwrap_or_default()
}

fn trafilatura_port(html: &str, url: Option<&str>) -> String {
    let mut opts = trafilatura::Options::default();
    opts.original_url = url.and_then(|u| u.parse().ok());
    opts.enable_fallback = true;
    trafilatura::extract(html, &opts)
        .map(|r| r.content_text)
        .unwrap_or_default()
}

fn rs_trafilatura(html: &str, url: Option<&str>) -> String {
    let options = rs_trafilatura::Options {
        url: url.map(str::to_string),
        ..Default::default()
    };
    rs_trafilatura::extract_with_options(html, &options)
        .map(|r| r.content_text)
        .unwrap_or_default()
}

/// Consensus of two extractors, paragraph by paragraph: the paragraphs of Broadsheet's text
/// that rs-trafilatura's text also holds (half or more of their 3-word runs), when that keeps
/// at least half of the words; else Broadsheet's text whole. No site or corpus rule.
fn consensus(html: &str, url: Option<&str>) -> String {
    let a = broadsheet(html, url);
    let b = rs_trafilatura(html, url);
    agree(&a, &b)
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .collect()
}

fn runs<'a>(w: &[&'a str]) -> std::collections::HashSet<[&'a str; 3]> {
    w.windows(3).map(|r| [r[0], r[1], r[2]]).collect()
}

fn agree(a: &str, b: &str) -> String {
    let wb = words(b);
    let rb = runs(&wb);
    let vocabulary: std::collections::HashSet<&str> = wb.iter().copied().collect();
    let lines: Vec<&str> = a.lines().filter(|l| !words(l).is_empty()).collect();
    let total: usize = lines.iter().map(|l| words(l).len()).sum();
    if total == 0 {
        return b.to_string();
    }
    let kept: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| {
            let w = words(l);
            if w.len() < 3 {
                return w.iter().all(|x| vocabulary.contains(x));
            }
            let r = runs(&w);
            r.iter().filter(|x| rb.contains(*x)).count() * 2 >= r.len()
        })
        .collect();
    let kept_words: usize = kept.iter().map(|l| words(l).len()).sum();
    if kept_words * 2 >= total {
        kept.join("\n\n")
    } else {
        a.to_string()
    }
}

/// A page without its article: every `p`, `article` and `main` element removed.
fn without_article(html: &str) -> String {
    let mut doc = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse("p, article, main").expect("a selector");
    let ids: Vec<_> = doc.select(&selector).map(|e| e.id()).collect();
    for id in ids {
        if let Some(mut node) = doc.tree.get_mut(id) {
            node.detach();
        }
    }
    doc.html()
}

/// The pages of a corpus: (id, html, url).
fn pages(dir: &Path) -> Vec<(String, String, Option<String>)> {
    let mut urls: BTreeMap<String, Option<String>> = BTreeMap::new();
    if let Ok(text) = std::fs::read_to_string(dir.join("ground-truth.json")) {
        let v: serde_json::Value = serde_json::from_str(&text).expect("ground-truth.json");
        for (id, page) in v.as_object().expect("an object") {
            urls.insert(id.clone(), page["url"].as_str().map(str::to_string));
        }
    } else {
        for entry in std::fs::read_dir(dir.join("ground-truth")).expect("ground-truth/") {
            let path = entry.unwrap().path();
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let id = path.file_stem().unwrap().to_string_lossy().to_string();
            urls.insert(id, v["url"].as_str().map(str::to_string));
        }
    }
    urls.into_iter()
        .filter_map(|(id, url)| {
            let file = std::fs::File::open(dir.join("html").join(format!("{id}.html.gz"))).ok()?;
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(file)
                .read_to_end(&mut bytes)
                .ok()?;
            Some((id, String::from_utf8_lossy(&bytes).into_owned(), url))
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (corpus, out) = (Path::new(&args[1]), Path::new(&args[2]));
    std::fs::create_dir_all(out).unwrap();
    let pages = pages(corpus);
    let extractors: [(&str, Extractor); 4] = [
        ("broadsheet", broadsheet),
        ("trafilatura-rs", trafilatura_port),
        ("rs-trafilatura", rs_trafilatura),
        ("consensus", consensus),
    ];
    // the "is this an article at all" judgement (engine::pages::extract::is_an_article) on pages that
    // all are articles: every page it refuses is a false alarm
    let mut refused = Vec::new();
    for (id, html, url) in &pages {
        if let Ok(page) = broadsheet_engine::pages::extract::extract(html, url.as_deref()) {
            if let Err(why) = broadsheet_engine::pages::extract::is_an_article(&page) {
                refused.push(format!("{id}: {why}"));
            }
        }
    }
    println!(
        "judged not an article: {} of {} pages{}",
        refused.len(),
        pages.len(),
        refused
            .iter()
            .take(10)
            .map(|r| format!("\n  {r}"))
            .collect::<String>()
    );
    // a third argument names the extractors to run (comma-separated), else all
    let only: Option<Vec<&str>> = args.get(3).map(|a| a.split(',').collect());
    // the same pages with their article taken out (every paragraph, article and main element
    // removed): what is left is navigation, teasers, footers, as on a home page, an index or a
    // wall; a proxy for pages that hold no article, which the reader should refuse
    let mut taken = 0;
    let mut kept_words = Vec::new();
    let mut kept = serde_json::Map::new();
    for (id, html, url) in &pages {
        let bare = without_article(html);
        match broadsheet_engine::pages::extract::extract(&bare, url.as_deref()) {
            Ok(page) if broadsheet_engine::pages::extract::is_an_article(&page).is_ok() => {
                kept_words.push(broadsheet_engine::text::word_count(&page.text));
                kept.insert(id.clone(), page.text.into());
            }
            _ => taken += 1,
        }
    }
    // what was kept, to check whether it was the article after all (text outside paragraphs)
    std::fs::write(
        out.join("without-article.json"),
        serde_json::to_string(&kept).expect("json"),
    )
    .expect("write without-article.json");
    kept_words.sort_unstable();
    println!(
        "pages with the article taken out, refused as not an article: {taken} of {} (the others kept a median of {} words)",
        pages.len(),
        kept_words.get(kept_words.len() / 2).copied().unwrap_or(0)
    );
    for (name, extract) in extractors {
        if only.as_ref().is_some_and(|o| !o.contains(&name)) {
            continue;
        }
        let mut predictions = serde_json::Map::new();
        let mut times = Vec::new();
        let mut empty = 0;
        for (id, html, url) in &pages {
            let started = Instant::now();
            let text = extract(html, url.as_deref());
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            if text.trim().is_empty() {
                empty += 1;
            }
            predictions.insert(id.clone(), serde_json::Value::String(text));
        }
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
        std::fs::write(
            out.join(format!("{name}.json")),
            serde_json::to_string(&predictions).unwrap(),
        )
        .unwrap();
        println!(
            "{name}: {} pages, {empty} empty, median {:.2} ms, p90 {:.2} ms",
            pages.len(),
            at(0.5),
            at(0.9)
        );
    }
}
