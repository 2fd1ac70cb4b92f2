# The preview: its problems, DevTools' known failures, its progress, and `mlvb-setup preview`'s
# own sentences. Arguments: see src/messages/preview.rs.
demo-dir-missing = { $front ->
        [cli] { $dir } is not a folder: give the folder of the downloaded demo (the one holding WXMini/)
       *[window] { $dir } is not a folder. Choose the folder of the downloaded demo (the one holding WXMini) on "Demo source".
    }
project-config-missing = { $front ->
        [cli] no project.config.json in { $dir } (nor in WXMini/ or any subfolder): give the folder of the downloaded MLVB demo, which holds the mini program in WXMini/
       *[window] There is no project.config.json in { $dir } or below it. Choose the folder of the downloaded MLVB demo, whose mini program is in WXMini.
    }
project-config-unreadable = { $front ->
        [cli] cannot read { $path }: { $reason }; check that the file exists and that you may read it
       *[window] { $path } cannot be read ({ $reason }). Check that the file exists and that you may open it.
    }
project-config-invalid = { $front ->
        [cli] { $path } is not valid JSON ({ $reason }): fix it by hand, or give back the original with `mlvb-setup restore <DIR>` if mlvb-setup patched it
       *[window] { $path } is not valid JSON ({ $reason }). Correct it by hand, or put the original back with "Undo" on "Fill in the keys" if mlvb-setup changed it.
    }
appid-missing = { $front ->
        [cli] { $path } has no AppID ("appid" is empty): write your mini program's AppID with `mlvb-setup patch { $demo_dir } --sdkappid <your SDKAppID> --appid wx…` plus your secret key as `mlvb-setup patch --help` shows (the AppID is in mp.weixin.qq.com → 开发管理 → 开发设置)
       *[window] { $path } has no AppID ("appid" is empty). DevTools needs your mini program's AppID there.
    }
appid-invalid = { $front ->
        [cli] { $path }: "appid" is not a usable AppID ({ $reason }): write the right one with `mlvb-setup patch { $demo_dir } --sdkappid <your SDKAppID> --appid wx…`
       *[window] The "appid" in { $path } cannot be used ({ $reason }). It must be your mini program's AppID.
    }
projectname-missing = { $front ->
        [cli] { $path }: "projectname" is missing or empty, and DevTools refuses projects without one: add a line such as "projectname": "MLVB" to the file
       *[window] { $path } has no "projectname", and DevTools refuses such projects. Add a line such as "projectname": "MLVB" to the file.
    }
devtools-not-found = { $front ->
        [cli] WeChat DevTools' command line was not found (looked at: { $searched }; on PATH: { $names }). Install DevTools from https://developers.weixin.qq.com/miniprogram/dev/devtools/download.html (Windows, macOS); on Linux use the community build https://github.com/msojocs/wechat-web-devtools-linux. If it is installed elsewhere, give its command line with --devtools-cli or the WX_DEVTOOLS_CLI variable (macOS: <app>/Contents/MacOS/cli, Windows: <install folder>\cli.bat). Without DevTools, use the miniprogram-ci route (--ci) with a code-upload key
       *[window] WeChat DevTools' command line was not found (looked at: { $searched }; on PATH: { $names }). { $os ->
            [linux] There is no official DevTools for Linux: install the community build (link below),
            [macos] Install DevTools (link below) into Applications,
           *[other] Install DevTools (link below),
        } or type where its command line is in the field below. Without DevTools, choose the miniprogram-ci route above.
    }
devtools-path-missing = { $front ->
        [cli] DevTools' command line is not at { $path } (given by { $source }): correct that path, or leave it unset to search the default install locations
       *[window] There is no DevTools command line at { $path } (given by { $source }). Correct the path, or clear it to search the usual places.
    }
service-port-off = { $front ->
        [cli] DevTools' service port is off (per { $path }): in DevTools open 设置 → 安全设置 → 服务端口 (Settings → Security → Service port) and switch it on, then try again
       *[window] DevTools' service port is off (says { $path }). In DevTools open 设置 → 安全设置 → 服务端口 (Settings → Security → Service port), switch it on and try again.
    }
service-port-unknown = { $front ->
        [cli] cannot tell whether DevTools' service port is on ({ $reason }); trying its command line anyway
       *[window] Cannot tell whether DevTools' service port is on ({ $reason }); the command line is tried anyway.
    }
service-port-disabled = { $front ->
        [cli] DevTools' service port is disabled, so its command line cannot drive it: open DevTools, go to 设置 → 安全设置 → 服务端口 (Settings → Security → Service port), switch it on, then try again
       *[window] DevTools' service port is off, so its command line cannot reach it. Open DevTools, go to 设置 → 安全设置 → 服务端口 (Settings → Security → Service port), switch it on, then press "Get preview QR" again.
    }
