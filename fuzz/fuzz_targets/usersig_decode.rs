//! The UserSig decoder: any text, never a panic; a token that decodes re-decodes the same.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(first) = mlvb_setup::usersig::decode(text) {
        let again = mlvb_setup::usersig::decode(text).expect("decodes twice");
        assert_eq!(format!("{first:?}"), format!("{again:?}"));
    }
});
