//! Recognising credential declarations, line by line, in every shape the MLVB demos have used:
//! Java `public static final int SDKAPPID = PLACEHOLDER;`, Objective-C
//! `static NSString * const SECRETKEY = @"";` and `<#SDKAPPID#>`, Swift `let SDKAPPID: Int = 0;`,
//! JavaScript `var SECRETKEY = "";`, `#define TX_APPID 0`, and the Kotlin, C# and C++ equivalents.
//!
//! Matching runs on a copy of the file with comments blanked (see [`super::text`]), so offsets are
//! the file's own and a commented-out line is never taken for a declaration. A line that clearly
//! declares one of our names in a shape not listed here becomes a [`Problem`], never a guess.

use crate::messages::{DemoCode, Message};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::bytes::{Captures, Regex};

use super::model::{Constant, ConstantKind, Language, LiteralStyle, ValueState};
use super::text::lines_with_offsets;

/// Every name we look for (`_SDKAppID`, `LICENCE_URL`, `TX_APPID`, …).
const NAMES: &str = r"_?SDK[Aa][Pp][Pp][Ii][Dd]|_?SECRET_?KEY|_?EXPIRE_?TIME|_?LICEN[CS]E_?(?:URL_?)?KEY|_?LICEN[CS]E_?URL|_?PUSH_DOMAIN|_?PLAY_DOMAIN|_?LIVE_URL_KEY|TX_APPID";

/// Modifiers and types that may come before a declared name.
const MODIFIERS: &str = r"(?:(?:@[A-Za-z]+|public|private|protected|internal|fileprivate|open|static|final|const|constexpr|readonly|let|var|val|export|extern|inline|lateinit|unsigned|signed|int|long|short|Int|Int32|Int64|UInt32|UInt64|UInt|String|string|NSString|NSInteger|NSUInteger|char|auto|uint32_t|int32_t|int64_t|uint64_t|std::string|QString)\b\s*|[*&]\s*)+";

/// A type annotation after the name (Swift, Kotlin, TypeScript).
const ANNOTATION: &str = r"(?::\s*(?P<annotation>[A-Za-z_][A-Za-z0-9_.<>?]*)\s*)?";

/// The value shapes we can rewrite.
const VALUE: &str = r#"(?P<value>(?P<num>-?[0-9]+(?:\s*\*\s*[0-9]+)*)|(?P<objc>@"(?:[^"\\\n]|\\.)*")|(?P<dq>"(?:[^"\\\n]|\\.)*")|(?P<sq>'(?:[^'\\\n]|\\.)*')|(?P<xcode><#.*?#>)|(?P<bare>PLACEHOLDER|##[A-Za-z0-9_]+##|#?[\x80-\xff][^;]*?))"#;

fn compile(pattern: &str) -> Regex {
    match Regex::new(pattern) {
        Ok(re) => re,
        // The patterns are constants; the unit tests compile every one of them.
        Err(err) => panic!("bad built-in pattern: {err}"),
    }
}

static NAME_WORD: LazyLock<Regex> = LazyLock::new(|| compile(&format!(r"(?-u)\b(?:{NAMES})\b")));
static DECLARATION: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?-u)^\s*(?P<mods>{MODIFIERS})(?P<name>{NAMES})\b\s*{ANNOTATION}=\s*{VALUE}\s*;?\s*$"
    ))
});
static DECLARATION_START: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?-u)^\s*(?P<mods>{MODIFIERS})(?P<name>{NAMES})\b\s*(?::[^=]*)?="
    ))
});
/// A declaration whose value is another plain name (a parameter, a variable): the value comes
/// in at run time. A member of something else (`BuildConfig.KEY`) stays a shape we refuse.
static RUN_TIME: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?-u)^\s*(?P<mods>{MODIFIERS})(?P<name>{NAMES})\b\s*{ANNOTATION}=\s*(?P<value>[A-Za-z_$][A-Za-z0-9_$]*)\s*;?\s*$"
    ))
});
static DEFINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?-u)^\s*#\s*define\s+(?P<name>{NAMES})\s+{VALUE}\s*$"
    ))
});
static DEFINE_START: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"(?-u)^\s*#\s*define\s+(?P<name>{NAMES})\b")));
static STRING_TYPE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?-u)\b(?:String|NSString|string|char|QString)\b"));

