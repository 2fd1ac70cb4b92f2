//! The Android/iOS values as a person types them: licence URL and key, push and play domains,
//! live URL key, package name and bundle ID — what is written, and what is said beside the field.

use mlvb_setup::setup::{Field, FieldError, ParsedValues, RawValues};

const KEY: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

fn parse(f: impl FnOnce(&mut RawValues)) -> ParsedValues {
    let mut raw = RawValues {
        sdk_app_id: "1400123456".to_owned(),
        ..RawValues::default()
    };
    f(&mut raw);
    raw.parse(KEY)
}

fn push(typed: &str) -> ParsedValues {
    parse(|r| r.push_domain = Some(typed.to_owned()))
}

fn codes(parsed: &ParsedValues, field: Field) -> Vec<&'static str> {
    parsed.notes_for(field).map(|m| m.code.id()).collect()
}

/// What a typed push domain becomes: the host written, and the notes shown beside it.
#[test]
fn domain_normalisation_table() {
    #[rustfmt::skip]
    let table: &[(&str, &str, &[&str])] = &[
        ("123456.livepush.myqcloud.com", "123456.livepush.myqcloud.com", &[]),
        ("  push.example.com\n", "push.example.com", &[]),
        ("rtmp://push.example.com/live/", "push.example.com", &["note-domain-reduced"]),
        ("http://play.example.com", "play.example.com", &["note-domain-reduced"]),
        ("webrtc://push.example.com/live/stream?txSecret=a&txTime=b", "push.example.com", &["note-domain-reduced"]),
        ("//push.example.com/live", "push.example.com", &["note-domain-reduced"]),
        ("push.example.com/live/", "push.example.com", &["note-domain-reduced"]),
        ("rtmp://push.example.com:1935/live/", "push.example.com", &["note-domain-reduced", "note-domain-port-dropped"]),
        ("push.example.com:8080", "push.example.com", &["note-domain-port-dropped"]),
        ("PUSH.Example.COM", "push.example.com", &["note-domain-reduced"]),
        ("push.example.com.", "push.example.com", &["note-domain-reduced"]),
        ("RTMP://Push.Example.com.:1935/", "push.example.com", &["note-domain-reduced", "note-domain-port-dropped"]),
        ("直播.例子.com", "xn--z6ut02b.xn--fsqu00a.com", &["note-domain-punycode"]),
        ("rtmp://直播.例子.com/live/", "xn--z6ut02b.xn--fsqu00a.com", &["note-domain-reduced", "note-domain-punycode"]),
        ("xn--z6ut02b.xn--fsqu00a.com", "xn--z6ut02b.xn--fsqu00a.com", &[]),
        ("1.2.3.4", "1.2.3.4", &[]),
        ("Bücher.example", "xn--bcher-kva.example", &["note-domain-punycode"]),
    ];
    for (typed, written, notes) in table {
        let parsed = push(typed);
        assert_eq!(
            parsed.texts[2].as_ref().map(Option::as_deref),
            Ok(Some(*written)),
            "{typed:?}"
        );
        assert_eq!(codes(&parsed, Field::PushDomain), *notes, "{typed:?}");
        assert_eq!(
            parsed.values().and_then(|v| v.push_domain).as_deref(),
            Some(*written)
        );
    }
}

/// Typed text that is no host name is refused, naming the field and the reason.
#[test]
fn domains_refused_with_their_reason() {
    #[rustfmt::skip]
    let table: &[(&str, &str)] = &[
        ("push example.com", "domain-reason-characters"),
        ("push_domain.example.com", "domain-reason-characters"),
        ("rtmp:///live/", "domain-reason-empty"),
        ("localhost", "domain-reason-one-label"),
        ("push..example.com", "domain-reason-label"),
        ("-push.example.com", "domain-reason-hyphen"),
        ("push.example.com:port", "domain-reason-characters"),
        ("  ", "value-empty"),
        ("直播\u{0}.com", "value-control-character"),
        ("exa\u{1}mple.com", "value-control-character"),
        ("\u{0301}例子.com", "domain-reason-international"),
    ];
    for (typed, reason) in table {
        let parsed = push(typed);
        let Err(err) = &parsed.texts[2] else {
            panic!("{typed:?} accepted: {:?}", parsed.texts[2]);
        };
        let message = mlvb_setup::messages::Localize::message(err);
        let english = message.english();
        let got = match err {
            FieldError::DomainInvalid { reason, field, .. } => {
                assert_eq!(*field, Field::PushDomain);
                reason.id()
            }
            other => mlvb_setup::messages::Localize::message(other).code.id(),
        };
        assert_eq!(got, *reason, "{typed:?}: {english}");
        assert!(english.contains("push domain"), "{english}");
        assert_eq!(
            parsed.first_error().map(|(f, _)| f),
            Some(Field::PushDomain)
        );
    }
}

