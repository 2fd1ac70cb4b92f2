# Reading a demo folder or .zip. Arguments: see src/messages/demo.rs.
scan-not-found = { $path } does not exist: choose the folder you unpacked the demo into, or the downloaded .zip
scan-not-a-demo = { $path } is neither a folder nor a .zip archive: choose the demo's folder (e.g. MLVBSDK-master) or the .zip you downloaded
scan-unreadable = cannot read { $path }: { $reason }; check that it exists and that you may read it
scan-bad-zip = { $path } is not a readable .zip archive ({ $detail }): download the demo again
scan-bad-zip-entry = cannot read { $entry } in { $zip } ({ $detail }): the archive is damaged or encrypted; download the demo again
scan-unsafe-zip-entry = refusing to unpack { $zip }: its entry { $entry } { $reason }; unpack it with another tool after checking where it came from, or download the demo again from GitHub
scan-empty-zip = { $zip } contains no files: download the demo again
scan-destination-exists =
    { $front ->
        [cli] { $path } already exists: scan that folder instead, or move it away and unpack again
       *[window] { $path } already exists: use that folder, or choose another folder to unpack into
    }
scan-unpack-failed = cannot unpack into { $path }: { $reason }; nothing was left behind: fix that and try again
zip-entry-nul = contains a NUL character
zip-entry-absolute = is an absolute path
zip-entry-parent = climbs out of the destination with ".."
zip-entry-drive = starts with a drive letter
zip-entry-colon = contains ":", which Windows reads as a drive or a hidden stream
zip-entry-symlink = is a symbolic link
refused-utf16 = saved as UTF-16; save it as UTF-8 (in your editor: "Save with Encoding" → UTF-8) and scan again
refused-json-not-utf8 = not saved as UTF-8, which JSON requires; save it as UTF-8 (WeChat DevTools does) and scan again
refused-json-invalid = not valid JSON ({ $detail }); fix it, or restore it from the downloaded demo (WeChat DevTools rewrites it on import), then scan again
refused-json-no-appid = a mini program project file without an "appid" entry; add `"appid": "",` at its top level (or import the project in WeChat DevTools once), then scan again
refused-json-appid-not-string = its "appid" is not a string; write it as `"appid": ""`, then scan again
refused-json-appid-twice = "appid" appears more than once (or in an escaped form); keep a single `"appid": "…"` entry, then scan again
refused-unrecognised-declaration = declares { $name } in a form mlvb-setup cannot rewrite safely (it expects one literal on the same line, like `{ $name } = { $example };`); write the value that way or fill it in by hand, then scan again
refused-single-quoted = the value of { $name } is in single quotes, which is not a string here; write it in double quotes and scan again
refused-kotlin-template = the value of { $name } uses a Kotlin string template ($…); write it as a plain string literal and scan again
refused-swift-interpolation = the value of { $name } uses Swift string interpolation (\(…)); write it as a plain string literal and scan again
refused-file-unreadable = this file could not be read ({ $reason }); check its permissions and scan again
refused-folder-unreadable = this folder could not be read ({ $reason }); check its permissions and scan again
platform-android = Android
platform-ios = iOS
platform-mini-program = Mini program
platform-other = Other
refused-symlink = this is a symbolic link to { $target }, a credential file; mlvb-setup never writes through links: replace the link by a copy of the file (or scan the folder the file is in) and scan again
refused-oversized = this file is larger than { $mib } MiB, more than any demo's credential file, so it is neither read whole nor patched, but this line declares a credential; set the values in it by hand, or move it out of the demo folder, and scan again
zip-too-many-entries = makes more than { $max } entries, far more than a demo has: download the demo again
zip-too-large = would make the unpacked demo larger than { $gib } GiB: it is not a demo download (a zip bomb?)
zip-too-compressed = is compressed more than { $ratio } to 1, which no demo file is (a zip bomb?)
zip-more-than-declared = holds more bytes than its header says: download the demo again
licence-call-found = { $call }: licence URL { $url }; licence key { $key }
licence-arg-literal = written in the call (patched there)
licence-arg-declared = from { $name } on line { $line } (patched there)
licence-arg-from-code = set from code ({ $name }): left alone here, the constant it reads is patched where it is declared
android-app-found = app module { $target }: package name { $id }
ios-app-found = { $product } { $target } ({ $configuration }): bundle ID { $id }
app-id-computed = { $target }: the ID is computed ({ $written }), not written out: left alone; change it there yourself if your licence is for another ID
product-application = app
product-app-extension = app extension
