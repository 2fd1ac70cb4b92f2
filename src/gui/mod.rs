//! The desktop wizard: one native window that walks through the guide's steps, collects the three
//! credentials, and calls the core to read, patch and restore the demo.
//!
//! Start it with [`run`]. Tests drive [`WizardApp`] directly through `egui_kittest`.

use eframe::egui;
mod app;
pub mod command;
pub mod i18n;
pub mod opener;
pub mod preview_session;
pub mod secrets;
pub mod settings_writer;
pub mod state;
pub mod steps;
pub mod tasks;
pub mod usersig_tool;
pub mod widgets;
pub mod window;

pub use app::{AppOptions, LANG_ENV, NO_KEYCHAIN_ENV, START_STEP_ENV, WizardApp};

/// The product name: the window title and the app id.
pub const PRODUCT_NAME: &str = "mlvb-setup";

/// The smallest window the layout is made for (nothing overlaps at this size).
pub const MIN_WIDTH: f32 = 720.0;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: f32 = 500.0;

/// Opens the wizard window and returns when it is closed.
pub fn run() -> eframe::Result {
    let options = AppOptions::from_env();
    let native = || eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(PRODUCT_NAME)
            .with_app_id(PRODUCT_NAME)
            .with_icon(window::icon().unwrap_or_default())
            .with_inner_size([960.0, 660.0])
            .with_min_inner_size([MIN_WIDTH, MIN_HEIGHT])
            .with_drag_and_drop(true),
        // Chinese comes from the system's own fonts, found on demand (feature `system_fonts`).
        system_font_fallback: true,
        ..Default::default()
    };
    window::run_native(PRODUCT_NAME, &native, &|| {
        let options = options.clone();
        Box::new(move |cc| {
            window::add_symbol_fonts(&cc.egui_ctx);
            Ok(Box::new(WizardApp::new(&options)))
        })
    })
}
