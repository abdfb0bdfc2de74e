//! Jobs on the network under the refresh's limits, handed over a batch at a time while earlier
//! ones still run: at most `limits.global` at once and `limits.per_host` per host hold
//! [`NetworkPermits`], and results arrive on one channel in completion order. The pass hands
//! over the next batch before the last one ends, so the network never idles at a batch's end.

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use tokio::sync::mpsc;

use crate::net::limits::{Limits, NetworkPermits, Permits};

/// Runs `work` on the jobs handed to [`Bounded::spawn`]. The results' channel ends once this is
/// dropped and every job handed over has finished.
pub(super) struct Bounded<F> {
    permits: Permits,
    work: F,
    unfinished: Arc<AtomicUsize>,
}

/// One job's place in the count of unfinished jobs, given back however its task ends.
struct Unfinished(Arc<AtomicUsize>);

impl Drop for Unfinished {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl<F> Bounded<F> {
    pub(super) fn new(limits: Limits, work: F) -> Self {
        Bounded {
            permits: Permits::new(limits),
            work,
            unfinished: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// Jobs handed over that have not finished (waiting for the network, or running).
    pub(super) fn unfinished(&self) -> usize {
        self.unfinished.load(Ordering::Acquire)
    }

    /// Hands `jobs` (each with the URL whose host it counts against) over: each runs once the
    /// network permits it (`work` may drop its permits once its fetch is done), and sends its
    /// result on `results`.
    pub(super) fn spawn<T, R, Fut>(
        &mut self,
        jobs: Vec<(String, T)>,
        results: &mpsc::UnboundedSender<R>,
    ) where
        T: Send + 'static,
        R: Send + 'static,
        F: Fn(String, T, NetworkPermits) -> Fut + Clone + Send + 'static,
        Fut: Future<Output = R> + Send,
    {
        for (url, job) in jobs {
            let held = self.permits.acquire(&url);
            let (results, work) = (results.clone(), self.work.clone());
            self.unfinished.fetch_add(1, Ordering::AcqRel);
            let unfinished = Unfinished(Arc::clone(&self.unfinished));
            tokio::spawn(async move {
                let _unfinished = unfinished;
                let Some(held) = held.await else {
                    return;
                };
                let _ = results.send(work(url, job, held).await);
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn batches_share_one_limit_and_every_result_arrives() {
        let limits = Limits {
            global: 3,
            per_host: 2,
            interval_secs: 0,
        };
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let (tx, mut rx) = mpsc::unbounded_channel();
        let (counting, peak) = (Arc::clone(&running), Arc::clone(&most));
        let mut bounded = Bounded::new(limits, move |_url: String, n: usize, held| {
            let (running, most) = (Arc::clone(&counting), Arc::clone(&peak));
            async move {
                let _held = held;
                let now = running.fetch_add(1, Ordering::AcqRel) + 1;
                most.fetch_max(now, Ordering::AcqRel);
                tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                running.fetch_sub(1, Ordering::AcqRel);
                n
            }
        });
        let batch = |from: usize| {
            (from..from + 10)
                .map(|n| (format!("http://host{}.test/{n}", n % 4), n))
                .collect::<Vec<_>>()
        };
        bounded.spawn(batch(0), &tx);
        assert_eq!(bounded.unfinished(), 10);
        // the second batch while the first still runs
        bounded.spawn(batch(10), &tx);
        drop((bounded, tx));
        let mut got = Vec::new();
        while let Some(n) = rx.recv().await {
            got.push(n);
        }
        got.sort_unstable();
        assert_eq!(got, (0..20).collect::<Vec<_>>());
        assert_eq!(
            most.load(Ordering::Acquire),
            3,
            "never past the global limit"
        );
    }
}
