# Checking the values with Tencent Cloud. Arguments: see src/messages/online.rs.
online-region-unknown = region must be one of cn, sgp, kr, ger, usa, idn: the place where your IM app was created, shown in the IM console (got: { $got })
online-admin-empty = The admin account is empty: enter the IM app's admin userID ("administrator" unless you changed it in the IM console).
online-form-only =
    { $front ->
        [cli] Only the form was checked: SDKAppID { $sdkappid } and the key look right, but whether they belong together only Tencent Cloud can say. Add --online to ask it (only a UserSig is sent, never the key), or --usersig with a UserSig made by the console's UserSig tool to prove the key offline.
       *[window] Only the form was checked: the SDKAppID { $sdkappid } and the key look right, but only Tencent Cloud can tell whether they belong together. Click "Check with Tencent Cloud", or paste a UserSig made by the console's UserSig tool to prove the key offline.
    }
online-works = Tencent Cloud accepted SDKAppID { $sdkappid } with this key ({ $host }): the pair works.
online-refused = Tencent Cloud refused the pair with error { $code }: { $cause }
online-cause-expired = the test UserSig was already expired when the server read it, which means this computer's clock is wrong. Set the date and time correctly (automatic time) and check again.
online-cause-malformed = the server could not read the test UserSig. This should not happen; check again, and if it stays, report it to mlvb-setup with the error code.
online-cause-wrong-key = the secret key is not the one of SDKAppID { $sdkappid }: it was mistyped, or it belongs to another IM app. Copy the key again from the IM console (Application → Basic configuration) of that SDKAppID. The phone would show 70009 with these values.
online-cause-user-id = the server read the UserSig as made for another account than { $admin }. Check the admin account's spelling.
online-cause-sdk-app-id = the UserSig was made for another SDKAppID than { $sdkappid }. Check that the SDKAppID is the one shown in the IM console for this key.
online-cause-unknown-sdk-app-id = Tencent Cloud knows no IM app with SDKAppID { $sdkappid } in this region. Copy the SDKAppID again from the IM console, and pick the region the app was created in.
online-cause-not-admin = { $admin } is not an admin of IM app { $sdkappid }, so the server would not answer. Enter the app's admin account (IM console → Account management), usually "administrator".
online-cause-other = the server said: { $info }. Look this code up in Tencent Cloud's IM error-code table.
online-bad-endpoint = { $value } is not a web address: it must start with http:// or https:// (check MLVB_SETUP_IM_ENDPOINT or the URL you gave).
online-offline = Could not connect to { $host } ({ $detail }). Check that this computer is online and that no firewall blocks it; behind a proxy, set HTTPS_PROXY.
online-dns = The name { $host } could not be looked up. Check the internet connection and the DNS settings; behind a proxy, set HTTPS_PROXY.
online-tls = The secure connection to { $host } failed ({ $detail }). A proxy or firewall that rewrites HTTPS, or a wrong clock, causes this: check the date and time, or set HTTPS_PROXY to your proxy.
online-timeout = { $host } did not answer within { $seconds } seconds. The network may be slow or blocked: try again, or set HTTPS_PROXY if you need a proxy.
online-proxy = The proxy could not be used ({ $detail }). Check the address in HTTPS_PROXY, HTTP_PROXY or ALL_PROXY.
online-dropped = The connection to { $host } was cut before the whole answer came. Try again.
online-http-status = { $host } answered with HTTP error { $status } instead of a result. The service may be down for a moment: try again later.
online-bad-answer = { $host } sent an answer that is not the IM API's ({ $detail }). Something between you and Tencent Cloud (a captive portal, a proxy) may have replaced it: check the network and try again.
online-licence-found = The licence URL answers with a licence ({ $bytes } bytes): { $url }
online-licence-missing = The licence URL gives HTTP { $status }, not a licence: { $url }. Copy the licence URL again from the console's licence page (Live → Licence).
online-licence-empty = The licence URL answers, but with nothing in it: { $url }. Copy the licence URL again from the console's licence page.
online-key-proven = The console's UserSig (for { $userid }) verifies with this key and SDKAppID: the key is the right one.
online-key-refuted = The console's UserSig does not verify with this key (error { $code }): { $cause }
online-usersig-unreadable = The pasted UserSig cannot be read: { $reason }
online-needs-online = { $flag } fetches from the internet, so it only works together with --online: add --online, or leave { $flag } out.
