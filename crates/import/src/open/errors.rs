//! Why a workbook could not be opened, in Chinese (Display) and in English.

/// Why a workbook could not be opened. `Display` gives the Chinese message, [`message_en`]
/// the English one.
///
/// [`message_en`]: OpenError::message_en
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The file could not be read from disk.
    #[error("无法读取文件：{0}")]
    Io(#[from] std::io::Error),
    /// The bytes are no spreadsheet planboard knows (text, CSV, HTML, PDF, a picture, an empty
    /// file, a Word document …).
    #[error("不是可识别的 Excel/WPS/ODS 工作簿（可能是文本、网页、PDF、图片或空文件）")]
    NotAWorkbook,
    /// The workbook is encrypted.
    #[error("文件已设置密码保护，请在 Excel/WPS 中取消密码后再导入")]
    PasswordProtected,
    /// The workbook is damaged or truncated.
    #[error("文件已损坏或不完整：{0}")]
    Corrupt(String),
    /// The file exceeds a safety limit (size, inflation, cells, text, time).
    #[error("文件超出安全限制：{0}")]
    TooLarge(String),
}

impl OpenError {
    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            Self::Io(e) => format!("cannot read the file: {e}"),
            Self::NotAWorkbook => {
                "not an Excel/WPS/ODS workbook (it may be text, a web page, a PDF, a picture or an empty file)".into()
            }
            Self::PasswordProtected => {
                "the file is password protected; remove the password in Excel/WPS and import again"
                    .into()
            }
            Self::Corrupt(detail) => format!("the file is damaged or truncated: {detail}"),
            Self::TooLarge(detail) => format!("the file exceeds a safety limit: {detail}"),
        }
    }
}

pub(crate) fn from_xlsx(e: calamine::XlsxError) -> OpenError {
    match e {
        calamine::XlsxError::Password => OpenError::PasswordProtected,
        calamine::XlsxError::Io(io) => OpenError::Corrupt(io.to_string()),
        other => OpenError::Corrupt(other.to_string()),
    }
}

pub(crate) fn from_xlsb(e: calamine::XlsbError) -> OpenError {
    match e {
        calamine::XlsbError::Password => OpenError::PasswordProtected,
        other => OpenError::Corrupt(other.to_string()),
    }
}

pub(crate) fn from_xls(e: calamine::XlsError) -> OpenError {
    match e {
        calamine::XlsError::Password => OpenError::PasswordProtected,
        other => OpenError::Corrupt(other.to_string()),
    }
}

pub(crate) fn from_ods(e: calamine::OdsError) -> OpenError {
    match e {
        calamine::OdsError::Password => OpenError::PasswordProtected,
        calamine::OdsError::CellLimitExceeded { requested, max } => {
            OpenError::TooLarge(format!("工作表单元格数 {requested} 超过上限 {max}"))
        }
        other => OpenError::Corrupt(other.to_string()),
    }
}
