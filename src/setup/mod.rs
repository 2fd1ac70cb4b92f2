//! One setup, free of any user interface: the values typed, the demo found, the plan made for
//! those values, and the operations on them. The window and the command line both drive it;
//! neither decides anything itself.
//!
//! Every operation is blocking (the window runs it on a background thread) and returns typed
//! results whose errors say themselves through [`crate::messages::Localize`].

mod binding;
mod demo;
mod live_values;
mod plan;
mod values;

pub use crate::patch::{PlatformFilter, UnknownPlatform};
pub use binding::{BindingMismatch, binding_mismatches, declared_fields, platforms_found};
pub use demo::{Demo, is_archive_path, typed_folder};
pub use live_values::{Accepted, LICENSE_HOST};
pub use plan::{Plan, SetupError, WriteReport, restore, restore_to, undo_depth, write_app_id};
pub use values::{Field, FieldError, OPTIONAL_TEXTS, ParsedValues, RawValues, Values};

/// The state of one setup: what the user gave and what was found and planned from it.
#[derive(Debug, Default)]
pub struct Setup {
    /// The demo last read, with its scan.
    pub demo: Option<Demo>,
    /// The plan for that demo and the values it was made for.
    pub plan: Option<Plan>,
}

impl Setup {
    /// Takes in a demo that was read: any plan for the previous one is dropped.
    pub fn set_demo(&mut self, demo: Demo) {
        self.demo = Some(demo);
        self.plan = None;
    }

    /// The folder a plan would patch: the demo read, when it is a folder.
    #[must_use]
    pub fn folder(&self) -> Option<&std::path::Path> {
        self.demo.as_ref().and_then(Demo::folder)
    }

    /// The plan, when it was made for these values and for the demo read now.
    #[must_use]
    pub fn current_plan(&self, values: &Values) -> Option<&Plan> {
        let plan = self.plan.as_ref()?;
        (plan.is_for(values) && Some(plan.root()) == self.folder()).then_some(plan)
    }

    /// [`Self::current_plan`], when it was also made for these platforms.
    #[must_use]
    pub fn current_plan_for(&self, values: &Values, platforms: &PlatformFilter) -> Option<&Plan> {
        self.current_plan(values)
            .filter(|plan| plan.platforms() == platforms)
    }
}
