//! Pathological inputs at the page cap's scale: the worst time per target (extraction,
//! sanitizing, HTML to text, HTML to Markdown, OPML, feed parsing) and shape, on a thread with
//! an ordinary 8 MiB stack. Run (release):
//! `cargo bench -p broadsheet-engine --bench pathological [-- --size N]`
//! Sizes grow until the page passes 4 MiB (under the 5 MiB page cap) or `--size` is reached.

#[path = "../tests/support/shapes.rs"]
mod shapes;

use std::time::{Duration, Instant};

use broadsheet_engine::{
    feeds::parse, pages::extract, pages::html_bounds, pages::sanitize, pipeline::opml,
    reading::export, text,
};

const PAGE_LIMIT: usize = 4 << 20;

fn time<T>(f: impl FnOnce() -> T) -> Duration {
    let started = Instant::now();
    let out = f();
    let took = started.elapsed();
    drop(out);
    took
}

fn main() {
    let max_n: usize = std::env::args()
        .skip_while(|a| a != "--size")
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || run(max_n))
        .expect("thread")
        .join()
        .expect("no panic");
}

fn run(max_n: usize) {
    let base = Some("http://127.0.0.1/page.html");
    println!("| shape | largest input | extract | sanitize | text | markdown | modeled depth after bounds |");
    println!("|---|---|---|---|---|---|---|");
    let mut worst = Duration::ZERO;
    for shape in shapes::HTML_SHAPES {
        // the largest size under the page limit
        let mut n = 1000;
        let mut html = (shape.make)(n);
        while n < max_n {
            let bigger = (shape.make)(n * 2);
            if bigger.len() > PAGE_LIMIT {
                break;
            }
            n *= 2;
            html = bigger;
        }
        let t_extract = time(|| extract::extract(&html, base));
        let t_sanitize = time(|| sanitize::sanitize_article(&html, base));
        let t_text = time(|| text::html_to_text(&html));
        let t_md = time(|| export::html_to_markdown(&html));
        let depth = html_bounds::modeled_depth(&html_bounds::bound_html(&html));
        worst = worst.max(t_extract).max(t_sanitize).max(t_text).max(t_md);
        println!(
            "| {} | {} KiB (n = {n}) | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {depth} |",
            shape.name,
            html.len() / 1024,
            t_extract.as_secs_f64() * 1e3,
            t_sanitize.as_secs_f64() * 1e3,
            t_text.as_secs_f64() * 1e3,
            t_md.as_secs_f64() * 1e3,
        );
    }
    let n = 50_000;
    let xml = shapes::deep_opml(n);
    let t = time(|| opml::read_opml(&xml).map(|s| s.len()));
    println!(
        "| OPML outlines {n} deep | {} KiB | read: {:.0} ms |",
        xml.len() / 1024,
        t.as_secs_f64() * 1e3
    );
    for (name, feed) in shapes::deep_feeds(20_000) {
        let t = time(|| {
            parse::parse_feed(feed.as_bytes(), None, "http://127.0.0.1/f.xml", 0)
                .map(|f| f.articles.len())
        });
        println!(
            "| feed: {name}, 20,000 deep | {} KiB | parse: {:.0} ms |",
            feed.len() / 1024,
            t.as_secs_f64() * 1e3
        );
    }
    println!(
        "\nworst HTML target time: {:.0} ms",
        worst.as_secs_f64() * 1e3
    );
}
