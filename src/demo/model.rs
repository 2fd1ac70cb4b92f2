//! What a scan finds: the shared vocabulary of `demo` (which finds) and `patch` (which rewrites).
//!
//! A [`Constant`] points at the exact bytes of a value in a file (`value_span`); the patcher
//! replaces those bytes and nothing else. No type here holds the secret key's value.

use std::ops::Range;
use std::path::PathBuf;

/// The demo a file belongs to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Platform {
    /// The Android demo (Java / Kotlin).
    Android,
    /// The iOS demo (Objective-C / Swift).
    Ios,
    /// The WeChat mini program demo (JavaScript, `project.config.json`).
    MiniProgram,
    /// A file whose platform cannot be told (C#, C++ or an unusual layout).
    Other,
}

impl Platform {
    /// The platform's name as users know it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Android => "Android",
            Self::Ios => "iOS",
            Self::MiniProgram => "mini program",
            Self::Other => "other",
        }
    }
}

/// The language a file is written in, which decides how literals are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    /// `.java`
    Java,
    /// `.kt`
    Kotlin,
    /// `.h`, `.m`, `.mm`
    ObjectiveC,
    /// `.swift`
    Swift,
    /// `.js`, `.ts`
    JavaScript,
    /// `project.config.json`
    Json,
    /// `.cs`
    CSharp,
    /// `.cpp`, `.cc`, `.hpp`
    Cpp,
    /// `build.gradle` (Groovy)
    Gradle,
    /// `build.gradle.kts` (Kotlin script)
    GradleKotlin,
    /// `project.pbxproj` (an Xcode project)
    XcodeProject,
}

impl Language {
    /// The language's name as users know it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Java => "Java",
            Self::Kotlin => "Kotlin",
            Self::ObjectiveC => "Objective-C",
            Self::Swift => "Swift",
            Self::JavaScript => "JavaScript",
            Self::Json => "JSON",
            Self::CSharp => "C#",
            Self::Cpp => "C++",
            Self::Gradle => "Gradle",
            Self::GradleKotlin => "Gradle (Kotlin)",
            Self::XcodeProject => "Xcode project",
        }
    }
}

/// What a found file is to us.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileRole {
    /// Declares credentials (`GenerateTestUserSig.*`, `TCGlobalConfig.java`, …): patched.
    Credentials,
    /// The mini program's `project.config.json`: its `appid` is patched.
    ProjectConfig,
    /// Holds the signing algorithm, not values (`GenerateTestUserSig.m`, a bundled
    /// `lib-generate-test-usersig*.js`): recognised and left alone.
    SigningAlgorithm,
    /// Sets the licence in code (`DemoApplication.java`, `AppDelegate.m`): its literal
    /// arguments (or the literals that feed them) are patched.
    LicenceCall,
    /// Declares an app's ID (`build.gradle`'s `applicationId`, `project.pbxproj`'s
    /// `PRODUCT_BUNDLE_IDENTIFIER`): rewritten only when a package name / bundle ID is given.
    AppProject,
}

/// A value a demo file declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConstantKind {
    /// `SDKAPPID`, `SDKAppID`, `_SDKAppID`
    SdkAppId,
    /// `SECRETKEY`, `_SECRETKEY`
    SecretKey,
    /// `EXPIRETIME`, `_EXPIRETIME`: the UserSig lifetime in seconds.
    ExpireTime,
    /// `LICENSEURL`, `LICENCE_URL`
    LicenseUrl,
    /// `LICENSEURLKEY`
    LicenseKey,
    /// `PUSH_DOMAIN`
    PushDomain,
    /// `PLAY_DOMAIN`
    PlayDomain,
    /// `LIVE_URL_KEY`
    LiveUrlKey,
    /// `"appid"` in `project.config.json`.
    MiniProgramAppId,
    /// `#define TX_APPID`: the Tencent Cloud account's APPID, reported but never changed.
    TencentCloudAppId,
    /// An Android app's `applicationId` (the package name a licence is issued for).
    AndroidApplicationId,
    /// An iOS target's `PRODUCT_BUNDLE_IDENTIFIER` (the bundle ID a licence is issued for).
    IosBundleId,
}

impl ConstantKind {
    /// A short label for reports.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::SdkAppId => "SDKAppID",
            Self::SecretKey => "secret key",
            Self::ExpireTime => "EXPIRETIME",
            Self::LicenseUrl => "licence URL",
            Self::LicenseKey => "licence key",
            Self::PushDomain => "push domain",
            Self::PlayDomain => "play domain",
            Self::LiveUrlKey => "live URL key",
            Self::MiniProgramAppId => "AppID",
            Self::TencentCloudAppId => "Tencent Cloud APPID",
            Self::AndroidApplicationId => "applicationId",
            Self::IosBundleId => "bundle ID",
        }
    }
}

/// The state of a value as found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueState {
    /// `0`, `""`, `@""`.
    Empty,
    /// A stand-in meant to be replaced: `PLACEHOLDER`, `<#SDKAPPID#>`, `<#@""#>`, Chinese text,
    /// `#设置成…`, `"xxxxxxxxxxxxx"`.
    Placeholder,
    /// A real-looking value.
    Set,
    /// Assigned from a parameter or another variable (`const SDKAPPID = sdkAppId;`): the value
    /// comes in at run time; reported, never rewritten.
    SetAtRunTime,
}

