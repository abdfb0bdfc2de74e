//! Average-linkage clustering over a sparse similarity graph: the two groups whose articles
//! are most alike on average join, again and again, while that average stays at or above the
//! threshold and `may_join` allows the pair. Pairs missing from the graph count as 0, so a
//! group only grows by articles alike to most of it, not by a chain of near neighbours (which
//! is how single-linkage would merge two earthquakes into one). The result does not depend on
//! the order pairs are given in; exact ties are broken by the lower article numbers.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

/// A candidate join: the average similarity of groups `a` and `b` when it was computed.
#[derive(PartialEq)]
struct Candidate {
    sim: f32,
    a: usize,
    b: usize,
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sim
            .total_cmp(&other.sim)
            .then_with(|| other.a.cmp(&self.a))
            .then_with(|| other.b.cmp(&self.b))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The group of each of `n` items: the lowest item number in it. `pairs` are `(i, j, sim)`;
/// `may_join(members_a, members_b)` can refuse a join (a time window, a remembered "not the
/// same story").
pub fn average_linkage(
    n: usize,
    pairs: &[(usize, usize, f32)],
    threshold: f32,
    may_join: impl Fn(&[usize], &[usize]) -> bool,
) -> Vec<usize> {
    // the similarity of each live group to its neighbours, keyed by the group's lowest member
    let mut sims: Vec<HashMap<usize, f32>> = vec![HashMap::new(); n];
    let mut heap = BinaryHeap::new();
    for &(i, j, sim) in pairs {
        if i == j || i >= n || j >= n {
            continue;
        }
        sims[i].insert(j, sim);
        sims[j].insert(i, sim);
        if sim >= threshold {
            heap.push(Candidate {
                sim,
                a: i.min(j),
                b: i.max(j),
            });
        }
    }
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    while let Some(Candidate { sim, a, b }) = heap.pop() {
        // stale: one side has joined another group, or the average has changed since
        let live = !members[a].is_empty() && !members[b].is_empty();
        if !live || sims[a].get(&b) != Some(&sim) {
            continue;
        }
        if !may_join(&members[a], &members[b]) {
            // refused for good: forget the pair so the two never meet again
            sims[a].remove(&b);
            sims[b].remove(&a);
            continue;
        }
        let (size_a, size_b) = (members[a].len() as f32, members[b].len() as f32);
        let from_a = std::mem::take(&mut sims[a]);
        let from_b = std::mem::take(&mut sims[b]);
        let mut joined: HashMap<usize, f32> = HashMap::new();
        for (&c, &s) in &from_a {
            *joined.entry(c).or_insert(0.0) += s * size_a;
        }
        for (&c, &s) in &from_b {
            *joined.entry(c).or_insert(0.0) += s * size_b;
        }
        joined.remove(&a);
        joined.remove(&b);
        let moved = std::mem::take(&mut members[b]);
        members[a].extend(moved);
        for (&c, s) in joined.iter_mut() {
            *s /= size_a + size_b;
            sims[c].remove(&b);
            sims[c].insert(a, *s);
            if *s >= threshold {
                heap.push(Candidate {
                    sim: *s,
                    a: a.min(c),
                    b: a.max(c),
                });
            }
        }
        sims[a] = joined;
    }
    let mut group = vec![0; n];
    for list in &members {
        if let Some(&lowest) = list.iter().min() {
            for &i in list {
                group[i] = lowest;
            }
        }
    }
    group
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_of_near_neighbours_does_not_make_one_group() {
        // 0-1 and 1-2 are alike, 0-2 not at all: the average of {0,1} with 2 is below 0.5
        let pairs = [(0, 1, 0.9), (1, 2, 0.6)];
        assert_eq!(average_linkage(3, &pairs, 0.5, |_, _| true), [0, 0, 2]);
        // with 0-2 alike enough, all three
        let pairs = [(0, 1, 0.9), (1, 2, 0.6), (0, 2, 0.5)];
        assert_eq!(average_linkage(3, &pairs, 0.5, |_, _| true), [0, 0, 0]);
    }

    #[test]
    fn the_order_of_the_pairs_does_not_matter() {
        let mut pairs = vec![
            (0, 1, 0.8),
            (2, 3, 0.7),
            (1, 2, 0.55),
            (0, 3, 0.5),
            (4, 5, 0.3),
            (3, 4, 0.9),
        ];
        let first = average_linkage(6, &pairs, 0.4, |_, _| true);
        pairs.reverse();
        assert_eq!(average_linkage(6, &pairs, 0.4, |_, _| true), first);
        // {3,4} and {0,1} join; every other average is below 0.4
        assert_eq!(first, [0, 0, 2, 3, 3, 5]);
    }

    #[test]
    fn a_refused_join_is_never_made_and_others_still_are() {
        let pairs = [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.8), (3, 4, 0.9)];
        let never_2_with_0 = |a: &[usize], b: &[usize]| {
            let has = |s: &[usize], x| s.contains(&x);
            !((has(a, 0) && has(b, 2)) || (has(a, 2) && has(b, 0)))
        };
        assert_eq!(
            average_linkage(5, &pairs, 0.5, never_2_with_0),
            [0, 0, 2, 3, 3]
        );
    }

    #[test]
    fn nothing_alike_stays_alone() {
        assert_eq!(average_linkage(3, &[], 0.5, |_, _| true), [0, 1, 2]);
        assert_eq!(
            average_linkage(0, &[], 0.5, |_, _| true),
            Vec::<usize>::new()
        );
    }
}
