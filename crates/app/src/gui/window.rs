//! Opening the native window, and saying so readably when it cannot be opened.

use crate::gui::app::PlanboardApp;
use crate::gui::fonts;
use crate::gui::settings::DataFolder;
use crate::strings::{self, Lang};
use planboard_model::Dataset;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// The environment variable that picks the renderer: `glow` (the default) or `wgpu`.
pub const RENDERER_VARIABLE: &str = "PLANBOARD_RENDERER";

/// Which graphics backend draws the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Renderer {
    /// OpenGL 2+ through glow: little memory, works on old PCs and most remote desktops.
    #[default]
    Glow,
    /// wgpu (Vulkan, DirectX 12, Metal or GL): for machines where OpenGL is broken.
    Wgpu,
}

impl Renderer {
    /// Parses `glow` or `wgpu` (any case).
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "glow" | "gl" | "opengl" => Some(Renderer::Glow),
            "wgpu" => Some(Renderer::Wgpu),
            _ => None,
        }
    }

    /// The renderer named by `PLANBOARD_RENDERER`, glow when it is unset; an unknown name is
    /// said on stderr and glow is used.
    pub fn from_env(lang: Lang) -> Self {
        match std::env::var(RENDERER_VARIABLE) {
            Ok(text) => Self::parse(&text).unwrap_or_else(|| {
                eprintln!("{}", strings::unknown_renderer(lang, &text));
                Renderer::Glow
            }),
            Err(_) => Renderer::Glow,
        }
    }

    fn eframe(self) -> eframe::Renderer {
        match self {
            Renderer::Glow => eframe::Renderer::Glow,
            Renderer::Wgpu => eframe::Renderer::Wgpu,
        }
    }
}

/// Opens the window on the workspace among `paths` (`.planboard`), if any, and imports the
/// other paths in the background once it shows (the window never waits for an import). The
/// renderer comes from `renderer`, else from `PLANBOARD_RENDERER`, else glow. With
/// `first_frame_exit` (the moment the process started), the app exits once its first frame is
/// painted, printing `first_frame_ms=<milliseconds since then>` (see [`FirstFrameExit`]).
pub fn open(
    lang: Lang,
    paths: Vec<PathBuf>,
    renderer: Option<Renderer>,
    first_frame_exit: Option<Instant>,
) -> ExitCode {
    let (workspaces, workbooks): (Vec<PathBuf>, Vec<PathBuf>) = paths
        .into_iter()
        .partition(|p| planboard_workspace::is_workspace_path(p));
    let mut app = PlanboardApp::new(Dataset::new()).with_lang(lang);
    // A workspace opens first (double-click); workbooks given with it are imported into it.
    if let Some(workspace) = workspaces.first() {
        app = app.with_workspace(workspace);
    }
    let app = app.with_startup_import(workbooks);
    let renderer = renderer.unwrap_or_else(|| Renderer::from_env(lang));
    run_with(app, renderer, first_frame_exit)
}

/// The window icon (256 × 256 PNG; the 1024 master is too big for a window manager).
const ICON_PNG: &[u8] =
    include_bytes!("../../../../resources/icons/hicolor/256x256/apps/planboard.png");

/// The window's size when it is not maximized and no size was saved.
const DEFAULT_SIZE: [f32; 2] = [1280.0, 860.0];

/// The app id desktop environments group windows by (matches the .desktop file's name).
const APP_ID: &str = "planboard";

/// Opens the window on `app` and runs until it is closed. When the window cannot be created,
/// says why on stderr and in a native message box where one is at hand, and returns failure.
pub fn run(app: PlanboardApp) -> ExitCode {
    let renderer = Renderer::from_env(app.lang());
    run_with(app, renderer, None)
}

