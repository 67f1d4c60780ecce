//! Pictures of the chart shown: rendered off the UI thread with the charts crate's
//! `render_image` (the same 1920×1080 picture the command line exports), then saved through a
//! native save dialog or put on the clipboard.

use crate::gui::task::Task;
use planboard_charts::{ChartData, ChartError};
use std::path::PathBuf;

/// What to do with the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureAction {
    /// 保存图片: ask where, write a PNG.
    Save,
    /// 复制图片: put it on the clipboard.
    Copy,
}

/// How a picture task ended.
pub enum PictureOutcome {
    /// The PNG was written here.
    Saved(PathBuf),
    /// The picture is ready for the clipboard (RGBA, row by row).
    ForClipboard {
        /// Width in pixels.
        width: usize,
        /// Height in pixels.
        height: usize,
        /// RGBA bytes.
        rgba: Vec<u8>,
    },
    /// The user closed the save dialog.
    Cancelled,
    /// Rendering or writing failed.
    Failed(ChartError),
}

/// A picture being rendered (and saved) on its own thread.
pub struct PictureTask {
    action: PictureAction,
    task: Task<PictureOutcome>,
}

impl PictureTask {
    /// Starts rendering `chart` on a thread named `planboard-picture`. `dialog_title` is the
    /// save dialog's title.
    pub fn start(
        ctx: &egui::Context,
        chart: ChartData,
        action: PictureAction,
        dialog_title: String,
    ) -> std::io::Result<Self> {
        let task = Task::spawn("planboard-picture", ctx, move || {
            run(&chart, action, dialog_title)
        })?;
        Ok(Self { action, task })
    }

    /// What the task does.
    pub fn action(&self) -> PictureAction {
        self.action
    }

    /// `Some` once the task has ended.
    pub fn poll(&mut self) -> Option<PictureOutcome> {
        Some(self.task.poll()?.unwrap_or_else(|_| {
            PictureOutcome::Failed(ChartError::Render("rendering thread ended".into()))
        }))
    }
}

fn run(chart: &ChartData, action: PictureAction, dialog_title: String) -> PictureOutcome {
    let image = match planboard_charts::render_image(chart) {
        Ok(image) => image,
        Err(error) => return PictureOutcome::Failed(error),
    };
    match action {
        PictureAction::Copy => PictureOutcome::ForClipboard {
            width: image.width() as usize,
            height: image.height() as usize,
            rgba: image.into_raw(),
        },
        PictureAction::Save => {
            let png = match planboard_charts::encode_png(&image) {
                Ok(png) => png,
                Err(error) => return PictureOutcome::Failed(error),
            };
            let name = format!(
                "{}.png",
                planboard_charts::file_name(&chart.title, chart.lang)
            );
            let Some(file) = pollster::block_on(
                rfd::AsyncFileDialog::new()
                    .set_title(dialog_title)
                    .set_file_name(name)
                    .add_filter("PNG", &["png"])
                    .save_file(),
            ) else {
                return PictureOutcome::Cancelled;
            };
            let path = file.path().to_path_buf();
            match std::fs::write(&path, png) {
                Ok(()) => PictureOutcome::Saved(path),
                Err(source) => PictureOutcome::Failed(ChartError::Io { path, source }),
            }
        }
    }
}