/// Substrings one of which every match of [`NAMES`] contains (`SDKA`/`SDKa` for any casing of
/// `SDKAppID`, `SECRET`, `LICEN`, …): a file holding none of them declares none of our names, and
/// the regex work is skipped. Few short needles keep the matcher on its SIMD (Teddy) path, which
/// leftmost-first matching always takes; a needle that also matches other words only costs a
/// full look.
const NAME_NEEDLES: [&str; 9] = [
    "SDKA",
    "SDKa",
    "SECRET",
    "EXPIRE",
    "LICEN",
    "PUSH_DOMAIN",
    "PLAY_DOMAIN",
    "LIVE_URL_KEY",
    "TX_APPID",
];

fn matcher(needles: &[&str]) -> AhoCorasick {
    match AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(needles)
    {
        Ok(matcher) => matcher,
        // The needles are constants; the unit tests build both matchers.
        Err(err) => panic!("bad built-in prefilter: {err}"),
    }
}

/// [`NAME_NEEDLES`] alone: whether a file may declare one of our names.
static NAME_PREFILTER: LazyLock<AhoCorasick> = LazyLock::new(|| matcher(&NAME_NEEDLES));

/// [`NAME_NEEDLES`], `TLS.sdkappid` of the signing algorithm and `setLicen` of a licence call:
/// whether a file may be any of our business.
static PREFILTER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let mut needles = NAME_NEEDLES.to_vec();
    needles.extend(["TLS.sdkappid", "setLicen"]);
    matcher(&needles)
});

/// A fast first look: `false` means no name we look for, no licence call and not the signing
/// algorithm is in `bytes`, so the file is none of our business.
pub(crate) fn may_mention_our_names(bytes: &[u8]) -> bool {
    PREFILTER.is_match(bytes)
}

/// Whether `bytes` may declare one of our names: `false` means [`find_declarations_in`] would
/// find nothing.
pub(crate) fn may_declare_our_names(bytes: &[u8]) -> bool {
    NAME_PREFILTER.is_match(bytes)
}

/// Whether one line starts a declaration of one of our names (comments are not blanked: for
/// files too large to analyse, where a hit is only reported).
pub(crate) fn line_declares_our_name(line: &[u8]) -> bool {
    may_declare_our_names(line) && (DECLARATION_START.is_match(line) || DEFINE_START.is_match(line))
}

/// A declaration of one of our names that cannot be rewritten safely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    /// Which value the line declares.
    pub kind: ConstantKind,
    /// 1-based line.
    pub line: usize,
    /// What is wrong and what to do; never contains the value.
    pub reason: Message,
}

/// The declarations found in one file.
#[derive(Debug, Default)]
pub(crate) struct Declarations {
    /// Recognised values, in file order.
    pub constants: Vec<Constant>,
    /// Declarations in a shape we do not rewrite, in file order.
    pub problems: Vec<Problem>,
}

/// Which value a declared name stands for.
pub(crate) fn kind_of(name: &[u8]) -> Option<ConstantKind> {
    let canonical: Vec<u8> = name
        .iter()
        .filter(|b| **b != b'_')
        .map(u8::to_ascii_uppercase)
        .collect();
    Some(match canonical.as_slice() {
        b"SDKAPPID" => ConstantKind::SdkAppId,
        b"SECRETKEY" => ConstantKind::SecretKey,
        b"EXPIRETIME" => ConstantKind::ExpireTime,
        b"LICENSEURL" | b"LICENCEURL" => ConstantKind::LicenseUrl,
        b"LICENSEURLKEY" | b"LICENCEURLKEY" | b"LICENSEKEY" | b"LICENCEKEY" => {
            ConstantKind::LicenseKey
        }
        b"PUSHDOMAIN" => ConstantKind::PushDomain,
        b"PLAYDOMAIN" => ConstantKind::PlayDomain,
        b"LIVEURLKEY" => ConstantKind::LiveUrlKey,
        b"TXAPPID" => ConstantKind::TencentCloudAppId,
        _ => return None,
    })
}

/// Whether a name is one of ours (for a quick look into files we cannot parse, e.g. UTF-16).
pub(crate) fn mentions_our_names(text: &[u8]) -> bool {
    NAME_WORD.is_match(text)
}

/// [`find_declarations_in`], blanking the comments itself (the unit tests' way in).
#[cfg(test)]
pub(crate) fn find_declarations(bytes: &[u8], language: Language) -> Declarations {
    find_declarations_in(
        bytes,
        &super::text::blank_comments(bytes, language),
        language,
    )
}

