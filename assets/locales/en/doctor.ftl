# The doctor ("Ready?"): what is still in the way. Arguments: see src/messages/doctor.rs.
doctor-nothing-found = No credential file and no project.config.json were found in { $path }: this does not look like the MLVB demo. Choose the folder you unpacked from the download (MLVBSDK-master).
doctor-file-refused = { $path } cannot be filled in: { $reason }
doctor-sdk-app-id-unfilled =
    { $front ->
        [cli] { $path }:{ $line }: { $name } is still empty or a placeholder. Fill it in with: mlvb-setup patch DIR --sdkappid N --secret-key-file FILE
       *[window] { $path }, line { $line }: { $name } is still empty or a placeholder. Fill it in on the "Fill in the keys" step.
    }
doctor-secret-key-unfilled =
    { $front ->
        [cli] { $path }:{ $line }: { $name } (the secret key) is still empty or a placeholder. Fill it in with: mlvb-setup patch DIR --sdkappid N --secret-key-file FILE
       *[window] { $path }, line { $line }: { $name } (the secret key) is still empty or a placeholder. Fill it in on the "Fill in the keys" step.
    }
doctor-expire-not-positive =
    { $front ->
        [cli] { $path }:{ $line }: { $name } is { $value }, so every UserSig expires at once (error 70001 on the phone). Set it with: mlvb-setup patch DIR … --expire 604800
       *[window] { $path }, line { $line }: { $name } is { $value }, so every UserSig expires at once (error 70001 on the phone). Apply the keys again: the lifetime becomes 604800 seconds (7 days).
    }
doctor-licence-unfilled =
    { $front ->
        [cli] { $path }:{ $line }: { $name } is declared but empty, so the Android/iOS player will not start. Copy the licence URL and key from the console's licence page and run: mlvb-setup patch DIR … --license-url U --license-key K
       *[window] { $path }, line { $line }: { $name } is declared but empty, so the Android/iOS player will not start. Enter the licence URL and key from the console's licence page on the "Fill in the keys" step.
    }
doctor-live-value-unfilled =
    { $front ->
        [cli] { $path }:{ $line }: { $name } is declared but empty. Add your push and playback domains in the LVB console (Domain management) and run: mlvb-setup patch DIR … --push-domain D --play-domain D --live-url-key K
       *[window] { $path }, line { $line }: { $name } is declared but empty. Add your push and playback domains in the LVB console (Domain management) and enter them on the "Fill in the keys" step.
    }
doctor-sdk-app-id-differs = The files do not all hold the same SDKAppID: { $values }. The demos work only with one IM app: fill in the same SDKAppID and key everywhere.
doctor-secret-key-differs = The files do not all hold the same secret key (files that share one: { $groups }). Fill in the key of your IM app everywhere, or the phone will show 70009 on some platforms.
doctor-app-id-missing =
    { $front ->
        [cli] { $path } has no "appid": DevTools cannot preview the mini program. Add it with: mlvb-setup patch DIR … --appid wx…
       *[window] { $path } has no "appid": DevTools cannot preview the mini program. Enter your AppID (it starts with "wx") and apply the keys again.
    }
doctor-app-id-invalid = { $path } has an "appid" DevTools will refuse: { $reason }
doctor-domains-not-listed = { $path } lists the { $group } domains, but { $count } that the code calls are missing: { $missing }. Add them in the WeChat console (Development → Development settings → Server domain names), or the phone shows a black screen.
doctor-service-port-off = DevTools' service port is off ({ $path }), so the QR cannot be made from here. Turn it on in DevTools: Settings → Security → Service port.
doctor-online-skipped = Tencent Cloud was not asked: the files do not yet hold one SDKAppID and one key to check. Fix the problems above first.
doctor-all-clear = Nothing left to fix in { $path }: the demo is ready for a phone.
doctor-problem-count =
    { $count ->
        [one] One problem is left to fix.
       *[other] { $count } problems are left to fix.
    }
doctor-whole-demo = The whole demo
doctor-domains-heading = Server domains to enter in the WeChat console (Development → Development settings → Server domain names):
doctor-sdk-app-id-not-typed = { $path }, line { $line }: the SDKAppID is { $found }, not the { $typed } you entered. Apply the keys again, or check which IM app you meant.
doctor-secret-key-not-typed = { $path }, line { $line }: the secret key is not the one you entered. Apply the keys again so every file holds the same key.
doctor-tencent-app-id =
    { $front ->
        [cli] { $path }: { $target } still has Tencent's own ID { $id }, and the licence filled in cannot have been issued for it. Give the package name / bundle ID your licence is for: mlvb-setup patch DIR … --android-package P / --ios-bundle-id B
       *[window] { $path }: { $target } still has Tencent's own ID { $id }, and the licence filled in cannot have been issued for it. Type the package name / bundle ID your licence is for on "Fill in the keys" and apply.
    }
