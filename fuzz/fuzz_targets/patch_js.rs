//! The js patcher: analyse and edit arbitrary bytes as `WXMini/debug/GenerateTestUserSig.js`.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("WXMini/debug/GenerateTestUserSig.js", data);
});
