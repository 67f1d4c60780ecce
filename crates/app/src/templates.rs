//! Writing the 填报模板 of a unit and year (a 项目台账 and a 完成情况表) into a folder: one job,
//! for the `template` verb and for 文件 → 生成填报模板….

use planboard_export::TemplateRequest;
use planboard_model::{Catalogue, UnitName};
use std::path::{Path, PathBuf};

/// A template that could not be written: where, and why.
#[derive(Debug)]
pub struct TemplateError {
    /// The file or folder.
    pub path: PathBuf,
    /// What went wrong.
    pub error: String,
}

/// Writes both templates of `unit` for `year` into `folder` (made when missing), a row of the
/// 完成情况表 per indicator of `catalogue` filled in; returns the files written.
pub fn write_templates(
    unit: &UnitName,
    year: i32,
    folder: &Path,
    catalogue: &Catalogue,
) -> Result<Vec<PathBuf>, TemplateError> {
    let failed = |path: &Path, error: String| TemplateError {
        path: path.to_path_buf(),
        error,
    };
    std::fs::create_dir_all(folder).map_err(|e| failed(folder, e.to_string()))?;
    let request = TemplateRequest {
        unit: unit.clone(),
        year,
        indicators: planboard_export::progress_indicators(catalogue),
    };
    let files = [
        (
            folder.join(format!("{year}年{unit}招商引资项目台账.xlsx")),
            planboard_export::ledger_template(&request, &[]),
        ),
        (
            folder.join(format!("{year}年{unit}招商引资工作完成情况表.xlsx")),
            planboard_export::progress_template(&request, &[]),
        ),
    ];
    let mut written = Vec::new();
    for (path, bytes) in files {
        let bytes = bytes.map_err(|e| failed(&path, e.to_string()))?;
        std::fs::write(&path, bytes).map_err(|e| failed(&path, e.to_string()))?;
        written.push(path);
    }
    Ok(written)
}
