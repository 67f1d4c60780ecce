//! The command line of the Windows program. A release build there is a GUI program (no console
//! window opens behind the app), so Windows gives it no console: started from cmd or PowerShell
//! with a verb, it attaches to the console it was started from, so what it prints is seen.

use std::ffi::OsString;

/// Whether `args` (without the program's name) ask for the command line rather than the
/// window: a verb, help (`-h`, `--help`, `/?`) or the version.
pub fn wants_console(args: &[OsString]) -> bool {
    use clap::CommandFactory as _;
    let Some(first) = args.first().and_then(|a| a.to_str()) else {
        return false;
    };
    ["-h", "--help", "-V", "--version", "/?", "help"].contains(&first)
        || super::Cli::command()
            .get_subcommands()
            .any(|verb| verb.get_name() == first)
}

/// The arguments as clap reads them: `/?`, the Windows way to ask for help, is `--help`.
pub fn normalized(args: Vec<OsString>) -> Vec<OsString> {
    args.into_iter()
        .map(|a| if a == "/?" { "--help".into() } else { a })
        .collect()
}

/// Attaches to the console of the process that started this one, when there is one.
#[cfg(windows)]
pub fn attach_to_parent() {
    use windows_sys::Win32::System::Console::{AttachConsole, ATTACH_PARENT_PROCESS};
    // SAFETY: AttachConsole takes a process id and touches no memory of ours; when there is
    // no parent console (started from Explorer) it fails, and nothing changes.
    #[allow(unsafe_code)]
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

/// Elsewhere a program started from a terminal has its terminal already.
#[cfg(not(windows))]
pub fn attach_to_parent() {}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn verbs_and_help_want_the_console_and_files_the_window() {
        for line in [
            &["check", "a.xlsx"][..],
            &["summary"],
            &["/?"],
            &["--version"],
        ] {
            assert!(wants_console(&args(line)), "{line:?}");
        }
        for line in [&["台账.xlsx"][..], &[], &["--renderer", "wgpu"]] {
            assert!(!wants_console(&args(line)), "{line:?}");
        }
        assert_eq!(normalized(args(&["/?"])), args(&["--help"]));
    }
}
