//! Why a workbook could not be opened, with what the reader said.

use crate::file_error::FileError;

/// What a file that is no workbook turned out to be, as far as its first bytes tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotWorkbookKind {
    /// Zero bytes.
    Empty,
    /// Plain text (CSV, TXT …).
    Text,
    /// A web page (some systems export "xls" files that are HTML).
    Html,
    /// A PDF document.
    Pdf,
    /// A picture (PNG, JPEG, GIF, BMP).
    Image,
    /// A Word document (.doc, .docx, .odt).
    Word,
    /// A presentation (.ppt, .pptx, .odp).
    Presentation,
    /// A zip archive holding no workbook.
    Zip,
    /// An OLE compound file holding no workbook.
    Ole,
    /// Anything else.
    Unknown,
}

impl NotWorkbookKind {
    /// What the file is, in Chinese.
    pub(crate) fn zh(self) -> &'static str {
        match self {
            Self::Empty => "文件为空（0 字节）",
            Self::Text => "这是一个文本文件（如 CSV/TXT），请在 Excel/WPS 中另存为 .xlsx 后再导入",
            Self::Html => {
                "这是一个网页（HTML）文件，只是扩展名像表格，请在 Excel/WPS 中另存为 .xlsx 后再导入"
            }
            Self::Pdf => "这是一个 PDF 文件",
            Self::Image => "这是一个图片文件",
            Self::Word => "这是一个文字处理文档（Word/WPS 文字）",
            Self::Presentation => "这是一个演示文稿（PowerPoint/WPS 演示）",
            Self::Zip => "这是一个压缩包，其中没有工作簿",
            Self::Ole => "这是一个 Office 复合文档，其中没有工作簿",
            Self::Unknown => "文件内容无法识别",
        }
    }

    /// What the file is, in English.
    pub(crate) fn en(self) -> &'static str {
        match self {
            Self::Empty => "the file is empty (0 bytes)",
            Self::Text => {
                "it is a text file (CSV/TXT); save it as .xlsx in Excel/WPS and import again"
            }
            Self::Html => {
                "it is a web page (HTML) named like a spreadsheet; save it as .xlsx in Excel/WPS and import again"
            }
            Self::Pdf => "it is a PDF document",
            Self::Image => "it is a picture",
            Self::Word => "it is a word-processing document",
            Self::Presentation => "it is a presentation",
            Self::Zip => "it is a zip archive without a workbook",
            Self::Ole => "it is an Office compound file without a workbook",
            Self::Unknown => "its content is not recognized",
        }
    }
}

/// Why a workbook could not be opened: [`OpenError::kind`] is what the import log keeps and
/// says in either language (`Display` gives the Chinese); [`OpenError::detail`] what the reader
/// said, for the log file.
#[derive(Debug)]
pub enum OpenError {
    /// The file could not be read from disk.
    Io(std::io::Error),
    /// The bytes are no spreadsheet planboard knows: what they seem to be instead.
    NotAWorkbook(NotWorkbookKind),
    /// The workbook is encrypted.
    PasswordProtected,
    /// The workbook is damaged or truncated (what is wrong, for the log).
    Corrupt(String),
    /// The file exceeds a safety limit: size, inflation, cells, text (which one, for the log).
    TooLarge(String),
    /// Reading took longer than the time limit (in seconds) and was abandoned.
    TimedOut(u64),
}

impl OpenError {
    /// The kind of the error, as the import log keeps it.
    pub fn kind(&self) -> FileError {
        match self {
            Self::Io(e) => FileError::of_io(e),
            Self::NotAWorkbook(what) => FileError::NotAWorkbook { what: *what },
            Self::PasswordProtected => FileError::PasswordProtected,
            Self::Corrupt(_) => FileError::Corrupt,
            Self::TooLarge(_) => FileError::TooLarge,
            Self::TimedOut(seconds) => FileError::TimedOut { seconds: *seconds },
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        self.kind().message_en()
    }

    /// What the reader or the check said, for the log file (`None` when the message says it
    /// all).
    pub fn detail(&self) -> Option<String> {
        match self {
            Self::Io(e) => Some(e.to_string()),
            Self::Corrupt(detail) | Self::TooLarge(detail) => Some(detail.clone()),
            _ => None,
        }
    }
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.kind().message_zh())
    }
}

impl std::error::Error for OpenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for OpenError {
    fn from(error: std::io::Error) -> Self {
        Self::Io(error)
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
