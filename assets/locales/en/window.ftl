# mlvb-setup window text, English. Fluent syntax: { $name } is filled in by the program.
# zh-CN/window.ftl has exactly the same messages (a test checks).


app-subtitle = MLVB live-streaming demo setup
lang-label = Language
top-usersig_tool = UserSig tool…

nav-steps = Steps
nav-back = ← Back
nav-next = Next →
nav-step_of = Step { $n } of { $total }
nav-finish = Finish ✔

busy-scanning = Reading the demo…
busy-unpacking = Unpacking the archive…
busy-planning = Working out the changes…
busy-applying = Writing the files…
busy-restoring = Putting the original files back…
busy-dialog = A file dialog is open…
busy-checking_preview = Checking the project and WeChat DevTools…
busy-previewing = Getting the preview QR code…
busy-pushing = Sending the preview to your phone…
busy-writing_app_id = Writing the AppID into project.config.json…

notice-no_cjk_font = No font with Chinese characters was found on this computer, so the window shows English. Install a CJK font (for example Noto Sans CJK) and restart to switch to Chinese.
notice-keychain_unavailable = No system keychain could be reached, so your secret key is kept in memory only and is forgotten when this window closes. ({ $reason })
notice-keychain_save_failed = The secret key could not be saved in the keychain; it is kept in memory until the window closes. ({ $reason })
notice-settings_failed = Your progress could not be saved: { $reason }
notice-drop_here = Drop the demo folder or .zip to use it
notice-dismiss = Dismiss
notice-preview_thread_failed = The preview could not be started in the background: { $reason }
side-key_in_keychain = Secret key: kept in the system keychain
side-key_in_memory = Secret key: in memory only (no keychain)

step-before = Before you start
step-category = Service category
step-components = Live components
step-cloud = Cloud services
step-demo = Demo source
step-keys = Fill in the keys
step-build = Build and preview
step-publish = Publish

link-open = Open in browser

# Credentials (fields and their messages)
field-app_id = Mini program AppID
field-app_id-hint = wx0123456789abcdef
field-sdk_app_id = SDKAppID
field-sdk_app_id-hint = 1400123456
field-secret_key = Secret key
field-secret_key-hint = 64 characters from the console
field-show = Show
field-hide = Hide

# Step 1
before-intro = Two accounts come first: Tencent Cloud, which provides the streaming and chat services, and a WeChat mini program, which is where the demo runs.
before-account-title = A Tencent Cloud account
before-account = Create one, or sign in if you already have one.
before-register = Create an account
before-login = Sign in
before-mp-title = A mini program owned by an organisation
before-mp = Register the mini program on the WeChat Official Accounts Platform under a company or another organisation. Live streaming is not available to mini programs registered by a private person.
before-mp_link = WeChat Official Accounts Platform
before-appid-title = Its AppID
before-appid = In the mini program's admin pages, go to 开发 (Development) → 开发设置 (Development settings); the AppID is listed there. Paste it below: it is written into the demo's project.config.json later.

