# Planning, applying and restoring a patch. Arguments: see src/messages/patch.rs.
patch-scan-failed = cannot scan { $path }: { $reason }
patch-no-credential-files = no credential files found in { $path }: choose the folder of the MLVBSDK download (the one holding Android/, iOS/ or WXMini/)
patch-refused = cannot patch { $path }: { $reason }; nothing was written
patch-refused-more =
    { $front ->
        [cli] cannot patch { $path }: { $reason } ({ $more } more file(s) refused: run `mlvb-setup scan` to see them); nothing was written
       *[window] cannot patch { $path }: { $reason } ({ $more } more file(s) refused: see the list above); nothing was written
    }
patch-changed-while-reading = the file changed while it was being read: scan again
patch-edit-failed = cannot patch { $reason }; nothing was written
patch-nothing-to-apply = nothing to change in { $path }: every file already has these values
patch-unsafe-path = { $path } cannot be written: { $reason }; nothing was changed: scan the demo folder again
patch-duplicate-path = { $path } is listed twice in the plan; nothing was changed: scan the demo folder again
patch-changed-since-plan = { $path } changed since the plan was made: scan again; nothing was changed
patch-vanished = { $path } no longer exists (deleted or moved since the plan was made): scan again; nothing was changed
patch-not-regular-file = { $path } is { $what }, not a regular file: mlvb-setup only writes regular files; replace it with the file itself and try again; nothing was changed
patch-read-only =
    { $os ->
        [windows] { $path } is read-only: untick "Read-only" in its Properties (or run `attrib -r` on it) and try again; nothing was changed
        [macos] { $path } is locked or read-only: in Finder's Get Info untick "Locked" and give yourself "Read & Write" (or run `chmod u+w` on it), then try again; nothing was changed
       *[other] { $path } is read-only: make it writable for yourself (`chmod u+w` on it, or ask its owner) and try again; nothing was changed
    }
patch-folder-not-writable = cannot create a file in the folder { $path }: { $reason }; check that the folder is writable and try again; nothing was changed
patch-read-failed = cannot read { $path }: { $reason }; check that it exists and is readable, then try again
patch-backup-write-failed = cannot write the backup at { $path }: { $reason }; nothing was changed: free some disk space or check the folder's permissions and try again
patch-write-failed = cannot write the new content of { $path }: { $reason }; nothing was changed: free some disk space and try again
patch-apply-failed-rolled-back = cannot replace { $path }: { $reason }; every file was put back to its original bytes, so nothing was changed: fix the problem and try again
patch-apply-failed-partly =
    { $front ->
        [cli] cannot replace { $path }: { $reason }; some files are patched and some are not: run `mlvb-setup restore` to put back the originals (they are saved in { $backup })
       *[window] cannot replace { $path }: { $reason }; some files are patched and some are not: click "Undo" to put back the originals (they are saved in { $backup })
    }
restore-nothing = nothing to restore in { $path }: mlvb-setup has no patch there that is not already restored
restore-edited-since-patch =
    { $front ->
        [cli] { $paths } { $count ->
                [one] was
               *[other] were
            } edited after the patch: restoring would lose those edits; undo them, or restore with --force to put the original bytes back anyway; nothing was changed
       *[window] { $paths } { $count ->
                [one] was
               *[other] were
            } edited after the patch: undoing would lose those edits; undo them by hand first; nothing was changed
    }
restore-manifest-unreadable = the backup manifest { $path } cannot be used: { $reason }; nothing was changed
restore-backup-corrupt = the backed-up copy { $path } is damaged (its content no longer matches the manifest); nothing was changed: recover the original from version control or a fresh download of the demo
restore-failed =
    { $front ->
        [cli] cannot put back { $path }: { $reason }; the files already put back stay restored: fix the problem and run restore again
       *[window] cannot put back { $path }: { $reason }; the files already put back stay restored: fix the problem and click "Undo" again
    }
