//! Finding the credential files of a downloaded demo, by content, in a folder or a `.zip`.

mod model;

pub use model::*;
