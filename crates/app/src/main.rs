//! `planboard`: the window, or `check` and `summary` on the command line.

fn main() -> std::process::ExitCode {
    planboard_app::run()
}
