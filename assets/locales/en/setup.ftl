# The setup core. Arguments: see src/messages/setup.rs.
expire-not-seconds = the UserSig lifetime must be a number of seconds from 1 to 4294967295, like 604800 (got: { $got })
value-empty = the { $field } must not be empty
value-control-character = the { $field } contains a line break or another control character: give it on one line
value-is-secret-key = the { $field } is the IM secret key: that key must never go into this field (it would sit there in clear); copy the { $field } from the Tencent Cloud console instead
setup-not-a-folder =
    { $front ->
        [cli] { $path } is not a folder: patch works on the unpacked demo folder
       *[window] { $path } is an archive: unpack it first, then its folder can be filled in
    }
setup-no-app-id-slot = project.config.json was not changed: no "appid" line that mlvb-setup can edit was found in { $path }
field-name-app-id = AppID
field-name-sdk-app-id = SDKAppID
field-name-secret-key = secret key
field-name-expire = UserSig lifetime
field-name-license-url = licence URL
field-name-license-key = licence key
field-name-push-domain = push domain
field-name-play-domain = play domain
field-name-live-url-key = live URL key
field-name-android-package = Android package name
field-name-ios-bundle-id = iOS bundle ID
license-url-not-url = the licence URL must be a web address starting with https://, like https://license.vod2.myqcloud.com/license/v2/…/v_cube.license: copy it from the licence page of the Tencent Cloud console (got: { $got })
domain-invalid = the { $field } must be a host name like 123456.livepush.myqcloud.com: { $reason } (got: { $got })
domain-reason-characters = it holds a character no host name has (only letters, digits, "-" and "." are allowed)
domain-reason-empty = no host name is left once the address around it is taken away
domain-reason-international = this international name has no ASCII form; type the domain exactly as the Tencent Cloud console shows it
domain-reason-too-long = it is longer than the 253 characters a host name may have
domain-reason-one-label = it has no dot; type the whole domain from the Tencent Cloud console, not only its first part
domain-reason-label = one of its dot-separated parts is empty or longer than 63 characters
domain-reason-hyphen = one of its dot-separated parts starts or ends with "-"
android-package-invalid = the Android package name must look like com.example.live: two or more parts separated by dots, each starting with a letter (got: { $got })
bundle-id-invalid = the iOS bundle ID must look like com.example.live: two or more parts of letters, digits and "-", separated by dots (got: { $got })
warn-license-url-not-https = this licence URL starts with http://; the ones Tencent Cloud issues start with https://, so check that you copied all of it
warn-license-url-not-license = this licence URL does not end in .license; the ones Tencent Cloud issues do, so check that you copied all of it
warn-license-url-unusual-host = this licence URL is on { $host }, not on { $usual } where licences usually are: check it is the one the console shows
warn-license-key-shape = a licence key is usually 32 characters of 0-9 and a-f; this one has { $length } characters: check that you copied the key, not the URL or another value
warn-same-push-play-domain = the push and play domains are both { $domain }: Tencent Cloud needs two different domains, one for pushing and one for playing; add a second domain in the console
note-domain-reduced = the { $field } is written as { $host }: the demo adds the scheme and path itself (you gave { $got })
note-domain-port-dropped = the port :{ $port } was taken off the { $field }: the demo connects on the standard ports
note-domain-punycode = the { $field } { $got } is written in its ASCII form { $host }, which the demo's URLs need
platform-unknown = "{ $got }" is not a platform mlvb-setup knows: give a comma-separated list of { $known }
android-package-mismatch =
    { $front ->
        [cli] your licence is for the package name { $wanted }, but the Android app { $target } in { $path } is built as { $found }, so the licence check would fail on the phone (error -5): run patch with --android-package { $wanted } to rewrite it, or get a licence for { $found }
       *[window] your licence is for the package name { $wanted }, but the Android app { $target } in { $path } is built as { $found }, so the licence check would fail on the phone (error -5): let mlvb-setup rewrite it to { $wanted }, or get a licence for { $found }
    }
ios-bundle-id-mismatch =
    { $front ->
        [cli] your licence is for the bundle ID { $wanted }, but the iOS target { $target } ({ $configuration }) in { $path } is built as { $found }, so the licence check would fail on the phone (error -5): run patch with --ios-bundle-id to rewrite it, or get a licence for { $found }
       *[window] your licence is for the bundle ID { $wanted }, but the iOS target { $target } ({ $configuration }) in { $path } is built as { $found }, so the licence check would fail on the phone (error -5): let mlvb-setup rewrite it to { $wanted }, or get a licence for { $found }
    }
app-id-computed-mismatch = the app { $target } in { $path } gets its ID from { $written }, which mlvb-setup does not rewrite: make sure it comes out as { $wanted }, the ID your licence is for
