//! Running a reader on a worker thread, with `catch_unwind` as the last line of defence and a
//! time limit.

use super::OpenError;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// The time a guarded job has left, and the flag that tells it to stop. Long loops call
/// [`Deadline::check`] now and then so that a job that has timed out stops instead of running
/// on unseen.
#[derive(Clone, Debug)]
pub struct Deadline {
    end: Instant,
    limit: Duration,
    cancelled: Arc<AtomicBool>,
}

impl Deadline {
    /// A deadline `limit` from now.
    pub fn new(limit: Duration) -> Self {
        Self {
            end: Instant::now() + limit,
            limit,
            cancelled: Arc::new(AtomicBool::new(false)),
        }
    }

    /// `Err(TimedOut)` once the time is up or the waiting side gave up.
    pub fn check(&self) -> Result<(), OpenError> {
        if self.cancelled.load(Ordering::Relaxed) || Instant::now() >= self.end {
            Err(self.timed_out())
        } else {
            Ok(())
        }
    }

    fn timed_out(&self) -> OpenError {
        OpenError::TimedOut(self.limit.as_secs().max(1))
    }
}

/// Runs `job` on a worker thread and waits at most `limit` for it. A panic in the job becomes
/// [`OpenError::Corrupt`] ("解析时出错：…"); running out of time becomes
/// [`OpenError::TimedOut`] — the job is told to stop through its [`Deadline`] and left to
/// finish on its own thread.
pub fn guarded<T, F>(limit: Duration, job: F) -> Result<T, OpenError>
where
    T: Send + 'static,
    F: FnOnce(Deadline) -> Result<T, OpenError> + Send + 'static,
{
    let deadline = Deadline::new(limit);
    let worker_deadline = deadline.clone();
    let (tx, rx) = mpsc::sync_channel(1);
    let spawned = std::thread::Builder::new()
        .name("planboard-open".into())
        .stack_size(16 * 1024 * 1024)
        .spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(|| job(worker_deadline)));
            let result = match outcome {
                Ok(result) => result,
                Err(payload) => Err(OpenError::Corrupt(format!(
                    "解析时出错：{}",
                    panic_text(payload.as_ref())
                ))),
            };
            // The receiver is gone when the caller timed out; nothing to do then.
            let _ = tx.send(result);
        });
    if let Err(e) = spawned {
        return Err(OpenError::Io(e));
    }
    // A little grace beyond the limit: the job checks its deadline itself and usually
    // reports first, with a more precise message.
    match rx.recv_timeout(limit + Duration::from_millis(500)) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            deadline.cancelled.store(true, Ordering::Relaxed);
            Err(deadline.timed_out())
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(OpenError::Corrupt("解析时出错：读取线程意外结束".into()))
        }
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "未知错误".into()
    }
}
