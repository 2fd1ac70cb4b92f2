//! mlvb-setup's core: every rule and every file operation, free of any user interface.
//!
//! The command line (`cli`) and the desktop window are two thin fronts over these modules.

pub mod credentials;
pub mod demo;
pub mod doctor;
pub mod download;
#[cfg(feature = "gui")]
pub mod gui;
pub mod messages;
pub mod online;
pub mod patch;
pub mod preview;
pub mod setup;
pub mod time;
pub mod usersig;
