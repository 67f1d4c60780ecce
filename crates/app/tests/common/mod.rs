//! What the window tests share: dropping files onto the window as a user would.

use egui_kittest::Harness;
use planboard_app::PlanboardApp;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file dropped onto the window.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Drops `paths` onto the window (the next frame takes them).
pub fn drop_files(harness: &mut Harness<'static, PlanboardApp>, paths: &[PathBuf]) {
    for path in paths {
        harness
            .input_mut()
            .dropped_files
            .push(Arc::new(Dropped(path.clone())));
    }
}
