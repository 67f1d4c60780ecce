//! The background import: a [`Task`] named `planboard-import` runs
//! `planboard_import::import_paths`, reports progress over a channel of its own and stops when
//! asked. The window polls it and never waits for it.

use crate::gui::task::{Lost, Task};
use planboard_import::{FileImport, ImportOptions, Progress};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::Arc;

/// What to import, and how.
#[derive(Clone, Debug)]
pub struct ImportRequest {
    /// Files and folders.
    pub paths: Vec<PathBuf>,
    /// The importer's options (a unit the user named).
    pub options: ImportOptions,
    /// Remove each file's earlier data first, so the same content is read again (a re-import
    /// with a unit, or of a file the user asked to read anew).
    pub replace: bool,
}

/// How a running import ended.
pub enum Finished {
    /// Every file was read (or the import was cancelled and these were read before).
    Done {
        /// What each file gave.
        imports: Vec<FileImport>,
        /// Whether the user cancelled.
        cancelled: bool,
    },
    /// The thread died without an answer.
    Lost,
}

/// An import running on its own thread.
pub struct ImportJob {
    request: ImportRequest,
    task: Task<Vec<FileImport>>,
    /// The thread's news of the file it reads.
    news: Receiver<Progress>,
    cancel: Arc<AtomicBool>,
    progress: Option<Progress>,
}

impl ImportJob {
    /// Starts `request` on a thread named `planboard-import`; `ctx` is asked to repaint
    /// whenever there is news.
    pub fn start(ctx: &egui::Context, request: ImportRequest) -> std::io::Result<Self> {
        let (sender, news) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let thread_cancel = Arc::clone(&cancel);
        let thread_ctx = ctx.clone();
        let paths = request.paths.clone();
        let options = request.options.clone();
        let task = Task::spawn("planboard-import", ctx, move || {
            let mut on_progress = |progress: &Progress| {
                // The window may be gone; then nobody listens and that is fine.
                let _ = sender.send(progress.clone());
                thread_ctx.request_repaint();
            };
            planboard_import::import_paths(&paths, &options, &mut on_progress, &thread_cancel)
        })?;
        Ok(Self {
            request,
            task,
            news,
            cancel,
            progress: None,
        })
    }

    /// What this job imports.
    pub fn request(&self) -> &ImportRequest {
        &self.request
    }

    /// The file being read now, if the thread has said.
    pub fn progress(&self) -> Option<&Progress> {
        self.progress.as_ref()
    }

    /// Whether the user asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Asks the thread to stop after the file it is reading.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Takes the thread's news; `Some` once it has finished.
    pub fn poll(&mut self) -> Option<Finished> {
        if let Some(progress) = self.news.try_iter().last() {
            self.progress = Some(progress);
        }
        Some(match self.task.poll()? {
            Ok(imports) => Finished::Done {
                imports,
                cancelled: self.is_cancelled(),
            },
            Err(Lost) => Finished::Lost,
        })
    }
}