#[test]
fn same_push_and_play_domain_is_a_warning() {
    let parsed = parse(|r| {
        r.push_domain = Some("live.example.com".to_owned());
        r.play_domain = Some("rtmp://LIVE.example.com/live/".to_owned());
    });
    assert!(parsed.values().is_some());
    assert_eq!(
        codes(&parsed, Field::PlayDomain),
        ["note-domain-reduced", "warn-same-push-play-domain"]
    );
}

#[test]
fn licence_url_and_key() {
    let parsed = parse(|r| {
        r.license_url = Some(
            "https://license.vod2.myqcloud.com/license/v2/1250000000_1/v_cube.license".to_owned(),
        );
        r.license_key = Some("0123456789abcdef0123456789abcdef".to_owned());
    });
    assert!(parsed.notes.is_empty(), "{:?}", parsed.notes);
    let odd = parse(|r| {
        r.license_url = Some("https://cdn.example.com/v_cube.txt".to_owned());
        r.license_key = Some("not-a-key".to_owned());
    });
    assert_eq!(
        codes(&odd, Field::LicenseUrl),
        [
            "warn-license-url-not-license",
            "warn-license-url-unusual-host"
        ]
    );
    assert_eq!(codes(&odd, Field::LicenseKey), ["warn-license-key-shape"]);
    assert!(odd.values().is_some(), "warnings do not block");
    let bad = parse(|r| r.license_url = Some("v_cube.license".to_owned()));
    assert_eq!(bad.first_error().map(|(f, _)| f), Some(Field::LicenseUrl));
}

#[test]
fn empty_live_url_key_means_authentication_off() {
    let parsed = parse(|r| r.live_url_key = Some(String::new()));
    assert_eq!(
        parsed.values().and_then(|v| v.live_url_key).as_deref(),
        Some("")
    );
    let parsed = parse(|r| r.license_key = Some(String::new()));
    assert_eq!(
        parsed.first_error().map(|(f, _)| f),
        Some(Field::LicenseKey)
    );
}

#[test]
fn package_name_and_bundle_id() {
    let parsed = parse(|r| {
        r.android_package = Some(" com.example.live ".to_owned());
        r.ios_bundle_id = Some("com.example.live-app".to_owned());
    });
    let values = parsed.values().unwrap();
    assert_eq!(values.android_package.as_deref(), Some("com.example.live"));
    assert_eq!(
        values.ios_bundle_id.as_deref(),
        Some("com.example.live-app")
    );
    let bad = parse(|r| r.android_package = Some("com.example.live-app".to_owned()));
    let (field, err) = bad.first_error().unwrap();
    assert_eq!(field, Field::AndroidPackage);
    assert_eq!(field.flag(), "--android-package");
    assert!(
        mlvb_setup::messages::Localize::message(err)
            .english()
            .contains("com.example.live-app")
    );
    let bad = parse(|r| r.ios_bundle_id = Some("example".to_owned()));
    assert_eq!(
        bad.first_error().map(|(f, _)| f.flag()),
        Some("--ios-bundle-id")
    );
}

#[test]
fn the_secret_key_in_another_field_is_refused_without_echoing_it() {
    let parsed = parse(|r| r.license_key = Some(format!(" {KEY} ")));
    let (field, err) = parsed.first_error().unwrap();
    assert_eq!(field, Field::LicenseKey);
    let said = mlvb_setup::messages::Localize::message(err).english();
    assert!(
        said.contains("secret key") && !said.contains(&KEY[..12]),
        "{said}"
    );
}