restore-mark-failed = every file was restored, but the backup { $path } could not be marked as restored: { $reason }; restoring again is safe
unsafe-path-empty = the path is empty
unsafe-path-not-unicode = the path is not valid Unicode
unsafe-path-inside-backup = it is inside mlvb-setup's own backup folder
unsafe-path-outside-demo = only paths inside the demo folder, without `..`, can be written
unsafe-path-link-outside = its folder is a link that leads outside the demo folder
not-a-file-symlink = a symbolic link
not-a-file-folder = a folder
not-a-file-special = a special file
manifest-not-json = it is not a manifest mlvb-setup wrote ({ $detail })
manifest-version = it has format version { $found }, this mlvb-setup reads version { $supported }: use the mlvb-setup that made the patch
edit-changed-since-scan = { $path } changed since it was scanned (its values are no longer where they were); scan the demo again, then patch
edit-refused = { $path }: { $reason }
edit-needs-utf8 = { $path } line { $line }: the new { $value } contains non-ASCII characters, but this Objective-C file is not saved as UTF-8 and cannot hold them; save it as UTF-8 (Xcode: File Inspector → Text Encoding → Unicode (UTF-8)) and scan again
note-expire-zero-asked = { $name } set to 0 as asked: every UserSig will expire at once (error 70001)
note-expire-corrected-zero = { $name } was { $written }, which makes every UserSig expire at once (error 70001); set to { $seconds } (7 days)
note-expire-corrected-not-seconds = { $name } was { $written }, which is not a lifetime in seconds; set to { $seconds } (7 days)
note-git-uncommitted = this file has uncommitted changes in git: commit or stash them first, so that mlvb-setup's edits can be told apart from yours
note-git-untracked = this file is not tracked by git: commit it first, so that git can show and undo mlvb-setup's edits
note-value-not-declared = the { $value } given was not written: no file in this demo declares it
note-set-at-run-time = { $name } in { $path } (line { $line }) gets its value at run time, from a parameter or a variable, so it was left alone: make sure whatever calls it passes your value
note-licence-android-ids =
    { $front ->
        [cli] the licence works only in an app built with the package name it was issued for; this demo's Android apps are built as { $ids }: if your licence is for another package name, run patch again with --android-package and it rewrites them
       *[window] the licence works only in an app built with the package name it was issued for; this demo's Android apps are built as { $ids }: if your licence is for another package name, type it in, and mlvb-setup rewrites them
    }
note-licence-ios-ids =
    { $front ->
        [cli] the licence works only in an app built with the bundle ID it was issued for; this demo's iOS apps are built as { $ids }: if your licence is for another bundle ID, run patch again with --ios-bundle-id and it rewrites them
       *[window] the licence works only in an app built with the bundle ID it was issued for; this demo's iOS apps are built as { $ids }: if your licence is for another bundle ID, type it in, and mlvb-setup rewrites them
    }
note-at = { $place }: { $note }
value-sdk-app-id = SDKAppID
value-secret-key = secret key
value-expire-time = EXPIRETIME
value-license-url = licence URL
value-license-key = licence key
value-push-domain = push domain
value-play-domain = play domain
value-live-url-key = live URL key
value-app-id = AppID
value-tencent-cloud-app-id = Tencent Cloud APPID
value-android-application-id = Android package name (applicationId)
value-ios-bundle-id = iOS bundle ID
patch-locked = { $holder } is patching or restoring { $path } right now: wait until it has finished and try again (nothing was changed)
patch-untrusted-state = { $path } is not a folder mlvb-setup made (it is a link or a file); it is not used: remove it if it came with a download, then try again; nothing was changed
restore-foreign-backup = the backup { $path } was not made for this demo folder (it names { $made_for }): it may have come inside a downloaded archive, so it is not used; if you moved the demo folder, move it back to restore; nothing was changed
patch-hard-linked = { $path } has { $links } names (hard links): replacing it would leave the other names with the old content; make it a single file (e.g. copy it over itself with `cp --remove-destination`) and try again; nothing was changed
lock-holder-pid = another mlvb-setup (process { $pid })
lock-holder-unknown = another mlvb-setup
intent-version = the record of an interrupted run has format version { $found }, which this mlvb-setup does not read: use the mlvb-setup that made it
unsafe-path-folder-is-link = its folder { $folder } is a symbolic link; mlvb-setup never writes through links
unsafe-path-not-a-folder = { $folder } is a link or not a folder
edit-out-of-range = { $path } line { $line }: { $value } does not fit in { $name }, which is declared `{ $declared }` (at most 2147483647): choose a value up to 2147483647 (javac refuses larger numbers and Objective-C turns them negative)
