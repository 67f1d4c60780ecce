//! What every verb shares when it answers: the exit code of a usage error and printing.

use crate::strings::{self, Lang};
use std::io::Write;
use std::process::ExitCode;

/// Exit code for a usage error (as clap uses).
pub(crate) const USAGE_ERROR: u8 = 2;

/// Writes `text` to stdout; a full disk or the like becomes a message and a failure. A reader
/// that stops early (`| head`) is no error.
pub(crate) fn print(lang: Lang, text: &str) -> Result<(), ExitCode> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(error) => {
            eprintln!("{}", strings::write_failed(lang, &error.to_string()));
            Err(ExitCode::FAILURE)
        }
    }
}