/// How the value is written, which decides how a new value is written in its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LiteralStyle {
    /// A bare number: written unquoted.
    Number,
    /// A double-quoted string in Java, Kotlin, Swift, C#, C++ or JSON.
    DoubleQuoted,
    /// A single-quoted JavaScript string.
    SingleQuoted,
    /// An Objective-C `@"…"` string.
    ObjcString,
    /// A bare placeholder that is not a literal at all (`PLACEHOLDER`, `<#…#>`, Chinese text,
    /// `#设置成…`): replaced whole by a literal of the declared type.
    BarePlaceholder {
        /// Whether the declaration's type is a string (else a number).
        string_type: bool,
    },
    /// An unquoted word (an Xcode project's `com.example.app`): written bare when it can be,
    /// else quoted.
    BareWord,
}

/// One declared value: where it is and what state it is in. Holds no secret.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Constant {
    /// Which value this is.
    pub kind: ConstantKind,
    /// The name as written in the file (`SDKAppID`, `_SECRETKEY`, `appid`).
    pub name: String,
    /// 1-based line of the declaration.
    pub line: usize,
    /// Byte range of the value in the file, quotes included; this is what a patch replaces.
    #[serde(skip)]
    pub value_span: Range<usize>,
    /// How the value is written now.
    pub style: LiteralStyle,
    /// Empty, placeholder or set.
    pub state: ValueState,
    /// The current value for display; always `None` for the secret key.
    pub display_value: Option<String>,
}

/// The text encoding of a file, as far as patching cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextEncoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (kept).
    Utf8Bom,
    /// Not valid UTF-8 but ASCII-compatible (GBK, Latin-1, …): only ASCII is written into it.
    OtherAsciiCompatible,
}

/// The line endings a file uses (kept as they are).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LineEndings {
    /// `\n` only.
    Lf,
    /// `\r\n` only.
    Crlf,
    /// Both.
    Mixed,
    /// A single line.
    None,
}

/// A file the scan found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DemoFile {
    /// Path relative to the scanned folder (or inside the archive), `/`-separated in JSON.
    pub rel_path: PathBuf,
    /// The demo it belongs to.
    pub platform: Platform,
    /// Its language.
    pub language: Language,
    /// What it is to us.
    pub role: FileRole,
    /// Its encoding.
    pub encoding: TextEncoding,
    /// Its line endings.
    pub line_endings: LineEndings,
    /// The values it declares, in file order (empty for signing-algorithm files).
    pub constants: Vec<Constant>,
    /// The licence calls it makes, in file order.
    pub licence_calls: Vec<LicenceCall>,
    /// The app IDs it declares (a Gradle module's `applicationId`, an Xcode target's bundle
    /// ID per build configuration), in file order.
    pub apps: Vec<AppBinding>,
}

impl DemoFile {
    /// The first constant of a kind, if the file declares it.
    #[must_use]
    pub fn constant(&self, kind: ConstantKind) -> Option<&Constant> {
        self.constants.iter().find(|c| c.kind == kind)
    }
}

/// Where one argument of a licence call comes from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "source", rename_all = "kebab-case")]
pub enum LicenceArg {
    /// A literal in the call itself: patched there.
    Literal,
    /// A name this file declares with a literal: patched where it is declared.
    Declared {
        /// The name.
        name: String,
        /// 1-based line of its declaration.
        line: usize,
    },
    /// Another name or an expression (`GenerateTestUserSig.LICENSEURL`): set from code, left
    /// alone (the constant it reads is patched where it is declared).
    SetFromCode {
        /// The argument as written.
        name: String,
    },
}

/// One call that sets the licence (`setLicence(ctx, url, key)`, `setLicenceURL:key:`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LicenceCall {
    /// 1-based line of the call.
    pub line: usize,
    /// The call as written, without arguments: `TXLiveBase.getInstance().setLicence`,
    /// `TXUGCBase setLicenceURL:key:`.
    pub call: String,
    /// Where the licence URL comes from.
    pub url: LicenceArg,
    /// Where the licence key comes from.
    pub key: LicenceArg,
}

/// What an app target builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AppProduct {
    /// An application (an Android app module, an iOS `.app`).
    Application,
    /// An iOS app extension (e.g. a ReplayKit upload extension): its ID extends the app's.
    AppExtension,
}

/// One app ID as a build file declares it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AppBinding {
    /// The Gradle module (its folder) or the Xcode target.
    pub target: String,
    /// Application or app extension.
    pub product: AppProduct,
    /// The Xcode build configuration (`Debug`, `Release`); `None` for Gradle.
    pub configuration: Option<String>,
    /// 1-based line of the value.
    pub line: usize,
    /// The ID when it is a literal; `None` when it is computed (a variable, `$(…)`), which is
    /// never rewritten.
    pub id: Option<String>,
    /// The value as written.
    pub written: String,
}

/// A file that looks like a credential file but cannot be handled safely.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RefusedFile {
    /// Path relative to the scanned folder.
    pub rel_path: PathBuf,
    /// 1-based line the problem is on, when there is one.
    pub line: Option<usize>,
    /// What is wrong and what to do, naming the file's shape in the user's terms.
    pub reason: crate::messages::Message,
}

/// The result of scanning a demo folder or archive.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DemoScan {
    /// The folder or archive that was scanned.
    pub root: PathBuf,
    /// Every file found, sorted by path.
    pub files: Vec<DemoFile>,
    /// Files recognised but refused (UTF-16, unknown shape, unreadable), sorted by path.
    pub refused: Vec<RefusedFile>,
}
