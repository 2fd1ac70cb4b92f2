//! UserSig (TLSSigAPIv2): generate, decode and verify, byte-identical to Tencent's official
//! Python library.