# Step 2
category-intro = In the admin pages, go to 设置 (Settings) → 基本设置 (Basic settings) → 服务类目 (Service categories) and add a category that matches what your mini program really offers. Only the categories below can get the live-streaming components, and a category that does not fit the content is a common reason for failing review.
category-col-main = Category
category-col-sub = Sub-category
category-col-fits = Suits
category-slow_badge = (first review: about 7 days)
category-review_note = Picking Social → Live streaming means the first code review is also checked by the local internet authority, which takes about 7 days.
category-picked = Your pick: { $main } → { $sub }
category-none_picked = Mark the row you chose, so that you can look it up later.
category-more = WeChat's own pages have the final word on which categories may stream, and on the documents each one needs:
category-link-live_pusher = <live-pusher> in WeChat's docs
category-link-qualifications = Categories open to organisations
cat-social-main = Social (社交)
cat-social-sub = Live streaming (直播)
cat-social-fits = Entertainment streams: celebrities, everyday life, pets and the like.
cat-education-main = Education (教育)
cat-education-sub = Online video courses (在线视频课程)
cat-education-fits = Online classes, training sessions and lectures.
cat-medical-main = Medical (医疗)
cat-medical-sub = Internet hospital, public hospital (互联网医院，公立医院)
cat-medical-fits = Consultations and large health talks.
cat-finance-main = Finance (金融)
cat-finance-sub = Banking, trusts, funds, securities/futures, securities and futures investment advice, insurance, credit reporting, NEEQ and stock (HK/US) information platforms, consumer finance
cat-finance-fits = Video customer service and claims for financial products, product promotion streams.
cat-auto-main = Automotive (汽车)
cat-auto-sub = Car pre-sale services (汽车预售服务)
cat-auto-fits = Car pre-sales and promotion streams.
cat-government-main = Government account (政府主体帐号)
cat-government-sub = —
cat-government-fits = Streams promoting government work, officials' speeches.
cat-tools-main = Tools (工具)
cat-tools-sub = Video customer service (视频客服)
cat-tools-fits = One-to-one video support outside the categories above, such as after-sales service.

# Step 3
components-intro = Once the category is approved, go to 开发 (Development) → 接口设置 (API settings) in the admin pages and turn on the two real-time audio and video permissions:
components-player = Real-time audio/video playback — this enables <live-player>.
components-pusher = Real-time audio/video recording — this enables <live-pusher>.
components-cache-title = Still refused?
components-cache = If both are on and the mini program still cannot stream, WeChat is probably using an old cached copy of its settings. Remove the mini program from WeChat, restart WeChat, and open it again.
components-open_mp = Open the mini program admin pages

# Step 4
cloud-intro = The demo relies on two Tencent Cloud services: Live Video Broadcasting (LVB) carries the streams, Instant Messaging (IM) runs the rooms and the chat. Turn both on:
cloud-link-lvb = Turning on LVB
cloud-link-im = Turning on IM
cloud-app-title = 1. Create an application → SDKAppID
cloud-app = In the LVB console open 直播SDK (Live SDK) → 应用管理 (Application management) and click 创建应用 (Create application). This sets up an IM application tied to your LVB account. The new application appears in the list with its SDKAppID.
cloud-link-appmanage = Application management
cloud-key-title = 2. The secret key
cloud-key = In the same list, click 管理 (Manage) next to your application, then 查看密钥 (View key), and copy the key.
cloud-buy-title = 3. Packages to buy
cloud-buy = The demo's <mlvb-live-room> component gives you live rooms with co-anchoring. To run it you need an LVB traffic package, an MLVB co-anchoring package and an IM plan.
cloud-link-room = <mlvb-live-room>
cloud-link-lvb_billing = LVB billing
cloud-link-im_pricing = IM pricing
cloud-values-title = Your application's values
cloud-key_storage = The key never goes into the settings file; it is kept in the system keychain when there is one.

# Step 5
demo-intro = Get the mini program demo (its WXMini folder) from the MLVBSDK repository, as a folder or as a downloaded .zip.
demo-link-repo = MLVBSDK demo on GitHub
demo-choose_folder = Choose folder…
demo-choose_zip = Choose .zip…
demo-or = You can also drop a folder or a .zip onto this window, or type its path:
field-demo_path = Demo folder or .zip
# The example path in the empty field, in the form of the system the window runs on.
field-demo_path-hint =
    { $os ->
        [windows] C:\Users\me\Downloads\MLVBSDK\WXMini
        [macos] /Users/me/Downloads/MLVBSDK/WXMini
       *[other] /home/me/Downloads/MLVBSDK/WXMini
    }
demo-open = Read
demo-zip-title = This is an archive
demo-zip-explain = Choose a folder to unpack it into; the keys are then written into the unpacked copy, never into the archive.
field-unpack_dest = Unpack into
field-unpack_dest-hint =
    { $os ->
        [windows] C:\Users\me\Documents\mlvb-demo
        [macos] /Users/me/Documents/mlvb-demo
       *[other] /home/me/mlvb-demo
    }
