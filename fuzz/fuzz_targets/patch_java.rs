//! The java patcher: analyse and edit arbitrary bytes as `Android/x/GenerateTestUserSig.java`.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("Android/x/GenerateTestUserSig.java", data);
});
