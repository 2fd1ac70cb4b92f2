//! The objc patcher: analyse and edit arbitrary bytes as `iOS/x/GenerateTestUserSig.h`.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    common::check("iOS/x/GenerateTestUserSig.h", data);
});
