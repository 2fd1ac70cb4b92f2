# The setup core. Arguments: see src/messages/setup.rs.
expire-not-seconds = the UserSig lifetime must be a number of seconds from 1 to 4294967295, like 604800 (got: { $got })
value-empty = the { $field } must not be empty
value-control-character = the { $field } contains a line break or another control character: give it on one line
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
