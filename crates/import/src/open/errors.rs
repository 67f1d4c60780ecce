//! Why a workbook could not be opened, in Chinese (Display) and in English.

/// What a file that is no workbook turned out to be, as far as its first bytes tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    fn zh(self) -> &'static str {
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

    fn en(self) -> &'static str {
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

impl std::fmt::Display for NotWorkbookKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.zh())
    }
}

/// Why a workbook could not be opened. `Display` gives the Chinese message, [`message_en`]
/// the English one, each in our own words; [`detail`] what the reader said, for the log file.
///
/// [`message_en`]: OpenError::message_en
/// [`detail`]: OpenError::detail
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The file could not be read from disk.
    #[error("{}", io_zh(.0))]
    Io(#[from] std::io::Error),
    /// The bytes are no spreadsheet planboard knows: what they seem to be instead.
    #[error("不是可识别的 Excel/WPS/ODS 工作簿：{0}")]
    NotAWorkbook(NotWorkbookKind),
    /// The workbook is encrypted.
    #[error("文件已设置密码保护，请在 Excel/WPS 中取消密码后再导入")]
    PasswordProtected,
    /// The workbook is damaged or truncated (what is wrong, for the log).
    #[error("文件已损坏或不完整，无法读取；可在 Excel/WPS 中打开后另存为 .xlsx 再导入")]
    Corrupt(String),
    /// The file exceeds a safety limit: size, inflation, cells, text (which one, for the log).
    #[error("文件超出安全限制（文件、解压后的内容或单元格数过大），未读取")]
    TooLarge(String),
    /// Reading took longer than the time limit (in seconds) and was abandoned.
    #[error("读取文件超时（超过 {0} 秒），已放弃")]
    TimedOut(u64),
}

impl OpenError {
    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            Self::Io(e) => match e.kind() {
                std::io::ErrorKind::NotFound => "the file does not exist".into(),
                std::io::ErrorKind::PermissionDenied => {
                    "the file may not be read (no permission, or another program holds it)".into()
                }
                _ => "the file cannot be read from the disk".into(),
            },
            Self::NotAWorkbook(kind) => format!("not an Excel/WPS/ODS workbook: {}", kind.en()),
            Self::PasswordProtected => {
                "the file is password protected; remove the password in Excel/WPS and import again"
                    .into()
            }
            Self::Corrupt(_) => {
                "the file is damaged or incomplete and cannot be read; open it in Excel/WPS, save it as .xlsx and import again".into()
            }
            Self::TooLarge(_) => {
                "the file exceeds a safety limit (its size, unpacked content or cell count) and was not read".into()
            }
            Self::TimedOut(secs) => {
                format!("reading the file took longer than {secs} s and was abandoned")
            }
        }
    }
}

impl OpenError {
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

/// A disk error in our words.
fn io_zh(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "文件不存在",
        std::io::ErrorKind::PermissionDenied => "没有读取该文件的权限，或文件正被其他程序占用",
        _ => "无法从磁盘读取该文件",
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
