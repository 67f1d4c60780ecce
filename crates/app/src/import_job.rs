//! The background import: one named thread runs `planboard_import::import_paths`, reports
//! progress over a channel and stops when asked. The window polls it every frame and never
//! waits for it.

use planboard_import::{FileImport, ImportOptions, Progress};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
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

/// A message from the import thread.
enum Event {
    Progress(Progress),
    Done(Vec<FileImport>),
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
    events: Receiver<Event>,
    cancel: Arc<AtomicBool>,
    progress: Option<Progress>,
}

impl ImportJob {
    /// Starts `request` on a thread named `planboard-import`; `ctx` is asked to repaint
    /// whenever there is news.
    pub fn start(ctx: &egui::Context, request: ImportRequest) -> std::io::Result<Self> {
        let (sender, events) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let thread_cancel = Arc::clone(&cancel);
        let thread_ctx = ctx.clone();
        let paths = request.paths.clone();
        let options = request.options.clone();
        std::thread::Builder::new()
            .name("planboard-import".into())
            .spawn(move || {
                let mut on_progress = |progress: &Progress| {
                    // The window may be gone; then nobody listens and that is fine.
                    let _ = sender.send(Event::Progress(progress.clone()));
                    thread_ctx.request_repaint();
                };
                let imports = planboard_import::import_paths(
                    &paths,
                    &options,
                    &mut on_progress,
                    &thread_cancel,
                );
                let _ = sender.send(Event::Done(imports));
                thread_ctx.request_repaint();
            })?;
        Ok(Self {
            request,
            events,
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
        loop {
            match self.events.try_recv() {
                Ok(Event::Progress(progress)) => self.progress = Some(progress),
                Ok(Event::Done(imports)) => {
                    return Some(Finished::Done {
                        imports,
                        cancelled: self.is_cancelled(),
                    })
                }
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => return Some(Finished::Lost),
            }
        }
    }
}
