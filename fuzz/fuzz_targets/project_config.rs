//! The `project.config.json` editor: analyse and edit arbitrary bytes as the mini program's config.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("WXMini/project.config.json", data);
});
