//! Why a file could not be read at all, as a kind with its values: stored in the import log
//! (and so in the workspace) as such, and said in the reader's language when it is shown.

use crate::open::NotWorkbookKind;
use serde::{Deserialize, Serialize};

/// Why a file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FileError {
    /// The file does not exist.
    NotFound,
    /// The file may not be read (no permission, or another program holds it).
    NoPermission,
    /// The disk would not give the file's bytes.
    Unreadable,
    /// The bytes are no spreadsheet planboard knows: what they seem to be instead.
    NotAWorkbook {
        /// What the file seems to be.
        what: NotWorkbookKind,
    },
    /// The workbook is encrypted.
    PasswordProtected,
    /// The workbook is damaged or truncated.
    Corrupt,
    /// The file exceeds a safety limit: size, inflation, cells or text.
    TooLarge,
    /// Reading took longer than the time limit and was abandoned.
    TimedOut {
        /// The limit, in seconds.
        seconds: u64,
    },
    /// A failure said in both languages where it happened (a workspace file that cannot be
    /// opened), or an error of an import log written before errors were stored as kinds.
    Text {
        /// In Chinese.
        zh: String,
        /// In English.
        en: String,
    },
}

impl FileError {
    /// What went wrong, in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            Self::NotFound => "文件不存在".into(),
            Self::NoPermission => "没有读取该文件的权限，或文件正被其他程序占用".into(),
            Self::Unreadable => "无法从磁盘读取该文件".into(),
            Self::NotAWorkbook { what } => {
                format!("不是可识别的 Excel/WPS/ODS 工作簿：{}", what.zh())
            }
            Self::PasswordProtected => {
                "文件已设置密码保护，请在 Excel/WPS 中取消密码后再导入".into()
            }
            Self::Corrupt => {
                "文件已损坏或不完整，无法读取；可在 Excel/WPS 中打开后另存为 .xlsx 再导入".into()
            }
            Self::TooLarge => "文件超出安全限制（文件、解压后的内容或单元格数过大），未读取".into(),
            Self::TimedOut { seconds } => format!("读取文件超时（超过 {seconds} 秒），已放弃"),
            Self::Text { zh, .. } => zh.clone(),
        }
    }

    /// What went wrong, in English.
    pub fn message_en(&self) -> String {
        match self {
            Self::NotFound => "the file does not exist".into(),
            Self::NoPermission => {
                "the file may not be read (no permission, or another program holds it)".into()
            }
            Self::Unreadable => "the file cannot be read from the disk".into(),
            Self::NotAWorkbook { what } => {
                format!("not an Excel/WPS/ODS workbook: {}", what.en())
            }
            Self::PasswordProtected => {
                "the file is password protected; remove the password in Excel/WPS and import again"
                    .into()
            }
            Self::Corrupt => {
                "the file is damaged or incomplete and cannot be read; open it in Excel/WPS, save it as .xlsx and import again".into()
            }
            Self::TooLarge => {
                "the file exceeds a safety limit (its size, unpacked content or cell count) and was not read".into()
            }
            Self::TimedOut { seconds } => {
                format!("reading the file took longer than {seconds} s and was abandoned")
            }
            Self::Text { en, .. } => en.clone(),
        }
    }

    /// The kind of a disk error.
    pub fn of_io(error: &std::io::Error) -> Self {
        match error.kind() {
            std::io::ErrorKind::NotFound => Self::NotFound,
            std::io::ErrorKind::PermissionDenied => Self::NoPermission,
            _ => Self::Unreadable,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_error_reads_back_and_speaks_both_languages() {
        let error = FileError::TimedOut { seconds: 30 };
        let json = serde_json::to_string(&error).expect("json");
        assert_eq!(json, r#"{"kind":"timed_out","seconds":30}"#);
        assert_eq!(
            serde_json::from_str::<FileError>(&json).expect("back"),
            error
        );
        assert!(error.message_zh().contains("30 秒"));
        assert!(error.message_en().contains("30 s"));
        let what = FileError::NotAWorkbook {
            what: NotWorkbookKind::Pdf,
        };
        assert!(what.message_zh().contains("PDF"));
        assert!(what.message_en().contains("PDF"));
    }
}