ide-not-started = { $front ->
        [cli] DevTools did not answer its command line ({ $detail }): start DevTools yourself, log in, check 设置 → 安全设置 → 服务端口 (Settings → Security → Service port) is on, then try again; if it persists, quit DevTools completely and retry
       *[window] DevTools did not answer its command line ({ $detail }). Start DevTools yourself, log in, make sure the service port is on (Settings → Security), and try again; if that does not help, quit DevTools completely first.
    }
not-logged-in = { $front ->
        [cli] DevTools is not logged in (code 10): scan the login QR with WeChat (mlvb-setup shows it unless --no-login is given), or log in inside DevTools, then try again
       *[window] DevTools is not logged in. Scan its login QR code with WeChat, or log in inside DevTools, then try again.
    }
login-failed = { $front ->
        [cli] logging in to DevTools did not finish ({ $detail }): scan the login QR with the WeChat of a developer of this mini program within the time allowed (--timeout), then try again
       *[window] Logging in to DevTools did not finish ({ $detail }). Scan the login code in time with the WeChat of a developer of this mini program, then try again.
    }
bad-output-path = { $front ->
        [cli] DevTools cannot write the QR to { $path } (code 17: output path invalid or missing): choose a folder that exists and that you may write to
       *[window] DevTools cannot write the QR code to { $path } (its code 17: the output path is invalid or missing). Make sure that folder exists and that you may write to it, then try again.
    }
appid-refused = { $front ->
        [cli] DevTools refused the AppID ({ $detail }): check "appid" in project.config.json and that your WeChat account is a developer of that mini program (mp.weixin.qq.com → 成员管理)
       *[window] DevTools refused the AppID ({ $detail }). Check "appid" in project.config.json, and that your WeChat account is a developer of this mini program (mp.weixin.qq.com → 成员管理, Members).
    }
launch-failed = { $front ->
        [cli] cannot run { $path }: { $reason }; check that the file is DevTools' command line and that you may run it
       *[window] { $path } could not be started ({ $reason }). Check that it is DevTools' command line and that you may run it.
    }
timed-out = { $front ->
        [cli] `{ $command }` took longer than { $seconds } s and was stopped: DevTools may be waiting for a dialog (a login, an update, a trust prompt); check its window and try again, or allow more time with --timeout
       *[window] "{ $command }" ran longer than { $seconds } s and was stopped. DevTools may be waiting on a dialog (login, update, trust prompt): look at its window and try again.
    }
cancelled = { $front ->
        [cli] cancelled; nothing was changed
       *[window] Cancelled. Nothing was changed.
    }
command-failed = { $front ->
        [cli] `{ $command }` failed (exit code { $code }): { $detail }
       *[window] "{ $command }" failed (exit code { $code }): { $detail }
    }
no-qr-written = { $front ->
        [cli] the preview finished but no QR was written to { $path }: try again; if it persists, preview from the DevTools window
       *[window] The preview finished but no QR code was written to { $path }. Try again; if it keeps happening, preview from the DevTools window.
    }
qr-unreadable = { $front ->
        [cli] the QR written to { $path } cannot be read ({ $reason }): try again
       *[window] The QR code written to { $path } cannot be read ({ $reason }). Try again.
    }
work-dir-unusable = { $front ->
        [cli] cannot prepare working files in { $path }: { $reason }; free some space or choose another folder
       *[window] Working files cannot be written in { $path } ({ $reason }). Free some disk space and try again.
    }
node-missing = { $front ->
        [cli] Node.js is not installed or not on PATH: install it from https://nodejs.org (version 16 or later), then run `npm install miniprogram-ci` in the demo folder
       *[window] Node.js is not installed or not on PATH. Install it from https://nodejs.org (version 16 or newer), then run "npm install miniprogram-ci" in the demo folder.
    }
ci-package-missing = { $front ->
        [cli] the npm package miniprogram-ci is not installed where Node can find it (looked from { $searched }): run `npm install miniprogram-ci` in { $dir }
       *[window] The npm package miniprogram-ci was not found (looked from: { $searched }). Run "npm install miniprogram-ci" in { $dir }.
    }
ci-key-missing = { $front ->
        [cli] no code-upload key at { $path }: an administrator downloads it from mp.weixin.qq.com → 开发管理 → 开发设置 → 小程序代码上传 (代码上传密钥); save it there or give its path with --ci-key
       *[window] No code-upload key at { $path }. An administrator downloads it at mp.weixin.qq.com → 开发管理 → 开发设置 → 小程序代码上传 (代码上传密钥); save it there or type its path above.
    }
