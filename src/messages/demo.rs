//! Messages about reading a demo: why a folder or archive cannot be read, and why a file that
//! looks like a credential file is refused.

use super::code::message_codes;
use super::{Localize, Message, io_reason};
use crate::demo::{
    AppBinding, AppProduct, LicenceArg, LicenceCall, Platform, ScanError, ZipEntryProblem,
};

message_codes! {
    /// Reading a demo folder or archive.
    pub enum DemoCode {
        /// The path does not exist.
        NotFound = "scan-not-found" [path],
        /// A file that is not a `.zip`.
        NotADemo = "scan-not-a-demo" [path],
        /// The path cannot be read.
        Unreadable = "scan-unreadable" [path, reason],
        /// Not a readable zip.
        BadZip = "scan-bad-zip" [path, detail],
        /// One entry cannot be read.
        BadZipEntry = "scan-bad-zip-entry" [zip, entry, detail],
        /// An entry that would land outside the destination.
        UnsafeZipEntry = "scan-unsafe-zip-entry" [zip, entry, reason],
        /// No files in the archive.
        EmptyZip = "scan-empty-zip" [zip],
        /// The unpacked folder would overwrite one.
        DestinationExists = "scan-destination-exists" [path],
        /// Writing the unpacked files failed.
        Unpack = "scan-unpack-failed" [path, reason],
        /// Entry problem: a NUL character.
        EntryNul = "zip-entry-nul" [],
        /// Entry problem: an absolute path.
        EntryAbsolute = "zip-entry-absolute" [],
        /// Entry problem: `..`.
        EntryParent = "zip-entry-parent" [],
        /// Entry problem: a drive letter.
        EntryDrive = "zip-entry-drive" [],
        /// Entry problem: `:`.
        EntryColon = "zip-entry-colon" [],
        /// Entry problem: a symbolic link.
        EntrySymlink = "zip-entry-symlink" [],
        /// Archive problem: too many entries.
        EntryTooMany = "zip-too-many-entries" [max: num],
        /// Archive problem: too large unpacked.
        EntryTooLarge = "zip-too-large" [gib: num],
        /// Entry problem: compressed too much.
        EntryTooCompressed = "zip-too-compressed" [ratio: num],
        /// Entry problem: more bytes than declared.
        EntryMoreThanDeclared = "zip-more-than-declared" [],
        /// Refused: saved as UTF-16.
        SavedAsUtf16 = "refused-utf16" [],
        /// Refused: JSON not in UTF-8.
        JsonNotUtf8 = "refused-json-not-utf8" [],
        /// Refused: not valid JSON.
        JsonInvalid = "refused-json-invalid" [detail],
        /// Refused: a project file without `"appid"`.
        JsonNoAppId = "refused-json-no-appid" [],
        /// Refused: `"appid"` not a string.
        JsonAppIdNotString = "refused-json-appid-not-string" [],
        /// Refused: `"appid"` twice.
        JsonAppIdTwice = "refused-json-appid-twice" [],
        /// Refused: a declaration we cannot rewrite.
        UnrecognisedDeclaration = "refused-unrecognised-declaration" [name, example],
        /// Refused: a single-quoted value outside JavaScript.
        ValueSingleQuoted = "refused-single-quoted" [name],
        /// Refused: a Kotlin string template.
        ValueKotlinTemplate = "refused-kotlin-template" [name],
        /// Refused: Swift string interpolation.
        ValueSwiftInterpolation = "refused-swift-interpolation" [name],
        /// Refused: a file that cannot be read.
        FileUnreadable = "refused-file-unreadable" [reason],
        /// Refused: a folder that cannot be read.
        FolderUnreadable = "refused-folder-unreadable" [reason],
        /// Refused: a credential file behind a symbolic link.
        RefusedSymlink = "refused-symlink" [target],
        /// Refused: a credential file too large to read whole.
        RefusedOversized = "refused-oversized" [mib: num],
        /// Platform: Android.
        PlatformAndroid = "platform-android" [],
        /// Platform: iOS.
        PlatformIos = "platform-ios" [],
        /// Platform: the mini program.
        PlatformMiniProgram = "platform-mini-program" [],
        /// Platform: none of those.
        PlatformOther = "platform-other" [],
        /// A licence call found, with where its URL and key come from.
        LicenceCallFound = "licence-call-found" [call, url, key],
        /// Licence argument: a literal in the call.
        LicenceArgLiteral = "licence-arg-literal" [],
        /// Licence argument: a name declared in the file with a literal.
        LicenceArgDeclared = "licence-arg-declared" [name, line: num],
        /// Licence argument: set from code elsewhere.
        LicenceArgFromCode = "licence-arg-from-code" [name],
        /// An Android app module's package name.
        AndroidAppFound = "android-app-found" [target, id],
        /// An iOS target's bundle ID in one build configuration.
        IosAppFound = "ios-app-found" [target, product, configuration, id],
        /// An app ID that is computed, not a literal.
        AppIdComputed = "app-id-computed" [target, written],
        /// Product: an application.
        ProductApplication = "product-application" [],
        /// Product: an app extension.
        ProductAppExtension = "product-app-extension" [],
    }
}

