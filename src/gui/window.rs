//! The native window around the wizard: its icon, the fonts that draw the symbols (✔ ✖ ↗ ← →)
//! on every machine, and the renderer — glow, and on Windows and macOS wgpu when OpenGL cannot
//! open a window (a virtual machine or a remote desktop with OpenGL 1.1 only).

use eframe::egui;

/// Picks the renderer instead of trying glow first: `glow` or `wgpu` (wgpu exists only in the
/// Windows and macOS builds).
pub const RENDERER_ENV: &str = "MLVB_SETUP_RENDERER";

/// The application icon (rendered from `assets/icon.svg`), as the window shows it.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/256x256.png");

/// The window and taskbar icon, decoded from the bundled PNG.
#[must_use]
pub fn icon() -> Option<egui::IconData> {
    let image = image::load_from_memory_with_format(ICON_PNG, image::ImageFormat::Png).ok()?;
    let rgba = image.to_rgba8();
    Some(egui::IconData {
        width: rgba.width(),
        height: rgba.height(),
        rgba: rgba.into_raw(),
    })
}

/// Adds the bundled fonts that draw the wizard's symbols wherever the system has none: egui's
/// emoji fonts (feature `monochrome_emoji_fonts`: ✔ ✖ ↗ ⚠ ℹ) are already fallbacks of every
/// family; this adds Hack, the only bundled font with ← and →, as the proportional text's last
/// fallback.
pub fn add_symbol_fonts(ctx: &egui::Context) {
    let defaults = egui::FontDefinitions::default();
    let Some(hack) = defaults.font_data.get("Hack") else {
        return;
    };
    ctx.add_font(egui::epaint::text::FontInsert::new(
        "mlvb-setup-arrows",
        (**hack).clone(),
        vec![egui::epaint::text::InsertFontFamily {
            family: egui::FontFamily::Proportional,
            priority: egui::epaint::text::FontPriority::Lowest,
        }],
    ));
}

/// The renderers to try, in order: the one `MLVB_SETUP_RENDERER` names, else glow then (Windows,
/// macOS) wgpu.
fn renderers() -> Vec<eframe::Renderer> {
    let all = [
        eframe::Renderer::Glow,
        #[cfg(any(windows, target_os = "macos"))]
        eframe::Renderer::Wgpu,
    ];
    let chosen = std::env::var(RENDERER_ENV).ok();
    match chosen.as_deref().map(str::trim) {
        Some("glow") => vec![eframe::Renderer::Glow],
        #[cfg(any(windows, target_os = "macos"))]
        Some("wgpu") => vec![eframe::Renderer::Wgpu],
        _ => all.to_vec(),
    }
}

/// Whether `err` says glow could not make an OpenGL context or painter (the cases another
/// renderer can fix), as opposed to no window at all or the app failing.
fn is_opengl_failure(err: &eframe::Error) -> bool {
    matches!(
        err,
        eframe::Error::Glutin(_) | eframe::Error::NoGlutinConfigs(..) | eframe::Error::OpenGL(_)
    )
}

/// Runs the window with each renderer of [`renderers`] in turn until one opens it; returns when it
/// is closed. `native` builds the options (the renderer is set here), `app` the app creator.
pub fn run_native(
    app_name: &str,
    native: &dyn Fn() -> eframe::NativeOptions,
    app: &dyn Fn() -> eframe::AppCreator<'static>,
) -> eframe::Result {
    let mut last = Ok(());
    for renderer in renderers() {
        let options = eframe::NativeOptions {
            renderer,
            // The event loop is kept for the next try (winit makes one per process).
            run_and_return: true,
            ..native()
        };
        last = eframe::run_native(app_name, options, app());
        match &last {
            Err(err) if is_opengl_failure(err) => {
                eprintln!(
                    "mlvb-setup: {renderer:?} could not open the window ({err}); trying the next renderer"
                );
            }
            _ => return last,
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icon_decodes_to_a_square() {
        let icon = icon().expect("the bundled icon is a PNG");
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }

    #[test]
    fn bundled_fonts_draw_the_symbols() {
        let ctx = egui::Context::default();
        add_symbol_fonts(&ctx);
        // Fonts are loaded by the first frame; its texture upload is not needed here.
        let mut frame = ctx.run_ui(egui::RawInput::default(), |_| {});
        frame.textures_delta.clear();
        let font = egui::FontId::proportional(14.0);
        for symbol in ['✔', '✖', '↗', '←', '→', '⚠', 'ℹ'] {
            assert!(
                ctx.fonts_mut(|fonts| fonts.has_glyph(&font, symbol)),
                "{symbol} has no glyph in the bundled fonts"
            );
        }
    }
}
