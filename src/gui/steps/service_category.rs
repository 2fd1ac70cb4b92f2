//! Step 2: the service category table of the guide, with the user's pick remembered.

use eframe::egui;
use egui::RichText;

use crate::gui::widgets::{callout_ui, link_ui, paragraph_ui};

use super::StepContext;

/// The rows of the category table, by locale id (`cat.<id>.main/.sub/.fits`), in the guide's order.
pub const CATEGORIES: [&str; 7] = [
    "social",
    "education",
    "medical",
    "finance",
    "auto",
    "government",
    "tools",
];

/// The row whose first code review takes about a week.
const SLOW_REVIEW: &str = "social";

const LIVE_PUSHER_DOC_URL: &str =
    "https://developers.weixin.qq.com/miniprogram/dev/component/live-pusher.html";
const QUALIFICATIONS_URL: &str = "https://developers.weixin.qq.com/miniprogram/product/material/";

/// The "Service category" page.
#[derive(Default)]
pub struct ServiceCategory;

impl ServiceCategory {
    /// Draws the page.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
        let i18n = ctx.i18n;
        paragraph_ui(ui, i18n.tr("category-intro"));
        ui.add_space(8.0);
        table_ui(ui, ctx);
        ui.add_space(8.0);
        let warn = ui.visuals().warn_fg_color;
        callout_ui(ui, warn, |ui| {
            paragraph_ui(ui, i18n.tr("category-review_note"));
        });
        ui.add_space(6.0);
        match ctx.state.category.as_deref() {
            Some(id) if CATEGORIES.contains(&id) => {
                let main = i18n.tr(&format!("cat.{id}.main")).to_owned();
                let sub = i18n.tr(&format!("cat.{id}.sub")).to_owned();
                ui.label(
                    RichText::new(i18n.trf("category-picked", &[("main", &main), ("sub", &sub)]))
                        .strong(),
                );
            }
            _ => {
                ui.label(RichText::new(i18n.tr("category-none_picked")).weak());
            }
        }
        ui.add_space(6.0);
        paragraph_ui(ui, i18n.tr("category-more"));
        ui.horizontal_wrapped(|ui| {
            link_ui(ui, i18n, "category-link-live_pusher", LIVE_PUSHER_DOC_URL);
            ui.add_space(12.0);
            link_ui(ui, i18n, "category-link-qualifications", QUALIFICATIONS_URL);
        });
    }
}

fn table_ui(ui: &mut egui::Ui, ctx: &mut StepContext<'_>) {
    let i18n = ctx.i18n;
    let width = ui.available_width();
    let main_w = (width * 0.24).max(140.0);
    let sub_w = (width * 0.32).max(160.0);
    let fits_w = (width - main_w - sub_w - 40.0).max(160.0);
    egui::Grid::new("category-table")
        .striped(true)
        .spacing([10.0, 8.0])
        .show(ui, |ui| {
            for (key, w) in [
                ("category-col-main", main_w),
                ("category-col-sub", sub_w),
                ("category-col-fits", fits_w),
            ] {
                cell_ui(ui, w, |ui| {
                    ui.label(RichText::new(i18n.tr(key)).strong());
                });
            }
            ui.end_row();
            for id in CATEGORIES {
                let picked = ctx.state.category.as_deref() == Some(id);
                cell_ui(ui, main_w, |ui| {
                    // The radio's own text is the category, so screen readers and tests find
                    // the choice by name.
                    let main = RichText::new(i18n.tr(&format!("cat.{id}.main"))).strong();
                    if ui.radio(picked, main).clicked() {
                        ctx.state.category = Some(id.to_owned());
                    }
                });
                cell_ui(ui, sub_w, |ui| {
                    ui.add(egui::Label::new(i18n.tr(&format!("cat.{id}.sub"))).wrap());
                });
                cell_ui(ui, fits_w, |ui| {
                    let mut fits = i18n.tr(&format!("cat.{id}.fits")).to_owned();
                    if id == SLOW_REVIEW {
                        fits = format!("{fits} {}", i18n.tr("category-slow_badge"));
                    }
                    ui.add(egui::Label::new(fits).wrap());
                });
                ui.end_row();
            }
        });
}

/// A grid cell of a fixed width whose text wraps inside it.
fn cell_ui(ui: &mut egui::Ui, width: f32, add_contents: impl FnOnce(&mut egui::Ui)) {
    ui.vertical(|ui| {
        ui.set_width(width);
        add_contents(ui);
    });
}
