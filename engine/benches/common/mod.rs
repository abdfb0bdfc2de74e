//! Shared by the benchmarks: a small random source and news-shaped synthetic articles (a
//! 5,000-word vocabulary drawn with a Zipf distribution, so some words are everywhere and most
//! are rare).

#![allow(dead_code)] // each benchmark uses what it needs

use broadsheet_engine::feeds::parse::ParsedFeed;
use broadsheet_engine::model::NewArticle;

pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

pub fn vocabulary(n: usize) -> Vec<String> {
    const SYL: &[&str] = &[
        "ka", "bul", "ta", "jik", "mar", "zan", "ri", "dos", "ne", "hal", "por", "vi", "ster",
        "lum", "gor", "ash", "en", "tel", "ba", "ran",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut words: Vec<String> = Vec::with_capacity(n);
    while words.len() < n {
        let len = 2 + (rng.next() % 3) as usize;
        let w: String = (0..len)
            .map(|_| SYL[(rng.next() % SYL.len() as u64) as usize])
            .collect();
        if !words.contains(&w) {
            words.push(w);
        }
    }
    words
}

/// Zipf(s = 1) sampler over ranks 0..n by inverse CDF on precomputed cumulative weights.
pub struct Zipf(pub Vec<f64>);
impl Zipf {
    pub fn new(n: usize) -> Zipf {
        let mut acc = 0.0;
        Zipf(
            (1..=n)
                .map(|r| {
                    acc += 1.0 / r as f64;
                    acc
                })
                .collect(),
        )
    }
    pub fn sample(&self, rng: &mut Rng) -> usize {
        let x = rng.unit() * self.0[self.0.len() - 1];
        self.0.partition_point(|&c| c < x).min(self.0.len() - 1)
    }
}

/// News-shaped text: a vocabulary and a way to draw from it.
pub struct Words {
    pub words: Vec<String>,
    pub zipf: Zipf,
}

impl Words {
    pub fn new() -> Words {
        let words = vocabulary(5_000);
        let zipf = Zipf::new(words.len());
        Words { words, zipf }
    }

    /// `n` words drawn by frequency.
    pub fn text(&self, rng: &mut Rng, n: usize) -> String {
        (0..n)
            .map(|_| self.words[self.zipf.sample(rng)].as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Feed `f`'s `per_feed` articles: an 8-word title, a 40-word summary, a 400-word body
    /// in 4 paragraphs, one a minute back from `now`.
    pub fn feed(&self, rng: &mut Rng, f: usize, per_feed: usize, now: i64) -> ParsedFeed {
        ParsedFeed {
            title: format!("Feed {f}"),
            site_url: None,
            summary_only: false,
            articles: (0..per_feed)
                .map(|k| {
                    let body: String = (0..4)
                        .map(|_| format!("<p>{}.</p>", self.text(rng, 100)))
                        .collect();
                    NewArticle {
                        guid: format!("{f}-{k}"),
                        url: Some(format!("http://bench.example/{f}/{k}.html")),
                        title: self.text(rng, 8),
                        author: Some(format!("Desk {}", f % 37)),
                        published_at: now - (f * per_feed + k) as i64 * 60,
                        published_from_feed: true,
                        updated_at: None,
                        summary: Some(self.text(rng, 40)),
                        content: Some(body),
                        content_hash: format!("{f}-{k}"),
                        enclosures: Vec::new(),
                    }
                })
                .collect(),
        }
    }
}
