//! Articles as weighted term vectors and how alike two of them are: TF-IDF (a term weighs
//! `1 + ln(count)` times `ln((N + 1) / (articles with it + 1))` over the articles compared),
//! each vector of unit length, and a similarity that averages the cosine of the leads with the
//! cosine of the names (their share: [`NAMES_SHARE`]) when both articles have names.

use std::collections::{BTreeMap, HashMap};

use super::terms::Terms;

/// A vector: (term number, weight), sorted by term number, of unit length.
type Sparse = Vec<(u32, f32)>;

/// The lead and name vectors of a set of articles, weighed against each other.
pub struct Vectors {
    lead: Vec<Sparse>,
    names: Vec<Sparse>,
}

/// How much the names weigh in the similarity of two articles that both have some.
const NAMES_SHARE: f32 = 0.4;

impl Vectors {
    pub fn of(terms: &[&Terms]) -> Vectors {
        Vectors {
            lead: weigh(terms.iter().map(|t| &t.lead)),
            names: weigh(terms.iter().map(|t| &t.names)),
        }
    }

    /// Every pair `(i, j)`, `i < j`, with a similarity above `floor`, that `may_pair` allows.
    /// Candidates are pairs that share a term few articles have (see [`candidates`]); their
    /// similarity then counts every term. Pairs with only common words in common cost nothing.
    pub fn similar_pairs(
        &self,
        floor: f32,
        may_pair: impl Fn(usize, usize) -> bool,
    ) -> Vec<(usize, usize, f32)> {
        let mut pairs = Vec::new();
        for (i, js) in candidates(&self.lead, &self.names).into_iter().enumerate() {
            for j in js {
                if !may_pair(i, j) {
                    continue;
                }
                let lead_cos = dot(&self.lead[i], &self.lead[j]);
                let sim = if self.names[i].is_empty() || self.names[j].is_empty() {
                    lead_cos
                } else {
                    let names_cos = dot(&self.names[i], &self.names[j]);
                    (1.0 - NAMES_SHARE) * lead_cos + NAMES_SHARE * names_cos
                };
                if sim > floor {
                    pairs.push((i, j, sim));
                }
            }
        }
        pairs
    }
}

/// A term in more articles than this is no reason to compare two of them (it still counts in
/// their similarity): `max(64, 4√N)` of `N`. It keeps the work near linear in the number of
/// articles; two reports of one event share rarer words than that.
fn common_above(n: usize) -> usize {
    64.max((4.0 * (n as f64).sqrt()) as usize)
}

/// An article's heaviest terms find its candidates: this many of its lead, this many of its
/// names. A report of the same event uses at least one of them; pairs that share none are too
/// unalike to join anyway.
const KEY_TERMS: (usize, usize) = (10, 5);

/// For each article `i`, the later articles `j > i` that hold one of `i`'s key terms (its
/// heaviest, see [`KEY_TERMS`]) or whose key terms `i` holds, unless that term is common.
fn candidates(lead: &[Sparse], names: &[Sparse]) -> Vec<Vec<usize>> {
    let n = lead.len();
    let common = common_above(n);
    let mut found: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (vectors, keep) in [(lead, KEY_TERMS.0), (names, KEY_TERMS.1)] {
        let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
        for (i, v) in vectors.iter().enumerate() {
            for &(term, _) in v {
                postings.entry(term).or_default().push(i);
            }
        }
        for (i, v) in vectors.iter().enumerate() {
            let mut heaviest: Vec<&(u32, f32)> = v.iter().collect();
            heaviest.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            for &&(term, _) in heaviest.iter().take(keep) {
                let list = &postings[&term];
                if list.len() > common {
                    continue;
                }
                for &j in list {
                    match i.cmp(&j) {
                        std::cmp::Ordering::Less => found[i].push(j),
                        std::cmp::Ordering::Greater => found[j].push(i),
                        std::cmp::Ordering::Equal => {}
                    }
                }
            }
        }
    }
    for js in &mut found {
        js.sort_unstable();
        js.dedup();
    }
    found
}

/// The dot product of two vectors sorted by term.
fn dot(a: &Sparse, b: &Sparse) -> f32 {
    let (mut x, mut y, mut sum) = (0, 0, 0.0);
    while x < a.len() && y < b.len() {
        match a[x].0.cmp(&b[y].0) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => {
                sum += a[x].1 * b[y].1;
                x += 1;
                y += 1;
            }
        }
    }
    sum
}

