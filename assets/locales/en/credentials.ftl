# Field validation. The command line names the value; the window's text stands under its field.
app-id-empty =
    { $front ->
        [cli] AppID is empty: enter the mini program's AppID, like wx0123456789abcdef
       *[window] Enter the AppID of your mini program; it starts with "wx".
    }
sdk-app-id-empty =
    { $front ->
        [cli] SDKAppID is empty: enter the IM app's SDKAppID, a number like 1400123456
       *[window] Enter the SDKAppID of your IM application, a number such as 1400123456.
    }
secret-key-empty =
    { $front ->
        [cli] secret key is empty: paste the IM app's secret key from the console
       *[window] Paste the secret key of your IM application.
    }
app-id-looks-like-sdk-app-id =
    { $front ->
        [cli] AppID must be "wx" followed by 16 hex characters, like wx0123456789abcdef; { $got } is all digits, which looks like an SDKAppID (that one goes in the SDKAppID field)
       *[window] This is only digits, like an SDKAppID ({ $got }). An AppID starts with "wx"; the SDKAppID has its own field in "Cloud services".
    }
app-id-malformed =
    { $front ->
        [cli] AppID must be "wx" followed by 16 lowercase hex characters, like wx0123456789abcdef (got: { $got })
       *[window] An AppID is "wx" and 16 characters from 0-9 and a-f, e.g. wx0123456789abcdef. You entered: { $got }
    }
sdk-app-id-not-a-number =
    { $front ->
        [cli] SDKAppID must be a number like 1400123456 (got: { $got })
       *[window] The SDKAppID is a number, e.g. 1400123456. You entered: { $got }
    }
sdk-app-id-looks-like-app-id =
    { $front ->
        [cli] SDKAppID must be a number like 1400123456; this looks like a mini-program AppID, which goes in the AppID field (got: { $got })
       *[window] The SDKAppID is a number, e.g. 1400123456. You entered: { $got } That looks like the mini program's AppID, which belongs in the first step.
    }
sdk-app-id-looks-like-secret-key =
    { $front ->
        [cli] SDKAppID must be a number like 1400123456; this looks like the secret key, which goes in the secret key field (got: { $got })
       *[window] The SDKAppID is a number, e.g. 1400123456. You entered: { $got } That looks like the secret key, which belongs in the field below.
    }
sdk-app-id-zero =
    { $front ->
        [cli] SDKAppID must not be 0: copy the SDKAppID of your IM app from the console
       *[window] 0 is the demo's placeholder, not an SDKAppID: copy yours from the application list.
    }
sdk-app-id-too-large =
    { $front ->
        [cli] SDKAppID must fit in 32 bits (at most 4294967295), like 1400123456 (got: { $got })
       *[window] Too large for an SDKAppID (the largest is 4294967295). You entered: { $got }
    }
secret-key-control-character =
    { $front ->
        [cli] secret key contains a control character at position { $position }: copy it again from the console's "view key" dialog
       *[window] The key has an invisible control character at position { $position }. Copy it again from the "View key" dialog.
    }
value-length = { $count } characters, not shown: it may be the secret key
sdk-app-id-outside-ranges =
    { $front ->
        [cli] SDKAppID { $sdkappid } is outside the ranges Tencent issues (1400000000–1499999999, 1600000000–1699999999, 20000000–29999999): check that you copied the SDKAppID of your IM app, not another number from the console
       *[window] { $sdkappid } is not in a range Tencent hands out SDKAppIDs from. Make sure this is the SDKAppID of your IM application.
    }
secret-key-unusual-shape =
    { $front ->
        [cli] the secret key has { $count } characters; keys from the IM console are 64 hex characters (0-9, a-f): check that you copied the whole key and nothing else
       *[window] Console keys are 64 characters of 0-9 and a-f; this one has { $count }. Check that you copied all of it and nothing more.
    }
secret-key-looks-like-app-id =
    { $front ->
        [cli] the secret key looks like a mini-program AppID: the key is shown by the IM console's "view key" button
       *[window] This looks like a mini program AppID, not a key. The key appears after clicking "View key".
    }