ci-ip-not-whitelisted = { $front ->
        [cli] WeChat refused this machine's IP address ({ $detail }): add it to the IP whitelist at mp.weixin.qq.com → 开发管理 → 开发设置 → 小程序代码上传, or switch the whitelist off there
       *[window] WeChat refused this computer's IP address ({ $detail }). Add it to the IP whitelist at mp.weixin.qq.com → 开发管理 → 开发设置 → 小程序代码上传, or switch the whitelist off there.
    }
ci-failed = { $front ->
        [cli] miniprogram-ci failed: { $detail }; check the AppID, that the key belongs to this mini program, and the network
       *[window] miniprogram-ci failed: { $detail }. Check the AppID, that the key belongs to this mini program, and the network.
    }
preview-json-syntax = a syntax error at line { $line }, column { $column }
preview-json-eof = the file ends too early, at line { $line }, column { $column }
preview-json-not-object = the top level is not a JSON object
preview-appid-tourist = "touristappid" is DevTools' tourist mode, which cannot preview on a phone
preview-appid-not-string = it is not a string
preview-nowhere = nowhere
preview-exit-by-signal = none, ended by a signal
preview-printed-nothing = it printed nothing
preview-login-not-scanned = the login QR was not scanned within { $seconds } s
preview-login-no-answer = no answer
preview-login-still-out = DevTools still reports it is not logged in
preview-port-no-folder-known = no DevTools user-data folder is known on this system
preview-port-no-files = no .ide or .ide-status file under { $folders }
preview-port-strange-status = { $path } says { $value }, expected On or Off
preview-port-no-number = { $path } holds no port number
preview-port-not-used = not used by the miniprogram-ci route
preview-qr-empty = the file is empty
preview-qr-not-base64 = it is not base64 ({ $detail })
preview-qr-unknown-format = it is neither a PNG nor a JPEG image
preview-qr-damaged = the image is damaged ({ $detail })
preview-qr-encode-failed = cannot encode the QR as PNG: { $detail }
preview-qr-pixels-mismatch = the pixel buffer does not match its size
trial-qr-failed = cannot draw the trial-version QR for { $url }: { $reason }
trial-empty-grid = the encoder returned an empty grid
trial-label = { $front ->
        [cli] Trial version (体验版) QR: it opens only the version already uploaded and set as the trial version on mp.weixin.qq.com — not your local code — and only for WeChat accounts that are members or trial members of the mini program.
       *[window] This code is drawn here from your AppID. It opens only the version you have already uploaded and chosen as the trial version at mp.weixin.qq.com — never the code on this computer — and only for WeChat accounts that are members or testers of the mini program.
    }
preview-source-explicit = { $front ->
        [cli] --devtools-cli
       *[window] the path typed below
    }
preview-source-env = the WX_DEVTOOLS_CLI environment variable
preview-source-default = { $front ->
        [cli] the default install location
       *[window] its default install folder
    }
preview-source-path = PATH
preview-stage-checking = Checking the project and DevTools…
preview-stage-running = Running: { $command }
preview-stage-login = Waiting for the login QR code to be scanned…
preview-stage-retrying = Logged in. Asking for the preview again…
preview-stage-decoding = Reading the QR code…
preview-cli-login-scan = DevTools is not logged in: scan this login QR with WeChat (waiting up to { $seconds } s)…
preview-cli-no-ctrlc = Ctrl-C will not stop DevTools' command line cleanly ({ $reason })
preview-cli-qr-output-folder = --qr-output { $path } is a folder: give a file name such as preview.png
preview-cli-qr-output-no-folder = --qr-output { $path }: the folder does not exist; create it or choose another path
preview-cli-no-such-file = { $flag } { $path }: no such file; correct the path
preview-cli-qr-not-saved = the QR was made but cannot be saved to { $path }: { $reason }; choose another --qr-output
preview-cli-trial-not-saved = cannot save the trial QR to { $path }: { $reason }; choose another --qr-output
preview-cli-sampled = (the QR grid could not be read, so this is the image sampled; if it does not scan, open { $path })
preview-cli-qr-heading = WeChat preview QR
preview-cli-qr-heading-for = WeChat preview QR for { $path }
preview-cli-made = {"  "}made:    { $time }
preview-cli-package = {"  "}package: { $size }
preview-cli-saved = {"  "}saved:   { $path } ({ $format }, exactly as made)
preview-cli-scan = Scan it with WeChat on a phone whose account is a developer of this mini program.
preview-cli-pushed = Pushed the preview to your phone: open WeChat there ({ $time }).
preview-cli-devtools-said = DevTools said: { $text }
preview-cli-wrong-extension = { $path } holds a { $actual } image; rename it to .{ $actual } so viewers open it
preview-cli-trial-url = {"  "}url:   { $url }
preview-cli-trial-saved = {"  "}saved: { $path } (png)
