# Reading and checking UserSigs. Arguments: see src/messages/usersig.rs.
sig-empty = the UserSig is empty: paste the whole UserSig
sig-not-base64-character = the UserSig is not base64 in the UserSig alphabet (A-Z, a-z, 0-9, *, -, _): it contains { $character } at position { $position }; copy the whole UserSig again, without anything around it
sig-not-base64 = the UserSig is not valid base64 ({ $detail }): it was probably cut short or joined with something else when copied; copy it again
sig-not-zlib = the UserSig decodes from base64 but is not zlib-compressed data ({ $detail }): it is cut short, altered, or not a UserSig at all
sig-too-large = the UserSig decompresses to more than { $limit } bytes: it is not a UserSig
sig-not-utf8 = the UserSig's content is not UTF-8 text: it is not a UserSig
sig-not-json = the UserSig's content is not JSON ({ $detail }): it is not a TLSSigAPIv2 UserSig
sig-not-json-object = the UserSig's content is JSON but not a JSON object: it is not a TLSSigAPIv2 UserSig
sig-missing-field = the UserSig has no { $field } field: it was not made by a TLSSigAPIv2 library
sig-field-type = the UserSig's { $field } must be { $expected } (got: { $got })
sig-userbuf-not-base64 = the UserSig's TLS.userbuf is not standard base64 (got: { $got })
sig-legacy-version = this is a UserSig of the old TLSSigAPI version 1 (signed with an ECDSA private key), which current IM apps no longer accept: generate a new one with the app's secret key
pmk-character = the PrivateMapKey record stores the { $field } one byte per character, so it cannot hold { $character } ({ $codepoint }) at position { $position }; the official Python library refuses it too and the other libraries each write it differently: use letters, digits, '_' and '-'
pmk-too-long = the { $field } has { $length } characters, more than the 65535 a PrivateMapKey record can hold
pmk-empty-room = the room name is empty: give a room name, or a numeric room ID (an empty name would silently become numeric room 0)
pmk-field-room-name = room name
b64-padding-middle = padding in the middle, at position { $position }
b64-length = its length is not possible for base64 (one character too many or too few)
b64-last-symbol = the last character, at position { $position }, is not possible
b64-padding = its padding is wrong
expected-signature = an HMAC-SHA256 signature in base64 (44 characters)
expected-text = a string
expected-number = a whole number in range
cause-sdk-app-id = this UserSig was made for SDKAppID { $made_for }, not for SDKAppID { $checked }: generate the UserSig with the SDKAppID and the secret key of the IM app the demo is set up with
cause-user-id = this UserSig was made for userID { $made_for }, not for { $checked }: a UserSig only works for the userID it was generated for; generate one for { $checked }
cause-empty-userbuf = this UserSig was signed over an empty userbuf that it does not carry (the official Go library does this when given an empty userbuf), so the server cannot match its signature: generate it again without a userbuf
cause-signature = the signature does not match the secret key: the UserSig was made with another key — a mistyped key, or the key of another IM app. Copy the secret key of SDKAppID { $sdkappid } again from the IM console and generate a new UserSig
cause-expired = this UserSig expired at { $expired } ({ $ago } before the time checked, { $checked }); it was issued at { $issued } with TLS.expire = { $expire }. Generate a new UserSig; EXPIRETIME in GenerateTestUserSig sets how long one lasts (604800 is 7 days)
cause-expired-at-once = this UserSig expired at { $expired } ({ $ago } before the time checked, { $checked }); it was issued at { $issued } with TLS.expire = { $expire }, so it expired the moment it was made. EXPIRETIME = 0 in GenerateTestUserSig makes every UserSig expire at once: set EXPIRETIME to 604800 (7 days) and generate a new one
duration-days = { $count ->
        [one] 1 day
       *[other] { $count } days
    }
duration-hours = { $count } h
duration-minutes = { $count } min
duration-seconds = { $count } s
duration-join = { $head } { $tail }
duration-negative = -{ $span }
server-70001 = UserSig expired
server-70003 = UserSig malformed
server-70009 = UserSig signature check failed
server-70013 = UserSig belongs to another userID
server-70014 = UserSig belongs to another SDKAppID
server-error = { $code } ({ $summary }): { $cause }
priv-create-room = create the room
priv-enter-room = enter the room
priv-send-audio = send audio
priv-receive-audio = receive audio
priv-send-video = send video
priv-receive-video = receive video
priv-send-substream = send screen sharing
priv-receive-substream = receive screen sharing
