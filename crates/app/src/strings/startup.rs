//! A window that could not start: the renderer and the error shown.

use super::Lang;

/// An unknown `PLANBOARD_RENDERER` value.
pub fn unknown_renderer(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => format!("PLANBOARD_RENDERER 应为 glow 或 wgpu，而不是「{text}」；使用 glow"),
        Lang::En => format!("PLANBOARD_RENDERER must be glow or wgpu, not \"{text}\"; using glow"),
    }
}

/// Title of the message shown when the window cannot be opened.
pub fn window_failed_title(lang: Lang) -> &'static str {
    lang.pick("招商目标看板无法启动", "Planboard cannot start")
}

/// The message shown when the window cannot be opened.
pub fn window_failed(lang: Lang, error: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "无法打开窗口：{error}\n\n\
             可能的原因：没有图形界面（远程终端），或显卡驱动不支持 OpenGL 2.0 以上。\n\
             可以换用另一种渲染方式再试：设置环境变量 PLANBOARD_RENDERER=wgpu（或 glow）后重新启动。\n\
             命令行功能仍可使用，例如：planboard check 文件…、planboard summary 文件…"
        ),
        Lang::En => format!(
            "Cannot open the window: {error}\n\n\
             Possible causes: no graphical session (a remote terminal), or a graphics driver \
             without OpenGL 2.0 or later.\n\
             Try the other renderer: set PLANBOARD_RENDERER=wgpu (or glow) and start again.\n\
             The command line still works, e.g. planboard check FILE…, planboard summary FILE…"
        ),
    }
}

/// An unknown `--renderer`.
pub fn bad_renderer(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Zh => format!("--renderer 应为 glow 或 wgpu，而不是「{text}」"),
        Lang::En => format!("--renderer must be glow or wgpu, not \"{text}\""),
    }
}