/// Finds every declaration of our names in a source file: `bytes` as read, `code` the same with
/// comments blanked (same offsets; see [`super::text::blank_comments`]).
pub(crate) fn find_declarations_in(bytes: &[u8], code: &[u8], language: Language) -> Declarations {
    let mut found = Declarations::default();
    for (index, (start, line)) in lines_with_offsets(code).enumerate() {
        if !NAME_WORD.is_match(line) {
            continue;
        }
        let line_no = index + 1;
        if let Some(caps) = DECLARATION.captures(line).or_else(|| DEFINE.captures(line)) {
            match constant_from(&caps, bytes, start, line_no, language) {
                Ok(Some(constant)) => found.constants.push(constant),
                Ok(None) => {}
                Err(problem) => found.problems.push(problem),
            }
        } else if let Some(caps) = RUN_TIME.captures(line)
            && let Some(kind) = kind_of(&caps["name"])
            && kind != ConstantKind::TencentCloudAppId
        {
            found.constants.push(run_time(&caps, kind, start, line_no));
        } else if let Some(caps) = DECLARATION_START
            .captures(line)
            .or_else(|| DEFINE_START.captures(line))
            && let Some(kind) = kind_of(&caps["name"])
            && kind != ConstantKind::TencentCloudAppId
        {
            let name = String::from_utf8_lossy(&caps["name"]);
            found.problems.push(Problem {
                kind,
                line: line_no,
                reason: unrecognised(&name, kind, language),
            });
        }
    }
    found
}

/// A constant assigned from another name: reported as set at run time, never rewritten.
fn run_time(caps: &Captures<'_>, kind: ConstantKind, line_start: usize, line: usize) -> Constant {
    let value = caps.name("value").map_or(0..0, |m| m.range());
    Constant {
        kind,
        name: String::from_utf8_lossy(&caps["name"]).into_owned(),
        line,
        value_span: line_start + value.start..line_start + value.end,
        style: LiteralStyle::BarePlaceholder {
            string_type: !is_number_kind(kind),
        },
        state: ValueState::SetAtRunTime,
        display_value: (kind != ConstantKind::SecretKey)
            .then(|| String::from_utf8_lossy(&caps["value"]).into_owned()),
    }
}

fn unrecognised(name: &str, kind: ConstantKind, language: Language) -> Message {
    let example = if is_number_kind(kind) {
        "0"
    } else if language == Language::ObjectiveC {
        "@\"\""
    } else {
        "\"\""
    };
    Message::new(DemoCode::UnrecognisedDeclaration)
        .with("name", name)
        .with("example", example)
}

fn is_number_kind(kind: ConstantKind) -> bool {
    matches!(
        kind,
        ConstantKind::SdkAppId | ConstantKind::ExpireTime | ConstantKind::TencentCloudAppId
    )
}

