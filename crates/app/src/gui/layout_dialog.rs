//! The mapping dialog's state (调整读取方式): the sheet, read once on a thread of its own; the
//! layout being taught ([`LayoutDraft`]); its name; and the preview of the whole sheet read
//! with it, recomputed on a thread of its own a moment after the user stops changing things.

use crate::gui::layout_draft::LayoutDraft;
use crate::gui::task::{Lost, Task};
use planboard_import::{
    ImportOptions, Preview, PreviewError, SampleError, SavedLayout, SheetSample,
};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long after the last change the preview is recomputed.
pub const PREVIEW_DELAY: Duration = Duration::from_millis(300);

/// A preview's outcome.
pub type PreviewOutcome = Result<Preview, PreviewError>;

/// The sheet as the dialog knows it.
pub enum SampleState {
    /// Being read.
    Loading(Task<Result<SheetSample, SampleError>>),
    /// Read: the dialog shows it.
    Ready(Arc<SheetSample>),
    /// Could not be read: why, in Chinese and English.
    Failed(String, String),
}

/// The mapping dialog while it is open.
pub struct LayoutDialog {
    /// The file the sheet is in.
    pub file: String,
    /// The sheet.
    pub sheet: String,
    /// The sheet, once read.
    pub sample: SampleState,
    /// The layout being taught; `None` until the sheet is read.
    pub draft: Option<LayoutDraft>,
    /// The name it is saved under (the text box).
    pub name: String,
    /// The text typed to search the drop-downs' lists.
    pub filter: String,
    /// The preview shown, and the layout it is of.
    pub preview: Option<(SavedLayout, PreviewOutcome)>,
    /// A preview being computed, and the layout it is of.
    running: Option<(SavedLayout, Task<PreviewOutcome>)>,
    /// A layout changed and not yet previewed, since when.
    changed: Option<(SavedLayout, Instant)>,
}

impl LayoutDialog {
    /// Opens the dialog on `sheet` of `file`, reading the sheet on its own thread with the
    /// layouts an import would use.
    pub fn open(
        ctx: &egui::Context,
        file: &str,
        sheet: &str,
        options: ImportOptions,
    ) -> std::io::Result<Self> {
        let path = PathBuf::from(file);
        let sheet_name = sheet.to_string();
        let task = Task::spawn("planboard-layout-sample", ctx, move || {
            SheetSample::read(&path, &sheet_name, &options)
        })?;
        Ok(LayoutDialog {
            file: file.into(),
            sheet: sheet.into(),
            sample: SampleState::Loading(task),
            draft: None,
            name: String::new(),
            filter: String::new(),
            preview: None,
            running: None,
            changed: None,
        })
    }

    /// The sheet, once read.
    pub fn sample(&self) -> Option<&Arc<SheetSample>> {
        match &self.sample {
            SampleState::Ready(sample) => Some(sample),
            _ => None,
        }
    }

    /// The layout the draft describes, under the name typed.
    pub fn layout(&self) -> Option<SavedLayout> {
        let (sample, draft) = (self.sample()?, self.draft.as_ref()?);
        let labels = sample.header_labels(draft.header_first, draft.header_rows);
        Some(draft.to_saved(&self.name, &labels))
    }

    /// Whether the preview shown is of the layout the draft describes now.
    pub fn is_preview_current(&self) -> bool {
        let Some(now) = self.layout().map(|l| unnamed(&l)) else {
            return false;
        };
        self.preview.as_ref().is_some_and(|(l, _)| *l == now)
            && self.running.is_none()
            && self.changed.is_none()
    }

    /// Takes the news of the sheet being read and of the preview, and starts a preview once
    /// the draft has stayed unchanged for [`PREVIEW_DELAY`]; asks for a repaint while waiting.
    pub fn poll(&mut self, ctx: &egui::Context) {
        if let SampleState::Loading(task) = &mut self.sample {
            match task.poll() {
                None => return,
                Some(Ok(Ok(sample))) => self.start_from(sample),
                Some(Ok(Err(e))) => {
                    self.sample = SampleState::Failed(e.message_zh(), e.message_en())
                }
                Some(Err(Lost)) => {
                    self.sample = SampleState::Failed(
                        "读取工作表时出错".into(),
                        "reading the sheet failed".into(),
                    );
                }
            }
        }
        if let Some((layout, task)) = &mut self.running {
            match task.poll() {
                None => {}
                Some(outcome) => {
                    let outcome = outcome.unwrap_or(Err(PreviewError::NoMatch));
                    self.preview = Some((layout.clone(), outcome));
                    self.running = None;
                }
            }
        }
        let Some(wanted) = self.layout().map(|l| unnamed(&l)) else {
            return;
        };
        let shown = self
            .running
            .as_ref()
            .map(|(l, _)| l)
            .or(self.preview.as_ref().map(|(l, _)| l));
        if shown == Some(&wanted) {
            self.changed = None;
            return;
        }
        let since = match &self.changed {
            Some((layout, since)) if *layout == wanted => *since,
            _ => {
                let now = Instant::now();
                self.changed = Some((wanted.clone(), now));
                now
            }
        };
        let waited = since.elapsed();
        if waited < PREVIEW_DELAY {
            ctx.request_repaint_after(PREVIEW_DELAY - waited);
        } else if self.running.is_none() {
            self.start_preview(ctx, wanted);
        }
    }