demo-zip-choose_dest = Choose…
demo-unpack = Unpack
demo-unpacked = Unpacked to { $path }
demo-found = Found { $files } files to fill in, { $refused } left alone.
demo-nothing_found = No credential files were found. Is this the MLVBSDK demo, or one of its folders?
demo-failed = Could not read the demo: { $error }
demo-unpack_failed = Could not unpack the archive: { $error }
demo-next_hint = Next: see the files and the planned changes.

# Step 6
keys-warning-title = ⚠ Security warning
keys-warning = These demo files sign UserSigs on the device with your secret key. That is fine for trying the demo and nothing else: a key inside an app is easy to pull out (from web code, trivially), and whoever has it can sign UserSigs and spend your Tencent Cloud traffic. For a real product, sign UserSigs on your own server and have the app ask it for one when needed.
keys-link-server = Signing UserSigs on a server
keys-need_demo = Choose the demo folder in the previous step first.
keys-need_folder = The demo is still a .zip: unpack it in the previous step first.
keys-need_creds = Enter a valid SDKAppID and secret key in "Cloud services" first.
keys-scan-title = What the demo declares now
keys-guide_paths = Found by content. Where the guide puts them:
keys-link-ios = Objective-C (iOS)
keys-link-android = Java (Android)
keys-link-mini_program = JavaScript (mini program)
keys-col-line = Line
state-empty = empty
state-placeholder = placeholder
state-set = set
state-hidden = (hidden)
role-signing = signing code only, nothing to fill in
keys-refused = Left alone: { $path } — { $reason }
keys-diff-title = Planned changes
keys-no_changes = Every file already holds these values; there is nothing to change.
keys-notes-title = Good to know
keys-no_app_id = No valid AppID was entered in the first step, so project.config.json keeps its appid.
keys-apply = Apply
keys-undo = Undo
keys-refresh = Recheck
keys-applied = ✔ { $count } files written. The originals are kept in { $backup }.
keys-restored = ✔ { $count } files restored from { $backup }.
keys-failed = ✖ { $error }

# Step 7
build-intro = The demo is ready. Open it in WeChat DevTools and try it on a phone.
build-link-devtools = Download WeChat DevTools
build-import = In DevTools, choose 小程序 (Mini Program), click the + icon and pick 导入项目 (Import project). Select the demo's WXMini folder:
build-appid = Enter the mini program's AppID — not the SDKAppID — and click 导入 (Import). Your AppID:
build-appid_missing = (enter it in the first step)
build-preview = Click 预览 (Preview). DevTools shows a QR code; scan it with WeChat on your phone to open the demo. Or let mlvb-setup ask DevTools for the code and show it below.
build-phone_only = <live-pusher> and <live-player> only work in WeChat on a phone; the DevTools simulator cannot run them.
build-debug = The demo reaches Tencent Cloud's room service only with debugging on: after scanning, tap ··· at the top right and choose 打开调试 (Enable debugging).
build-qr-title = Preview QR code
build-no_folder = (choose the demo in "Demo source")