/// Builds the constant for a matched line; `Ok(None)` for names we match but do not report.
fn constant_from(
    caps: &Captures<'_>,
    bytes: &[u8],
    line_start: usize,
    line: usize,
    language: Language,
) -> Result<Option<Constant>, Problem> {
    let Some(kind) = kind_of(&caps["name"]) else {
        return Ok(None);
    };
    let name = String::from_utf8_lossy(&caps["name"]).into_owned();
    let value = &caps["value"];
    let problem = |code: DemoCode| Problem {
        kind,
        line,
        reason: Message::new(code).with("name", name.as_str()),
    };
    let (style, inner): (LiteralStyle, &[u8]) = if caps.name("num").is_some() {
        (LiteralStyle::Number, value)
    } else if caps.name("objc").is_some() {
        let style = if language == Language::ObjectiveC {
            LiteralStyle::ObjcString
        } else {
            LiteralStyle::DoubleQuoted
        };
        (style, &value[2..value.len() - 1])
    } else if caps.name("dq").is_some() {
        (LiteralStyle::DoubleQuoted, &value[1..value.len() - 1])
    } else if caps.name("sq").is_some() {
        if language != Language::JavaScript {
            return Err(problem(DemoCode::ValueSingleQuoted));
        }
        (LiteralStyle::SingleQuoted, &value[1..value.len() - 1])
    } else {
        let declared = caps.name("mods").map_or(&b""[..], |m| m.as_bytes());
        let annotation = caps.name("annotation").map_or(&b""[..], |m| m.as_bytes());
        let string_type = if value.starts_with(b"<#@\"")
            || value.starts_with(b"<#\"")
            || STRING_TYPE.is_match(declared)
            || STRING_TYPE.is_match(annotation)
        {
            true
        } else if declared.windows(3).any(|w| w == b"int") || annotation.starts_with(b"Int") {
            false
        } else {
            !is_number_kind(kind)
        };
        (LiteralStyle::BarePlaceholder { string_type }, value)
    };
    if matches!(style, LiteralStyle::DoubleQuoted) {
        if language == Language::Kotlin
            && has_unescaped(inner, |b, next| {
                b == b'$' && (next == b'{' || next == b'_' || next.is_ascii_alphabetic())
            })
        {
            return Err(problem(DemoCode::ValueKotlinTemplate));
        }
        if language == Language::Swift && has_unescaped(inner, |b, next| b == b'\\' && next == b'(')
        {
            return Err(problem(DemoCode::ValueSwiftInterpolation));
        }
    }
    let state = match style {
        LiteralStyle::Number => number_state(inner),
        LiteralStyle::BarePlaceholder { .. } => ValueState::Placeholder,
        _ => string_state(inner),
    };
    let offset = line_start + caps.name("value").map_or(0, |m| m.start());
    // Read the value from the file itself: identical to the blanked copy inside a value.
    let display_value = (kind != ConstantKind::SecretKey)
        .then(|| String::from_utf8_lossy(&bytes[offset..offset + value.len()]).into_owned())
        .map(|raw| match style {
            LiteralStyle::Number | LiteralStyle::BarePlaceholder { .. } => raw,
            _ => String::from_utf8_lossy(inner).into_owned(),
        });
    Ok(Some(Constant {
        kind,
        name,
        line,
        value_span: offset..offset + value.len(),
        style,
        state,
        display_value,
    }))
}

/// Whether a string's content has a byte (with the one after it) that is not part of an escape
/// and matches: Kotlin's `$name` / `${…}`, Swift's `\(…)`.
fn has_unescaped(inner: &[u8], found: impl Fn(u8, u8) -> bool) -> bool {
    let mut i = 0;
    while i < inner.len() {
        let next = inner.get(i + 1).copied().unwrap_or(b' ');
        if found(inner[i], next) {
            return true;
        }
        // An escape covers the byte after the backslash.
        i += if inner[i] == b'\\' { 2 } else { 1 };
    }
    false
}

fn number_state(text: &[u8]) -> ValueState {
    if text.iter().all(|b| *b == b'0' || *b == b'-') {
        ValueState::Empty
    } else {
        ValueState::Set
    }
}

