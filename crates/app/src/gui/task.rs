//! Background work, one way for every job: a [`Task`] runs a closure on a named thread of its
//! own and hands its result back over a channel; the window polls it and never waits for it.
//!
//! When the closure's thread ends, the window is asked to repaint, so it hears of the result
//! at once; a thread that panics ends the same way, and its task then answers [`Lost`].

use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};

/// A task's thread ended without a result (its closure panicked).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lost;

/// A closure running on a thread of its own, with the receiving end of its result.
#[derive(Debug)]
pub struct Task<T> {
    /// `None` once the result (or its loss) has been taken.
    answer: Option<Receiver<T>>,
}

impl<T: Send + 'static> Task<T> {
    /// Runs `work` on a thread named `name`; `ctx` is asked to repaint when it has ended, with a
    /// result or without (a panic).
    pub fn spawn(
        name: &str,
        ctx: &egui::Context,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> std::io::Result<Self> {
        let (sender, answer) = mpsc::channel();
        let waker = Waker {
            sender: Some(sender),
            ctx: ctx.clone(),
        };
        std::thread::Builder::new()
            .name(name.into())
            .spawn(move || waker.send(work()))?;
        Ok(Self {
            answer: Some(answer),
        })
    }
}

impl<T> Task<T> {
    /// The result, once: `None` while the thread runs (and after the result was taken),
    /// `Some(Err(Lost))` when it ended without one.
    pub fn poll(&mut self) -> Option<Result<T, Lost>> {
        let result = match self.answer.as_ref()?.try_recv() {
            Ok(value) => Ok(value),
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Err(Lost),
        };
        self.answer = None;
        Some(result)
    }

    /// Waits for the result (blocking: when the window closes); `Err(Lost)` when the thread
    /// ended without one or the result was taken already.
    pub fn wait(self) -> Result<T, Lost> {
        self.answer.ok_or(Lost)?.recv().map_err(|_| Lost)
    }

    /// Whether the result is still to come.
    pub fn is_running(&self) -> bool {
        self.answer.is_some()
    }
}

/// The thread's end of a task: sends the result, and wakes the window when the thread ends
/// whichever way (dropped on a panic too, after the sender, so the window sees the loss).
struct Waker<T> {
    sender: Option<Sender<T>>,
    ctx: egui::Context,
}

impl<T> Waker<T> {
    fn send(mut self, value: T) {
        if let Some(sender) = self.sender.take() {
            // The window may be gone; then nobody listens and that is fine.
            let _ = sender.send(value);
        }
    }
}

impl<T> Drop for Waker<T> {
    fn drop(&mut self) {
        self.sender = None;
        self.ctx.request_repaint();
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::time::Duration;

    /// Polls `task` until it answers.
    fn answer<T>(task: &mut Task<T>) -> Result<T, Lost> {
        for _ in 0..2000 {
            if let Some(result) = task.poll() {
                return result;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        panic!("the task did not end");
    }

    #[test]
    fn a_result_is_taken_once() {
        let ctx = egui::Context::default();
        let mut task = Task::spawn("planboard-test", &ctx, || 6 * 7).unwrap();
        assert!(task.is_running());
        assert_eq!(answer(&mut task), Ok(42));
        assert!(!task.is_running());
        assert_eq!(task.poll(), None);
    }

    #[test]
    fn a_panicking_closure_is_lost() {
        let ctx = egui::Context::default();
        let mut task: Task<u32> =
            Task::spawn("planboard-test-panic", &ctx, || panic!("on purpose")).unwrap();
        assert_eq!(answer(&mut task), Err(Lost));
        assert!(!task.is_running());
    }

    #[test]
    fn waiting_blocks_until_the_result() {
        let ctx = egui::Context::default();
        let task = Task::spawn("planboard-test-wait", &ctx, || {
            std::thread::sleep(Duration::from_millis(20));
            "done"
        })
        .unwrap();
        assert_eq!(task.wait(), Ok("done"));
        let lost: Task<()> =
            Task::spawn("planboard-test-lost", &ctx, || panic!("on purpose")).unwrap();
        assert_eq!(lost.wait(), Err(Lost));
    }

    #[test]
    fn the_thread_has_its_name() {
        let ctx = egui::Context::default();
        let task = Task::spawn("planboard-named", &ctx, || {
            std::thread::current().name().map(str::to_string)
        })
        .unwrap();
        assert_eq!(task.wait(), Ok(Some("planboard-named".to_string())));
    }
}