# Step 7: the preview panel
preview-route-label = Get the QR code through:
preview-route-devtools = WeChat DevTools
preview-route-ci = miniprogram-ci (no DevTools needed)
preview-field-devtools_cli = DevTools command line
preview-field-devtools_cli_hint = leave empty to search the usual places
preview-field-devtools_cli_note = Where it usually is — macOS: /Applications/wechatwebdevtools.app/Contents/MacOS/cli; Windows: cli.bat in the DevTools install folder; Linux: the community build's command. The WX_DEVTOOLS_CLI environment variable works too.
preview-field-ci_key = Code-upload key file
preview-field-ci_key_hint = private.wx….key — leave empty to look in the demo folder
preview-ci-explain = This route needs Node.js 16 or newer and the npm package miniprogram-ci (run "npm install miniprogram-ci" in the demo folder), plus the code-upload key an administrator downloads at mp.weixin.qq.com → 开发管理 (Development management) → 开发设置 (Development settings) → 小程序代码上传 (Code upload).
preview-ci-whitelist = WeChat takes uploads only from the IP addresses on that page's whitelist: add this computer's public IP address there, or switch the whitelist off.
preview-checks-title = Checks before asking WeChat
preview-checks-again = Check again
preview-checks-pending = Checking…
preview-checks-no_demo = Choose the demo folder on "Demo source" first.
preview-check-project = project.config.json found: { $path }
preview-check-app_id = AppID in project.config.json: { $app_id }
preview-check-project_name = projectname: { $name }
preview-check-cli = DevTools command line: { $path } (found through { $source })
preview-check-port_on = DevTools service port: on
preview-check-port_on_number = DevTools service port: on (port { $port })
preview-check-port_off = DevTools service port: off
preview-check-port_unknown = DevTools service port: cannot tell from here ({ $reason }). The command line is tried anyway, and its answer decides.
preview-check-ci_ready = Node.js and the code-upload key are in place.
preview-link-linux = Community build for Linux
preview-write_app_id = Write the AppID into project.config.json
preview-write_app_id-needs_values = mlvb-setup can write it for you once it has a valid AppID ("Before you start") and has read the demo folder ("Demo source"). You can also write it on "Fill in the keys".
preview-write_app_id-go = Go to "Fill in the keys"
preview-write_app_id-done = ✔ AppID written ({ $count } file). The previous file is kept as a backup; "Undo" on "Fill in the keys" puts it back.
preview-write_app_id-failed = ✖ The AppID was not written: { $error }
preview-get = Get preview QR
preview-regenerate = Regenerate
preview-push = Push to my phone
preview-push-hover = DevTools sends the preview straight to the WeChat account logged in to DevTools (auto-preview); no scanning needed.
preview-cancel = Cancel
preview-blocked = Fix the items marked ✖ above, then try again.
preview-idle = Press "Get preview QR": mlvb-setup asks WeChat DevTools for the preview and shows the QR code here.
preview-stage-pushing = Pushing to your phone.
preview-login-title = DevTools is not logged in
preview-login-scan = Scan this code with WeChat on your phone and confirm there to log in to DevTools. The preview then carries on by itself.
preview-login-alt = DevTools login QR code
preview-qr-alt = Preview QR code to scan
preview-qr-ready = ✔ Your preview is ready
preview-qr-scan = Scan it with WeChat on your phone, then tap ··· and turn debugging on (see above).
preview-qr-size = Package size: { $size }
preview-qr-made = Made at { $time }
preview-qr-logged_in = DevTools was logged in on the way.
preview-qr-route_ci = Made through miniprogram-ci.
preview-pushed = ✔ Sent to your phone at { $time }: WeChat opens the demo by itself.
preview-output = What the command printed
preview-trial-title = Trial version (体验版) QR code — opens only an uploaded trial version
preview-trial-alt = Trial version QR code
preview-trial-needs_app_id = Enter the mini program's AppID on "Before you start" to draw it.
preview-trial-failed = The trial-version QR code could not be drawn: { $error }

# Step 8
publish-intro = Before release, whitelist Tencent Cloud's servers, or room management stops working (a black screen is the usual sign). In the admin pages go to 开发 (Development) → 开发设置 (Development settings) → 服务器域名 (Server domains) and add each of these as a request domain (request 合法域名):
publish-col-domain = Domain
publish-col-purpose = Used for
publish-liveroom = MLVB room management
publish-webim = IM
publish-pic = IM picture upload
publish-copy = Copy
publish-copied = Copied: { $text }
publish-release = Then follow WeChat's release process:
publish-link-release = Releasing a mini program

