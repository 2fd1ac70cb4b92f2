//! mlvb-setup's UI-free core, compiled on its own for fuzzing: the same source files as the main
//! crate (`credentials`, `demo`, `patch`, `usersig`, `time`), without the window and its
//! dependencies, so that the sanitizer build takes minutes, not tens of minutes. The crate is
//! named `mlvb_setup` so the targets read like code using the real crate.
//!
//! Keep this list in step with the modules the core uses (`crate::…` in those files).

#![allow(clippy::all, clippy::pedantic, missing_docs, dead_code)]

#[path = "../../src/credentials.rs"]
pub mod credentials;
#[path = "../../src/demo/mod.rs"]
pub mod demo;
#[path = "../../src/patch/mod.rs"]
pub mod patch;
#[path = "../../src/time.rs"]
pub mod time;
#[path = "../../src/usersig/mod.rs"]
pub mod usersig;