/// Empty, placeholder or set, for the text between a string's quotes.
pub(crate) fn string_state(inner: &[u8]) -> ValueState {
    const STAND_INS: [&[u8]; 3] = [b"PLACEHOLDER", b"touristappid", b"<#"];
    // "替换" (replace), "设置" (set), "您" (your): the demos' Chinese fill-me-in texts.
    const CHINESE_HINTS: [&str; 3] = ["替换", "设置", "您"];
    if inner.is_empty() {
        return ValueState::Empty;
    }
    let all_x = inner.len() >= 3 && inner.iter().all(|b| b.eq_ignore_ascii_case(&b'x'));
    let stand_in = STAND_INS
        .iter()
        .any(|s| inner.windows(s.len()).any(|w| w.eq_ignore_ascii_case(s)));
    let hint = CHINESE_HINTS
        .iter()
        .any(|h| inner.windows(h.len()).any(|w| w == h.as_bytes()));
    // A template token (`##SECRETKEY##`), filled in by Tencent's console or a script.
    let token = inner.len() > 4 && inner.starts_with(b"##") && inner.ends_with(b"##");
    if all_x || stand_in || hint || token {
        ValueState::Placeholder
    } else {
        ValueState::Set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str, language: Language) -> Constant {
        let found = find_declarations(line.as_bytes(), language);
        assert!(found.problems.is_empty(), "{line}: {:?}", found.problems);
        assert_eq!(found.constants.len(), 1, "{line}");
        found.constants.into_iter().next().unwrap()
    }

    #[test]
    fn patterns_compile() {
        for re in [
            &NAME_WORD,
            &DECLARATION,
            &DECLARATION_START,
            &DEFINE,
            &DEFINE_START,
            &RUN_TIME,
        ] {
            assert!(!re.as_str().is_empty());
        }
    }

    #[test]
    fn prefilter_lets_every_name_through() {
        for name in [
            "SDKAPPID",
            "_SDKAppID",
            "SDKAppId",
            "SECRETKEY",
            "_SECRET_KEY",
            "EXPIRETIME",
            "EXPIRE_TIME",
            "LICENSEURL",
            "LICENCE_URL",
            "LICENSEURLKEY",
            "LICENCE_KEY",
            "PUSH_DOMAIN",
            "PLAY_DOMAIN",
            "LIVE_URL_KEY",
            "TX_APPID",
        ] {
            let line = format!("static int {name} = 0;");
            assert!(NAME_WORD.is_match(line.as_bytes()), "{name}");
            assert!(may_mention_our_names(line.as_bytes()), "{name}");
            assert!(line_declares_our_name(line.as_bytes()), "{name}");
        }
        assert!(may_mention_our_names(b"x = 'TLS.sdkappid'"));
        for other in [
            "int sdkAppId = 0;",
            "String secretKey;",
            "class Player {}",
            "SdkAppID",
        ] {
            assert!(!may_mention_our_names(other.as_bytes()), "{other}");
        }
    }

    type Case = (
        &'static str,
        Language,
        ConstantKind,
        LiteralStyle,
        ValueState,
        &'static str,
    );

    /// Every shape in the MLVB history (and the cheap equivalents): line, language, kind, style,
    /// state, shown value.
    #[rustfmt::skip]
    const CASES: &[Case] = {
        use ConstantKind as K;
        use Language::{CSharp, Cpp, Java, JavaScript, Kotlin, ObjectiveC, Swift};
        use LiteralStyle::{BarePlaceholder, DoubleQuoted, Number, ObjcString, SingleQuoted};
        use ValueState as S;
        &[
        ("public static final int SDKAPPID = PLACEHOLDER;", Java, K::SdkAppId, BarePlaceholder { string_type: false }, S::Placeholder, "PLACEHOLDER"),
        ("    public static final int SDKAPPID = 设置成您自己账号下的SDKAppId;", Java, K::SdkAppId, BarePlaceholder { string_type: false }, S::Placeholder, "设置成您自己账号下的SDKAppId"),
        ("public static final String LICENCE_URL = #设置成您自己账号下直播License的url;", Java, K::LicenseUrl, BarePlaceholder { string_type: true }, S::Placeholder, "#设置成您自己账号下直播License的url"),
        ("public static final String PUSH_DOMAIN = \"PLACEHOLDER\";", Java, K::PushDomain, DoubleQuoted, S::Placeholder, "PLACEHOLDER"),
        ("private static final int EXPIRETIME = 604800;", Java, K::ExpireTime, Number, S::Set, "604800"),
        ("static const int _SDKAppID = <#SDKAPPID#>;", ObjectiveC, K::SdkAppId, BarePlaceholder { string_type: false }, S::Placeholder, "<#SDKAPPID#>"),
        ("static const int SDKAppID = 0;", ObjectiveC, K::SdkAppId, Number, S::Empty, "0"),
        ("static NSString * const LICENSEURLKEY = @\"\";", ObjectiveC, K::LicenseKey, ObjcString, S::Empty, ""),
        ("static NSString * const LICENCE_URL = <#设置成您自己账号下直播License的url#>;", ObjectiveC, K::LicenseUrl, BarePlaceholder { string_type: true }, S::Placeholder, "<#设置成您自己账号下直播License的url#>"),
        ("#define TX_APPID 1252463788", ObjectiveC, K::TencentCloudAppId, Number, S::Set, "1252463788"),
        ("let SDKAPPID: Int = 0;", Swift, K::SdkAppId, Number, S::Empty, "0"),
        ("let LIVE_URL_KEY = \"\"", Swift, K::LiveUrlKey, DoubleQuoted, S::Empty, ""),
        ("var SDKAPPID = 0;", JavaScript, K::SdkAppId, Number, S::Empty, "0"),
        ("const PLAY_DOMAIN = 'play.example.com'", JavaScript, K::PlayDomain, SingleQuoted, S::Set, "play.example.com"),
        ("const val SDKAPPID = 0", Kotlin, K::SdkAppId, Number, S::Empty, "0"),
        ("public const int SDKAPPID = 0;", CSharp, K::SdkAppId, Number, S::Empty, "0"),
        ("int SDKAPPID = 0;", Cpp, K::SdkAppId, Number, S::Empty, "0"),
        ("static const int EXPIRETIME = 7 * 24 * 60 * 60;", Cpp, K::ExpireTime, Number, S::Set, "7 * 24 * 60 * 60"),
        ("var SDKAPPID = ##SDKAppID##;", JavaScript, K::SdkAppId, BarePlaceholder { string_type: false }, S::Placeholder, "##SDKAppID##"),
        ("const LIVE_URL_KEY = '##LIVE_URL_KEY##';", JavaScript, K::LiveUrlKey, SingleQuoted, S::Placeholder, "##LIVE_URL_KEY##"),
        ("public static final String LICENSEURL = \"##LICENSEURL##\";", Java, K::LicenseUrl, DoubleQuoted, S::Placeholder, "##LICENSEURL##"),
        ("  const SDKAPPID = sdkAppId;", JavaScript, K::SdkAppId, BarePlaceholder { string_type: false }, S::SetAtRunTime, "sdkAppId"),
        ("    let PUSH_DOMAIN = pushDomain", Swift, K::PushDomain, BarePlaceholder { string_type: true }, S::SetAtRunTime, "pushDomain"),
        ("const val LICENSEURLKEY = \"\"", Kotlin, K::LicenseKey, DoubleQuoted, S::Empty, ""),
        ]
    };

    #[test]
    fn every_known_shape() {
        use Language::ObjectiveC;
        use LiteralStyle::{BarePlaceholder, ObjcString};
        for (line, language, kind, style, state, shown) in CASES {
            let c = one(line, *language);
            assert_eq!(
                (c.kind, c.style, c.state),
                (*kind, *style, *state),
                "{line}"
            );
            assert_eq!(c.display_value.as_deref(), Some(*shown), "{line}");
            assert_eq!(c.line, 1);
        }
        let key = one(
            "static NSString * const _SECRETKEY = <#@\"\"#>;",
            ObjectiveC,
        );
        assert_eq!(key.style, BarePlaceholder { string_type: true });
        assert_eq!(key.display_value, None);
        let key = one(
            "static NSString * const SECRETKEY = @\"<#SECRETKEY#>\";",
            ObjectiveC,
        );
        assert_eq!(
            (key.style, key.state),
            (ObjcString, ValueState::Placeholder)
        );
    }

    #[test]
    fn escaped_interpolation_is_plain_text() {
        let swift = one("let LIVE_URL_KEY = \"a\\\\(b)\"", Language::Swift);
        assert_eq!(swift.display_value.as_deref(), Some("a\\\\(b)"));
        let kotlin = one("const val LIVE_URL_KEY = \"a\\$b\"", Language::Kotlin);
        assert_eq!(kotlin.display_value.as_deref(), Some("a\\$b"));
    }

    #[test]
    fn comments_and_uses_are_not_declarations() {
        let src = "// public static final int SDKAPPID = 1;\n/* let SECRETKEY = \"a\" */\nloginInfo.sdkAppID = SDKAPPID;\nvar input = LIVE_URL_KEY\n";
        let found = find_declarations(src.as_bytes(), Language::Java);
        assert!(found.constants.is_empty() && found.problems.is_empty());
    }

    #[test]
    fn unknown_shapes_are_problems_without_the_value() {
        for (line, language) in [
            (
                "private static final String SECRETKEY = getKey(\"s3cr3t\");",
                Language::Java,
            ),
            ("let SECRETKEY = \"\"\"", Language::Swift),
            ("public static final String SECRETKEY =", Language::Java),
            ("const val SECRETKEY = \"a$s3cr3t\"", Language::Kotlin),
            ("let SECRETKEY = \"\\(s3cr3t)\"", Language::Swift),
            ("let SECRETKEY = \"a\\\\\\(s3cr3t)\"", Language::Swift),
            (
                "var SDKAPPID = 0, SECRETKEY = 's3cr3t';",
                Language::JavaScript,
            ),
        ] {
            let found = find_declarations(line.as_bytes(), language);
            assert!(found.constants.is_empty(), "{line}");
            assert_eq!(found.problems.len(), 1, "{line}");
            assert!(
                !found.problems[0].reason.to_string().contains("s3cr3t"),
                "{line}"
            );
        }
    }
}