# UserSig tool
usersig-title = UserSig tool
usersig-intro = Uses the SDKAppID and key from "Cloud services". Nothing leaves this computer.
usersig-need_creds = Signing needs a valid SDKAppID and secret key: enter them in "Cloud services".
usersig-sign-title = Sign a UserSig
field-user_id = UserID
field-expire = Valid for (seconds)
usersig-sign = Sign
usersig-copy = Copy
usersig-verify-title = Check a UserSig
field-token = UserSig to check
usersig-verify = Check
usersig-valid = ✔ Valid for UserID { $user }, SDKAppID { $sdkappid }, until { $expires }.
usersig-invalid = ✖ The server would refuse it with error { $code }: { $cause }
usersig-not_a_token = ✖ This is not a UserSig: { $error }
usersig-contents = Inside: UserID { $user }, SDKAppID { $sdkappid }, signed at { $time }, valid for { $expire } s.
usersig-expire_invalid = A positive number of seconds, e.g. 604800 for 7 days.
usersig-user_id_empty = Enter a UserID.


# Window rework (session 15)
usersig-decode = Open
usersig-decode_only = Without an SDKAppID and key this only shows what is inside the UserSig; enter them in "Cloud services" to check its signature too.
usersig-why-no_token = Paste a UserSig into the box above first.
usersig-why-sign = Enter a UserID and a positive number of seconds first.
components-confirm = Both permissions are on in the admin pages
publish-confirm = These domains are in the mini program's server domain list
nav-why-first = This is the first step.
step-ready = Ready?
notice-open_failed = This could not be opened for you: { $reason }. Copy it and open it yourself:
demo-dialog_failed = The file dialog could not be shown here. Type or paste the path in the field below instead.
why-busy = Wait until the work in progress is done.
demo-why-no_path = Type or paste the path of the demo folder or .zip first.
demo-why-no_dest = Say where to unpack it first.
demo-unpack_exists = { $path } is already there, perhaps from an earlier unpack. Use it as it is, or unpack again under a new name:
demo-use_existing = Use the existing folder
demo-unpack_as = Unpack as “{ $name }”
ready-all_done = ✔ Everything is ready: the values are in the demo, the preview works and the domains are listed.
ready-intro = Here is what is done and what is left. Each open item says what it needs; "Go there" takes you to its step.
ready-steps-title = The steps
ready-go = Go there
ready-left-app_id = no mini-program AppID yet (needed only for the mini program)
ready-left-category = no service category marked
ready-left-components = the two live permissions are not confirmed
ready-left-values = the SDKAppID or the key is missing or invalid
ready-left-demo = no demo folder read
ready-left-keys = the demo's files do not hold these values yet
ready-left-preview = no working preview QR yet
ready-left-domains = the request domains are not confirmed
ready-projects-title = Open the projects
ready-android = Android
ready-android-how = Open this folder in Android Studio (File → Open), let Gradle sync, then run the app on a phone.
ready-ios = iOS
ready-ios-how = Run pod install in this folder (command below), then open the .xcworkspace it creates in Xcode — not the .xcodeproj — and run on a device.
ready-mini_program = Mini program
ready-mini_program-how = Import this folder in WeChat DevTools with your AppID.
ready-open_folder = Show in folder
keys-diff-summary = { $files } files, { $lines } lines of changes (the key is shown as <secret key>)
keys-why-no_values = Enter a valid SDKAppID and key in "Cloud services" first.
keys-why-no_plan = The changes are still being worked out, or could not be (see above).
keys-why-nothing_to_apply = The files already hold these values: there is nothing to write.
keys-why-nothing_to_undo = mlvb-setup has not changed this demo, so there is nothing to undo.
keys-back_to_original = Back to the original
keys-back_to_original-hover = Undoes all { $count } changes made here: every file as it was before the first one.
keys-restored_original = ✔ Back to the original: { $count } files as they were before mlvb-setup's first change.
theme-system = Auto
theme-light = Light
theme-dark = Dark
status-copied = Copied to the clipboard.
keys-platforms-title = Platforms to write
keys-platforms-off = The files of unticked platforms are left exactly as they are.
keys-live-title = Android and iOS: licence and live values
keys-live-intro = The Android and iOS demos also need a licence (its URL and key, issued for one package name or bundle ID) and your push and play domains. Only the values their files ask for are shown; what you leave empty is not written.
field-live-untouched = Not given: the files keep their own value.
field-license_url = Licence URL
field-license_url-hint = https://license.vod2.myqcloud.com/license/v2/…/v_cube.license
field-license_key = Licence key
field-license_key-hint = 32 hexadecimal characters from the licence page
field-push_domain = Push domain
field-push_domain-hint = push.example.com
field-play_domain = Play domain
field-play_domain-hint = play.example.com
field-live_url_key = Push authentication key (optional)
field-live_url_key-hint = leave empty when push authentication is off
field-android_package = Android package name the licence was issued for
field-android_package-hint = com.example.live
field-ios_bundle_id = iOS bundle ID the licence was issued for
field-ios_bundle_id-hint = com.example.live
keys-binding-ok = ✔ Every app's ID matches the licence.
keys-binding-title = ⚠ The licence will not work with these apps as they are:
keys-binding-fix = Apply writes the licence's package name / bundle ID into these build files (an extension keeps its suffix), with a backup like every change.
cloud-form_only = Offline, mlvb-setup can check only the form of these values: whether the key really belongs to this SDKAppID, only Tencent Cloud can say. Ask it here (only a UserSig signed on this computer is sent, never the key), or prove the key with a UserSig from the console below.
field-im_admin = Admin account
field-im_region = Region
region-cn = China
region-sgp = Singapore
region-kr = Seoul
region-ger = Frankfurt
region-usa = Silicon Valley
region-idn = Jakarta
cloud-check_online = Check with Tencent Cloud
cloud-why-values = Enter a valid SDKAppID and key first.
busy-checking_online = Asking Tencent Cloud…
busy-diagnosing = Looking at what is left…
cloud-proof-title = Prove the key offline with a UserSig from the console
cloud-proof-intro = In the IM console's UserSig tool (辅助工具 → UserSig 生成&校验), make a UserSig for any UserID and paste it here: if it verifies with the key above, the key is this app's.
field-console_usersig = UserSig from the console
keys-odd_key-confirm = This key is not 64 hexadecimal characters like the ones the console shows. Write it anyway
keys-why-odd_key = The key does not look like the console's: tick the box above to write it anyway, or check it with Tencent Cloud on "Cloud services".
ready-doctor-title = What the demo's files still need
ready-doctor-again = Check again
ready-doctor-online = Check again, with Tencent Cloud too
ready-doctor-clear = ✔ Nothing left to fix in the demo's files.
ready-doctor-whole = The demo as a whole
publish-found-title = Every domain the demo's code calls
publish-found-intro = Found in the mini program's own files (its bundled SDKs included). Add each list in the console under the list of the same name; "Copy all" copies one list, a domain a line.
publish-copy_all = Copy all
busy-scanning_count = Reading the demo… { $read } of { $total } files
demo-download-title = Download it from here
demo-download-intro = mlvb-setup can fetch the whole MLVBSDK demo (about 90 MB) and unpack it into a new folder; nothing is left behind if it fails or you cancel.
field-download_into = Into the folder (new or empty)
field-download_into-hint = MLVBSDK-master in your home folder
field-download_url = From (leave empty for GitHub)
field-download_url-note = If GitHub is slow or blocked where you are, paste the address of a mirror of the same .zip; it is remembered.
demo-download = Download
demo-download-cancel = Cancel download
demo-download-starting = Connecting…
demo-download-progress = { $got } of { $total } MB · { $speed } MB/s · about { $left } s left
demo-download-progress_unknown = { $got } MB · { $speed } MB/s
demo-download-unpacking = Checking and unpacking the archive…
demo-download-done = ✔ Downloaded and read: { $path }
demo-download-failed = ✖ The demo was not downloaded: { $error }
demo-download-cancelling = Stopping, and removing what was downloaded…