/// [`run`] with the renderer given; with `first_frame_exit`, see [`open()`].
pub fn run_with(
    app: PlanboardApp,
    renderer: Renderer,
    first_frame_exit: Option<Instant>,
) -> ExitCode {
    let app = match DataFolder::locate() {
        Some(folder) => app.with_data_folder(folder),
        None => app,
    };
    let lang = app.lang();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(strings::WINDOW_TITLE)
        .with_app_id(APP_ID)
        .with_inner_size(DEFAULT_SIZE)
        .with_min_inner_size([640.0, 400.0]);
    // The first time it opens maximized; then where it was left.
    viewport = match app.settings().window {
        Some(place) => {
            viewport = viewport
                .with_inner_size(place.size)
                .with_maximized(place.maximized);
            match place.position {
                Some(position) => viewport.with_position(position),
                None => viewport,
            }
        }
        None => viewport.with_maximized(true),
    };
    let theme = app.settings().theme;
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        // A missing icon is no reason not to start; eframe shows its default one.
        Err(error) => eprintln!("planboard: icon: {error}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: renderer.eframe(),
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            fonts::install_fonts(&cc.egui_ctx);
            theme.apply(&cc.egui_ctx);
            Ok(match first_frame_exit {
                Some(started) => Box::new(FirstFrameExit { app, started }),
                None => Box::new(app),
            })
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let message = strings::window_failed(lang, &error.to_string());
            eprintln!("{message}");
            show_native_message(lang, &message);
            ExitCode::FAILURE
        }
    }
}

/// The app as `--first-frame-exit` runs it: exactly the window a user gets, which, once its
/// first frame has been painted and shown, prints `first_frame_ms=<ms>` on stdout and exits 0.
///
/// eframe paints a frame and swaps buffers (then shows the window, which starts hidden) before
/// it starts the next one, so the start of the second frame is the first moment the first is
/// on screen. The frame number is egui's count of completed frames, not of `ui` calls: a first
/// frame may run `ui` twice (egui's sizing passes) before anything is painted.
pub struct FirstFrameExit {
    /// The app shown.
    pub app: PlanboardApp,
    /// When the process started (the first thing `main` does is to take it).
    pub started: Instant,
}

impl eframe::App for FirstFrameExit {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        if ctx.cumulative_frame_nr() == 0 {
            // The first frame is the user's, background tasks and all.
            self.app.logic(ctx, frame);
            // Ask for the second frame now rather than waiting for an event.
            ctx.request_repaint();
            return;
        }
        let ms = self.started.elapsed().as_secs_f64() * 1e3;
        let mut out = std::io::stdout().lock();
        let printed = writeln!(out, "first_frame_ms={ms:.1}").and_then(|()| out.flush());
        // Straight out: no exit handler runs (it would delete an autosave the user may want
        // back) and nothing waits for the window to be torn down.
        std::process::exit(if printed.is_ok() { 0 } else { 1 });
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
    }
}

/// Shows `message` in a message box of the desktop, without any extra library: PowerShell on
/// Windows, zenity, kdialog or xmessage elsewhere. Does nothing when none works (the message
/// is on stderr already).
fn show_native_message(lang: Lang, message: &str) {
    use std::process::{Command, Stdio};
    let title = strings::window_failed_title(lang);
    let attempts: Vec<Command> = if cfg!(windows) {
        let mut powershell = Command::new("powershell");
        powershell
            .args([
                "-NoProfile",
                "-Command",
                "Add-Type -AssemblyName PresentationFramework; \
                 [System.Windows.MessageBox]::Show($env:PLANBOARD_MESSAGE, $env:PLANBOARD_TITLE) | Out-Null",
            ])
            .env("PLANBOARD_MESSAGE", message)
            .env("PLANBOARD_TITLE", title);
        vec![powershell]
    } else {
        let mut zenity = Command::new("zenity");
        zenity.args([
            "--error",
            "--no-markup",
            "--title",
            title,
            "--text",
            message,
        ]);
        let mut kdialog = Command::new("kdialog");
        kdialog.args(["--title", title, "--error", message]);
        let mut xmessage = Command::new("xmessage");
        xmessage.args(["-center", message]);
        vec![zenity, kdialog, xmessage]
    };
    for mut command in attempts {
        let shown = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if shown {
            return;
        }
    }
}