    /// The sheet is read: the draft starts from the layout it is read with now, else empty.
    fn start_from(&mut self, sample: SheetSample) {
        let width = sample.width();
        let draft = match &sample.current {
            Some(current) => LayoutDraft::of(current, sample.header_first, width),
            None => LayoutDraft::empty(sample.header_first, width),
        };
        self.name = sample
            .current
            .as_ref()
            .map_or_else(|| default_name(&self.file, &self.sheet), |c| c.name.clone());
        self.draft = Some(draft);
        self.sample = SampleState::Ready(Arc::new(sample));
    }

    /// Computes the preview of `layout` on its own thread.
    fn start_preview(&mut self, ctx: &egui::Context, layout: SavedLayout) {
        let Some(sample) = self.sample().cloned() else {
            return;
        };
        let for_thread = layout.clone();
        if let Ok(task) = Task::spawn("planboard-layout-preview", ctx, move || {
            sample.preview(&for_thread)
        }) {
            self.changed = None;
            self.running = Some((layout, task));
        }
    }
}

/// A layout without its name: what a preview depends on.
fn unnamed(layout: &SavedLayout) -> SavedLayout {
    SavedLayout {
        name: String::new(),
        ..layout.clone()
    }
}

/// The name a new layout is offered: the file's name and the sheet.
fn default_name(file: &str, sheet: &str) -> String {
    let stem = std::path::Path::new(file)
        .file_stem()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    format!("{stem}「{sheet}」")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::gui::layout_draft::Choice;
    use planboard_import::MoneyUnit;
    use planboard_model::{FactKind, Indicator};

    /// A small table recognition does not read: 村 | 招引项目数.
    fn book(path: &std::path::Path) {
        let mut book = rust_xlsxwriter::Workbook::new();
        let ws = book.add_worksheet();
        ws.write_string(0, 0, "村（社区）").unwrap();
        ws.write_string(0, 1, "招引项目数").unwrap();
        ws.write_string(1, 0, "前进村").unwrap();
        ws.write_number(1, 1, 3.0).unwrap();
        book.save(path).unwrap();
    }

    /// Polls `dialog` until `done`, as frames would.
    fn poll_until(
        ctx: &egui::Context,
        dialog: &mut LayoutDialog,
        done: impl Fn(&LayoutDialog) -> bool,
    ) {
        for _ in 0..2000 {
            dialog.poll(ctx);
            if done(dialog) {
                return;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        panic!("the dialog did not get there");
    }

    #[test]
    fn the_preview_follows_the_draft_once_it_stays_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("村.xlsx");
        book(&file);
        let ctx = egui::Context::default();
        let file = file.to_string_lossy();
        let mut dialog =
            LayoutDialog::open(&ctx, &file, "Sheet1", ImportOptions::default()).unwrap();
        poll_until(&ctx, &mut dialog, |d| d.is_preview_current());
        assert_eq!(dialog.name, "村「Sheet1」");
        let sample = Arc::clone(dialog.sample().unwrap());
        assert!(matches!(
            dialog.preview,
            Some((_, Err(PreviewError::Refused(_))))
        ));
        // A change: no preview is computed at once, then the new one shows.
        let draft = dialog.draft.as_mut().unwrap();
        draft.choose(0, Choice::Unit, MoneyUnit::Wan);
        let signed = Choice::Figure(Some(Indicator::SIGNED_PROJECTS), FactKind::Actual);
        draft.choose(1, signed, MoneyUnit::Wan);
        draft.year = crate::gui::layout_draft::YearSource::Fixed(2025);
        let changed = Instant::now();
        dialog.poll(&ctx);
        assert!(dialog.running.is_none() && !dialog.is_preview_current());
        poll_until(&ctx, &mut dialog, |d| d.is_preview_current());
        assert!(changed.elapsed() >= PREVIEW_DELAY);
        let Some((_, Ok(preview))) = &dialog.preview else {
            panic!(
                "no preview: {:?}",
                dialog.preview.as_ref().map(|(_, p)| p.is_ok())
            );
        };
        assert_eq!(preview.report.rows_imported, 1);
        assert_eq!(preview.facts.len(), 1);
        // The sheet was read once: the same sample.
        assert!(Arc::ptr_eq(&sample, dialog.sample().unwrap()));
        // Renaming changes no figure: nothing to recompute.
        dialog.name = "村级".into();
        assert!(dialog.is_preview_current());
    }
}