/// TF-IDF vectors of unit length, the terms numbered in one vocabulary: in the order they first
/// appear, each article's in alphabetical order (its map's), so that the numbers (which break
/// ties between equally heavy key terms) are the same every time.
fn weigh<'a>(counts: impl Iterator<Item = &'a BTreeMap<String, f32>> + Clone) -> Vec<Sparse> {
    let mut numbers: HashMap<&str, u32> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let mut n = 0usize;
    for c in counts.clone() {
        n += 1;
        for term in c.keys() {
            let next = numbers.len() as u32;
            let number = *numbers.entry(term.as_str()).or_insert(next);
            if number as usize == df.len() {
                df.push(0);
            }
            df[number as usize] += 1;
        }
    }
    counts
        .map(|c| {
            let mut v: Sparse = c
                .iter()
                .map(|(term, &count)| {
                    let number = numbers[term.as_str()];
                    let idf = ((n as f32 + 1.0) / (df[number as usize] as f32 + 1.0)).ln();
                    (number, (1.0 + count.ln()) * idf)
                })
                .filter(|&(_, w)| w > 0.0)
                .collect();
            let length = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if length > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= length);
            }
            v.sort_by_key(|&(t, _)| t);
            v
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lead: &[&str], names: &[&str]) -> Terms {
        let count = |words: &[&str]| {
            let mut m = BTreeMap::new();
            for w in words {
                *m.entry(w.to_string()).or_insert(0.0) += 1.0;
            }
            m
        };
        Terms {
            lead: count(lead),
            names: count(names),
        }
    }

    fn refs(all: &[Terms]) -> Vec<&Terms> {
        all.iter().collect()
    }

    #[test]
    fn alike_articles_are_more_similar_than_others_and_common_words_weigh_nothing() {
        let v = Vectors::of(&refs(&[
            terms(&["quake", "island", "everywhere"], &["qeshm"]),
            terms(&["quake", "island", "everywhere"], &["qeshm"]),
            terms(&["football", "injury", "everywhere"], &["saints"]),
        ]));
        let pairs = v.similar_pairs(0.0, |_, _| true);
        // "everywhere" is in every article: it weighs nothing, so 0 and 2 share nothing
        assert_eq!(pairs.len(), 1);
        let (i, j, sim) = pairs[0];
        assert_eq!((i, j), (0, 1));
        assert!((sim - 1.0).abs() < 1e-5, "{sim}");
    }

    #[test]
    fn names_weigh_their_share_when_both_have_some() {
        let v = Vectors::of(&refs(&[
            terms(&["quake", "island"], &["qeshm"]),
            terms(&["quake", "island"], &["bandar"]),
            terms(&["quake", "island"], &[]),
            terms(&["other"], &["other"]),
        ]));
        let pairs = v.similar_pairs(0.0, |_, _| true);
        let sim = |a, b| pairs.iter().find(|p| (p.0, p.1) == (a, b)).map(|p| p.2);
        // different names: only the leads' share counts
        assert!((sim(0, 1).unwrap() - (1.0 - NAMES_SHARE)).abs() < 1e-5);
        // one without names: the leads alone
        assert!((sim(0, 2).unwrap() - 1.0).abs() < 1e-5);
        // a floor and a veto leave pairs out
        assert!(v.similar_pairs(0.6, |_, _| true).iter().all(|p| p.2 > 0.6));
        assert!(v.similar_pairs(0.0, |i, _| i != 0).iter().all(|p| p.0 != 0));
    }

    #[test]
    fn a_common_word_alone_makes_no_pair_but_counts_in_one() {
        let n = common_above(0) + 10;
        let mut all: Vec<Terms> = (0..n)
            .map(|k| terms(&["everywhere", &format!("own{k}")], &[]))
            .collect();
        all.push(terms(&["everywhere", "rare"], &[]));
        all.push(terms(&["everywhere", "rare"], &[]));
        let v = Vectors::of(&refs(&all));
        let pairs = v.similar_pairs(0.0, |_, _| true);
        // the 64+ articles sharing only "everywhere" are not compared at all
        assert_eq!(pairs.len(), 1, "{pairs:?}");
        let (i, j, sim) = pairs[0];
        assert_eq!((i, j), (n, n + 1));
        // and in the pair compared, "everywhere" still counts: identical vectors
        assert!((sim - 1.0).abs() < 1e-5, "{sim}");
        assert_eq!(common_above(10_000), 400);
    }
}