impl Localize for ZipEntryProblem {
    fn message(&self) -> Message {
        Message::new(match self {
            Self::NulCharacter => DemoCode::EntryNul,
            Self::AbsolutePath => DemoCode::EntryAbsolute,
            Self::ParentFolder => DemoCode::EntryParent,
            Self::DriveLetter => DemoCode::EntryDrive,
            Self::Colon => DemoCode::EntryColon,
            Self::SymbolicLink => DemoCode::EntrySymlink,
            Self::TooManyEntries { max } => {
                return Message::new(DemoCode::EntryTooMany).with("max", *max);
            }
            Self::TooLarge { gib } => {
                return Message::new(DemoCode::EntryTooLarge).with("gib", *gib);
            }
            Self::TooCompressed { ratio } => {
                return Message::new(DemoCode::EntryTooCompressed).with("ratio", *ratio);
            }
            Self::MoreThanDeclared => DemoCode::EntryMoreThanDeclared,
        })
    }
}

impl Localize for ScanError {
    fn message(&self) -> Message {
        use DemoCode as C;
        match self {
            Self::NotFound { path } => Message::new(C::NotFound).with("path", path),
            Self::NotADemo { path } => Message::new(C::NotADemo).with("path", path),
            Self::Unreadable { path, source } => Message::new(C::Unreadable)
                .with("path", path)
                .with("reason", io_reason(source)),
            Self::BadZip { path, source } => Message::new(C::BadZip)
                .with("path", path)
                .with("detail", source.to_string()),
            Self::BadZipEntry { zip, entry, source } => Message::new(C::BadZipEntry)
                .with("zip", zip)
                .with("entry", entry.as_str())
                .with("detail", source.to_string()),
            Self::UnsafeZipEntry { zip, entry, reason } => Message::new(C::UnsafeZipEntry)
                .with("zip", zip)
                .with("entry", format!("{entry:?}"))
                .with("reason", reason.message()),
            Self::EmptyZip { zip } => Message::new(C::EmptyZip).with("zip", zip),
            Self::DestinationExists { path } => {
                Message::new(C::DestinationExists).with("path", path)
            }
            Self::Unpack { path, source } => Message::new(C::Unpack)
                .with("path", path)
                .with("reason", io_reason(source)),
        }
    }
}

impl Localize for Platform {
    fn message(&self) -> Message {
        Message::new(match self {
            Self::Android => DemoCode::PlatformAndroid,
            Self::Ios => DemoCode::PlatformIos,
            Self::MiniProgram => DemoCode::PlatformMiniProgram,
            Self::Other => DemoCode::PlatformOther,
        })
    }
}

impl Localize for LicenceArg {
    fn message(&self) -> Message {
        match self {
            Self::Literal => Message::new(DemoCode::LicenceArgLiteral),
            Self::Declared { name, line } => Message::new(DemoCode::LicenceArgDeclared)
                .with("name", name.as_str())
                .with("line", *line),
            Self::SetFromCode { name } => {
                Message::new(DemoCode::LicenceArgFromCode).with("name", name.as_str())
            }
        }
    }
}

impl Localize for LicenceCall {
    fn message(&self) -> Message {
        Message::new(DemoCode::LicenceCallFound)
            .with("call", self.call.as_str())
            .with("url", self.url.message())
            .with("key", self.key.message())
    }
}

impl Localize for AppProduct {
    fn message(&self) -> Message {
        Message::new(match self {
            Self::Application => DemoCode::ProductApplication,
            Self::AppExtension => DemoCode::ProductAppExtension,
        })
    }
}

impl Localize for AppBinding {
    fn message(&self) -> Message {
        let Some(id) = &self.id else {
            return Message::new(DemoCode::AppIdComputed)
                .with("target", self.target.as_str())
                .with("written", self.written.as_str());
        };
        match &self.configuration {
            None => Message::new(DemoCode::AndroidAppFound)
                .with("target", self.target.as_str())
                .with("id", id.as_str()),
            Some(configuration) => Message::new(DemoCode::IosAppFound)
                .with("target", self.target.as_str())
                .with("product", self.product.message())
                .with("configuration", configuration.as_str())
                .with("id", id.as_str()),
        }
    }
}
