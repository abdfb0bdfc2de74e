//! How many fetches run at once: a limit over all hosts and one per host, and the semaphores
//! that hold them (the refresh's feeds and the offline pass's pages and images share them).

use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// How many fetches may run at once.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub global: usize,
    pub per_host: usize,
    /// Seconds until a refreshed feed is due again.
    pub interval_secs: i64,
}

/// The semaphores that bound fetches: one over all hosts, one per host.
pub(crate) struct Permits {
    global: Arc<Semaphore>,
    per_host: HashMap<String, Arc<Semaphore>>,
    per_host_limit: usize,
}

impl Permits {
    pub(crate) fn new(limits: Limits) -> Permits {
        Permits {
            global: Arc::new(Semaphore::new(limits.global.max(1))),
            per_host: HashMap::new(),
            per_host_limit: limits.per_host.max(1),
        }
    }

    /// (this URL's host's semaphore, the global one): acquire both before fetching.
    pub(crate) fn for_url(&mut self, url: &str) -> (Arc<Semaphore>, Arc<Semaphore>) {
        let host = url::Url::parse(url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_default();
        let limit = self.per_host_limit;
        let host = self
            .per_host
            .entry(host)
            .or_insert_with(|| Arc::new(Semaphore::new(limit)))
            .clone();
        (host, self.global.clone())
    }
}

/// The permits a fetch holds (its host's and the global one): dropped, they let the next fetch
/// start.
pub(crate) struct NetworkPermits {
    _host: OwnedSemaphorePermit,
    _global: OwnedSemaphorePermit,
}

impl Permits {
    /// Waits for `url`'s host's permit, then the global one (`None` if a semaphore closed).
    pub(crate) fn acquire(
        &mut self,
        url: &str,
    ) -> impl std::future::Future<Output = Option<NetworkPermits>> + Send + 'static {
        let (host, global) = self.for_url(url);
        async move {
            let host = host.acquire_owned().await.ok()?;
            let global = global.acquire_owned().await.ok()?;
            Some(NetworkPermits {
                _host: host,
                _global: global,
            })
        }
    }
}
