//! Workbooks planboard writes: the summary tables as the bureau hands them on, and the
//! templates it sends down to sub-districts. Knows the model, never the GUI.

mod styles;
mod summary_tables;
mod templates;

pub use summary_tables::{summary_workbook, SummaryRequest};
pub use templates::{
    ledger_template, progress_indicators, progress_template, LedgerRow, ProgressRow,
    TemplateRequest, INDUSTRIES, LEDGER_HEADERS, PROGRESS_INDICATORS,
};

/// Why a workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// rust_xlsxwriter refused.
    #[error("无法生成 Excel 文件：{0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// Writing the file failed.
    #[error("无法写入文件：{0}")]
    Io(#[from] std::io::Error),
}
