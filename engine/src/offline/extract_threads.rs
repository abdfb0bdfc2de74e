//! The threads pages are extracted on: each with a stack far larger than a bounded tree needs,
//! kept between pages (starting a thread with a large stack for each page cost about as much
//! as extracting a small page), one more started whenever none is free, so a page that runs
//! long never makes the next one wait. A thread with nothing to do for [`IDLE_EXIT`] ends.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// The extraction thread's stack: far more than the bounded tree needs.
const STACK: usize = 256 << 20;
/// How long a thread waits for work before it ends.
const IDLE_EXIT: Duration = Duration::from_secs(30);

type Job = Box<dyn FnOnce() + Send>;

struct Threads {
    jobs: Mutex<Sender<Job>>,
    waiting: Arc<Waiting>,
}

/// The jobs' queue and how many threads wait on it that no job has been promised to.
struct Waiting {
    queue: Mutex<Receiver<Job>>,
    free: AtomicUsize,
}

fn threads() -> &'static Threads {
    static THREADS: OnceLock<Threads> = OnceLock::new();
    THREADS.get_or_init(|| {
        let (jobs, queue) = channel();
        Threads {
            jobs: Mutex::new(jobs),
            waiting: Arc::new(Waiting {
                queue: Mutex::new(queue),
                free: AtomicUsize::new(0),
            }),
        }
    })
}

/// Runs `job` on an extraction thread: a free one, else a new one. `job` must not panic
/// (callers catch their panics); the error is a thread that could not be started.
pub fn run(job: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
    let threads = threads();
    let waiting = &threads.waiting;
    let promised = waiting
        .free
        .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1))
        .is_ok();
    if !promised {
        let waiting = Arc::clone(waiting);
        std::thread::Builder::new()
            .name("extract".into())
            .stack_size(STACK)
            .spawn(move || work(&waiting))?;
    }
    let jobs = threads.jobs.lock().unwrap_or_else(|e| e.into_inner());
    // the queue's receiver lives as long as the process: sending cannot fail
    let _ = jobs.send(Box::new(job));
    Ok(())
}

/// One thread's life: jobs until none came for [`IDLE_EXIT`]. A thread leaves only by taking
/// itself off the free count, so every job promised a free thread finds one.
fn work(waiting: &Waiting) {
    loop {
        let next = waiting
            .queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .recv_timeout(IDLE_EXIT);
        match next {
            Ok(job) => {
                job();
                waiting.free.fetch_add(1, Ordering::AcqRel);
            }
            Err(RecvTimeoutError::Timeout) => {
                let left = waiting
                    .free
                    .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1))
                    .is_ok();
                if left {
                    return;
                }
                // a job was promised to a free thread, maybe this one: stay for it
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_job_runs_even_when_all_threads_are_busy() {
        let (done, finished) = channel();
        let (release, hold) = channel::<()>();
        let hold = Arc::new(Mutex::new(hold));
        // four jobs that wait, then four that must not wait for them
        for _ in 0..4 {
            let hold = Arc::clone(&hold);
            let done = done.clone();
            run(move || {
                let _ = hold.lock().map(|h| h.recv());
                let _ = done.send("held");
            })
            .expect("thread");
        }
        for _ in 0..4 {
            let done = done.clone();
            run(move || {
                let _ = done.send("free");
            })
            .expect("thread");
        }
        let quick: Vec<_> = (0..4)
            .map(|_| finished.recv_timeout(Duration::from_secs(20)).expect("ran"))
            .collect();
        assert_eq!(quick, ["free"; 4]);
        for _ in 0..4 {
            release.send(()).expect("held job waits");
        }
        for _ in 0..4 {
            assert_eq!(
                finished.recv_timeout(Duration::from_secs(20)).expect("ran"),
                "held"
            );
        }
    }

    #[test]
    fn a_job_runs_with_a_deep_stack() {
        fn depth(n: usize) -> usize {
            let pad = std::hint::black_box([0u8; 512]);
            if n == 0 {
                pad[0] as usize
            } else {
                depth(n - 1) + 1
            }
        }
        let (done, finished) = channel();
        // about 100 MiB of stack: far past a default 2 or 8 MiB thread
        run(move || {
            let _ = done.send(depth(150_000));
        })
        .expect("thread");
        assert_eq!(
            finished.recv_timeout(Duration::from_secs(60)).expect("ran"),
            150_000
        );
    }
}
