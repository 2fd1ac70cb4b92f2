# mlvb-setup 窗口文字，简体中文。Fluent 语法：{ $name } 由程序填入。


app-subtitle = MLVB 直播 Demo 配置助手
lang-label = 语言
top-usersig_tool = UserSig 工具…

nav-steps = 步骤
nav-back = ← 上一步
nav-next = 下一步 →
nav-step_of = 第 { $n } 步，共 { $total } 步
nav-finish = 完成 ✔

busy-scanning = 正在读取 Demo…
busy-unpacking = 正在解压…
busy-planning = 正在计算要改动的内容…
busy-applying = 正在写入文件…
busy-restoring = 正在还原原始文件…
busy-dialog = 文件选择窗口已打开…
busy-checking_preview = 正在检查项目和微信开发者工具…
busy-previewing = 正在获取预览二维码…
busy-pushing = 正在把预览推送到手机…
busy-writing_app_id = 正在把 AppID 写入 project.config.json…

notice-no_cjk_font = 这台电脑上找不到能显示中文的字体，因此界面暂用英文。安装一个中日韩字体（例如 Noto Sans CJK）后重新启动即可切换为中文。
notice-keychain_unavailable = 无法连接系统钥匙串，密钥只保存在内存中，关闭窗口后即被清除。（{ $reason }）
notice-keychain_save_failed = 密钥未能存入钥匙串，在窗口关闭前只保存在内存中。（{ $reason }）
notice-settings_failed = 进度未能保存：{ $reason }
notice-drop_here = 松开鼠标即可使用这个 Demo 文件夹或 .zip
notice-dismiss = 知道了
notice-preview_thread_failed = 无法在后台启动预览：{ $reason }
side-key_in_keychain = 密钥：保存在系统钥匙串中
side-key_in_memory = 密钥：仅在内存中（无钥匙串）

step-before = 准备工作
step-category = 服务类目
step-components = 直播组件
step-cloud = 云服务
step-demo = Demo 源码
step-keys = 填写密钥
step-build = 编译与预览
step-publish = 发布上线

link-open = 在浏览器中打开

# 凭据（输入框及提示）
field-app_id = 小程序 AppID
field-app_id-hint = wx0123456789abcdef
field-sdk_app_id = SDKAppID
field-sdk_app_id-hint = 1400123456
field-secret_key = 密钥
field-secret_key-hint = 控制台中的 64 位字符
field-show = 显示
field-hide = 隐藏

# 第 1 步
before-intro = 先准备两个账号：腾讯云账号，用来提供直播和聊天服务；以及一个微信小程序，Demo 就运行在其中。
before-account-title = 腾讯云账号
before-account = 没有账号就注册一个，已有账号直接登录即可。
before-register = 注册账号
before-login = 登录
before-mp-title = 以组织身份注册的小程序
before-mp = 在微信公众平台上以企业或其他组织的身份注册小程序。个人注册的小程序无法使用直播能力。
before-mp_link = 微信公众平台
before-appid-title = 小程序的 AppID
before-appid = 在小程序管理后台进入【开发】→【开发设置】，即可看到 AppID。把它粘贴到下面，之后会写入 Demo 的 project.config.json。

# 第 2 步
category-intro = 在管理后台进入【设置】→【基本设置】→【服务类目】，添加与小程序实际内容相符的类目。只有下表中的类目才能开通直播组件；类目与内容不符，审核时很容易被退回。
category-col-main = 类目
category-col-sub = 子类目
category-col-fits = 适合的内容
category-slow_badge = （首次审核约 7 天）
category-review_note = 选择“社交 → 直播”后，第一次提交代码审核还要经过当地互联网主管部门确认，大约需要 7 天。
category-picked = 你的选择：{ $main } → { $sub }
category-none_picked = 标记你选择的那一行，之后可以随时回来查看。
category-more = 哪些类目可以开通直播、各类目需要哪些资质，以微信官方页面为准：
category-link-live_pusher = 微信文档中的 <live-pusher>
category-link-qualifications = 面向组织开放的服务类目
cat-social-main = 社交
cat-social-sub = 直播
cat-social-fits = 娱乐类直播：明星、日常生活、宠物等。
cat-education-main = 教育
cat-education-sub = 在线视频课程
cat-education-fits = 网课、培训和讲座。
cat-medical-main = 医疗
cat-medical-sub = 互联网医院，公立医院
cat-medical-fits = 问诊和大型健康讲座。
cat-finance-main = 金融
cat-finance-sub = 银行、信托、基金、证券/期货、证券、期货投资咨询、保险、征信业务、新三板信息服务平台、股票信息服务平台（港股/美股）、消费金融
cat-finance-fits = 金融产品的视频客服与理赔、产品推广直播。
cat-auto-main = 汽车
cat-auto-sub = 汽车预售服务
cat-auto-fits = 汽车预售和推广直播。
cat-government-main = 政府主体帐号
cat-government-sub = —
cat-government-fits = 宣传政府工作、领导讲话等直播。
cat-tools-main = 工具
cat-tools-sub = 视频客服
cat-tools-fits = 不属于以上各类的一对一视频服务，例如售后客服。

# 第 3 步
components-intro = 类目通过后，在管理后台进入【开发】→【接口设置】，打开这两项实时音视频权限：
components-player = 实时播放音视频 —— 对应 <live-player>。
components-pusher = 实时录制音视频 —— 对应 <live-pusher>。
components-cache-title = 仍然无法使用？
components-cache = 如果两项都已打开，小程序还是不能推拉流，多半是微信还在用缓存里的旧设置。把小程序从微信中删除，重启微信后再打开。
components-open_mp = 打开小程序管理后台

# 第 4 步
cloud-intro = Demo 用到腾讯云的两项服务：云直播（LVB）负责音视频流，即时通信（IM）负责房间和聊天。请把两项都开通：
cloud-link-lvb = 开通云直播
cloud-link-im = 开通即时通信 IM
cloud-app-title = 1. 创建应用 → 得到 SDKAppID
cloud-app = 在云直播控制台打开【直播SDK】→【应用管理】，点击【创建应用】。这样会创建一个 IM 应用并与你的云直播账号绑定，列表中会显示它的 SDKAppID。
cloud-link-appmanage = 应用管理
cloud-key-title = 2. 获取密钥
cloud-key = 还是在这个列表里，点击应用旁的【管理】，再点【查看密钥】，复制密钥。
cloud-buy-title = 3. 需要购买的资源包
cloud-buy = Demo 中的 <mlvb-live-room> 组件提供带连麦的直播间。要运行它，需要直播流量资源包、移动直播连麦资源包和 IM 套餐包。
cloud-link-room = <mlvb-live-room>
cloud-link-lvb_billing = 云直播计费
cloud-link-im_pricing = IM 价格
cloud-values-title = 你的应用信息
cloud-key_storage = 密钥不会写入设置文件；有系统钥匙串时保存在钥匙串中。

# 第 5 步
demo-intro = 从 MLVBSDK 仓库获取小程序 Demo（WXMini 文件夹），文件夹或下载好的 .zip 都可以。
demo-link-repo = GitHub 上的 MLVBSDK Demo
demo-choose_folder = 选择文件夹…
demo-choose_zip = 选择 .zip…
demo-or = 也可以把文件夹或 .zip 拖到本窗口上，或者输入路径：
field-demo_path = Demo 文件夹或 .zip
# 输入框为空时显示的示例路径，按窗口所在系统的写法。
field-demo_path-hint =
    { $os ->
        [windows] C:\Users\me\Downloads\MLVBSDK\WXMini
        [macos] /Users/me/Downloads/MLVBSDK/WXMini
       *[other] /home/me/Downloads/MLVBSDK/WXMini
    }
demo-open = 读取
demo-zip-title = 这是一个压缩包
demo-zip-explain = 请选择解压到哪个文件夹；密钥会写入解压出的副本，不会改动压缩包。
field-unpack_dest = 解压到
field-unpack_dest-hint =
    { $os ->
        [windows] C:\Users\me\Documents\mlvb-demo
        [macos] /Users/me/Documents/mlvb-demo
       *[other] /home/me/mlvb-demo
    }
demo-zip-choose_dest = 选择…
demo-unpack = 解压
demo-unpacked = 已解压到 { $path }
demo-found = 找到 { $files } 个需要填写的文件，{ $refused } 个未处理。
demo-nothing_found = 没有找到存放密钥的文件。这是 MLVBSDK 的 Demo 或其中的文件夹吗？
demo-failed = 无法读取 Demo：{ $error }
demo-unpack_failed = 无法解压：{ $error }
demo-next_hint = 下一步：查看这些文件和计划的改动。

# 第 6 步
keys-warning-title = ⚠ 安全警告
keys-warning = 这些 Demo 文件会在设备上用你的密钥签发 UserSig。这样只适合试用 Demo：打包进应用的密钥很容易被提取（网页代码几乎毫无难度），拿到密钥的人就能自己签发 UserSig，消耗你的腾讯云流量。正式产品请在自己的服务器上签发 UserSig，由应用在需要时向服务器获取。
keys-link-server = 在服务器上签发 UserSig
keys-need_demo = 请先在上一步选择 Demo 文件夹。
keys-need_folder = Demo 还是一个 .zip，请先在上一步解压。
keys-need_creds = 请先在“云服务”一步填写有效的 SDKAppID 和密钥。
keys-scan-title = Demo 目前的内容
keys-guide_paths = 以上按文件内容查找。指引中给出的位置：
keys-link-ios = Objective-C（iOS）
keys-link-android = Java（Android）
keys-link-mini_program = JavaScript（小程序）
keys-col-line = 行
state-empty = 空
state-placeholder = 占位内容
state-set = 已填写
state-hidden = （已隐藏）
role-signing = 仅包含签名代码，无需填写
keys-refused = 未处理：{ $path } —— { $reason }
keys-diff-title = 计划的改动
keys-no_changes = 所有文件都已是这些值，无需改动。
keys-notes-title = 注意事项
keys-no_app_id = 第一步没有填写有效的 AppID，project.config.json 中的 appid 保持不变。
keys-apply = 写入
keys-undo = 撤销
keys-refresh = 重新检查
keys-applied = ✔ 已写入 { $count } 个文件，原文件备份在 { $backup }。
keys-restored = ✔ 已从 { $backup } 还原 { $count } 个文件。
keys-failed = ✖ { $error }

# 第 7 步
build-intro = Demo 已准备好。用微信开发者工具打开它，再在手机上试用。
build-link-devtools = 下载微信开发者工具
build-import = 在开发者工具中选择【小程序】，点击“+”图标，选择【导入项目】，然后选中 Demo 的 WXMini 文件夹：
build-appid = 填写小程序的 AppID（注意不是 SDKAppID），点击【导入】。你的 AppID：
build-appid_missing = （请在第一步填写）
build-preview = 点击【预览】，开发者工具会显示二维码；用手机微信扫码即可打开 Demo。也可以让 mlvb-setup 向开发者工具要二维码，显示在下方。
build-phone_only = <live-pusher> 和 <live-player> 只能在手机微信中使用，开发者工具的模拟器无法运行。
build-debug = 只有打开调试，Demo 才能连上腾讯云的房间服务：扫码后点右上角的【···】，选择【打开调试】。
build-qr-title = 预览二维码
build-no_folder = （请在“Demo 源码”一步选择）

# 第 7 步：预览面板
preview-route-label = 获取二维码的方式：
preview-route-devtools = 微信开发者工具
preview-route-ci = miniprogram-ci（不需要开发者工具）
preview-field-devtools_cli = 开发者工具命令行
preview-field-devtools_cli_hint = 留空则在常见位置查找
preview-field-devtools_cli_note = 常见位置——macOS：/Applications/wechatwebdevtools.app/Contents/MacOS/cli；Windows：开发者工具安装目录下的 cli.bat；Linux：社区版自带的命令。也可以用环境变量 WX_DEVTOOLS_CLI 指定。
preview-field-ci_key = 代码上传密钥文件
preview-field-ci_key_hint = private.wx….key，留空则在 Demo 文件夹中查找
preview-ci-explain = 这种方式需要 Node.js 16 或更高版本和 npm 包 miniprogram-ci（在 Demo 文件夹中运行 “npm install miniprogram-ci”），以及管理员在 mp.weixin.qq.com →【开发管理】→【开发设置】→【小程序代码上传】下载的代码上传密钥。
preview-ci-whitelist = 微信只接受该页面 IP 白名单中的地址上传：请把本机的公网 IP 加进去，或者关闭白名单。
preview-checks-title = 请求微信前的检查
preview-checks-again = 重新检查
preview-checks-pending = 正在检查…
preview-checks-no_demo = 请先在“Demo 源码”一步选择 Demo 文件夹。
preview-check-project = 已找到 project.config.json：{ $path }
preview-check-app_id = project.config.json 中的 AppID：{ $app_id }
preview-check-project_name = projectname：{ $name }
preview-check-cli = 开发者工具命令行：{ $path }（来自{ $source }）
preview-check-port_on = 开发者工具服务端口：已开启
preview-check-port_on_number = 开发者工具服务端口：已开启（端口 { $port }）
preview-check-port_off = 开发者工具服务端口：已关闭
preview-check-port_unknown = 开发者工具服务端口：无法从这里判断（{ $reason }）。仍会尝试调用命令行，以它的结果为准。
preview-check-ci_ready = Node.js 和代码上传密钥都已就绪。
preview-link-linux = Linux 社区版
preview-write_app_id = 把 AppID 写入 project.config.json
preview-write_app_id-needs_values = 只要填好有效的 AppID（“准备工作”）并读取了 Demo 文件夹（“Demo 源码”），mlvb-setup 就能替你写入。也可以在“填写密钥”一步写入。
preview-write_app_id-go = 前往“填写密钥”
preview-write_app_id-done = ✔ 已写入 AppID（{ $count } 个文件）。原文件已备份，在“填写密钥”一步点“撤销”即可还原。
preview-write_app_id-failed = ✖ 未能写入 AppID：{ $error }
preview-get = 获取预览二维码
preview-regenerate = 重新生成
preview-push = 推送到我的手机
preview-push-hover = 开发者工具会把预览直接推送到登录开发者工具的那个微信（自动预览），无需扫码。
preview-cancel = 取消
preview-blocked = 请先解决上面标 ✖ 的问题，再重试。
preview-idle = 点击“获取预览二维码”：mlvb-setup 会请微信开发者工具生成预览，并把二维码显示在这里。
preview-stage-pushing = 正在推送到手机。
preview-login-title = 开发者工具尚未登录
preview-login-scan = 请用手机微信扫描这个二维码，并在手机上确认，以登录开发者工具。之后预览会自动继续。
preview-login-alt = 开发者工具登录二维码
preview-qr-alt = 待扫描的预览二维码
preview-qr-ready = ✔ 预览已生成
preview-qr-scan = 用手机微信扫码，然后点右上角的【···】打开调试（见上文）。
preview-qr-size = 代码包大小：{ $size }
preview-qr-made = 生成时间：{ $time }
preview-qr-logged_in = 途中已登录开发者工具。
preview-qr-route_ci = 通过 miniprogram-ci 生成。
preview-pushed = ✔ 已于 { $time } 推送到手机：微信会自动打开 Demo。
preview-output = 命令的输出
preview-trial-title = 体验版二维码（只能打开已上传的体验版）
preview-trial-alt = 体验版二维码
preview-trial-needs_app_id = 请先在“准备工作”一步填写小程序的 AppID，才能绘制。
preview-trial-failed = 无法绘制体验版二维码：{ $error }

# 第 8 步
publish-intro = 上线前要把腾讯云的服务器加入白名单，否则房间管理无法工作（常见表现是黑屏）。在管理后台进入【开发】→【开发设置】→【服务器域名】，把下面每个域名都添加为“request 合法域名”：
publish-col-domain = 域名
publish-col-purpose = 用途
publish-liveroom = MLVB 房间管理
publish-webim = 即时通信 IM
publish-pic = IM 图片上传
publish-copy = 复制
publish-copied = 已复制：{ $text }
publish-release = 然后按微信的流程发布：
publish-link-release = 小程序发布上线

# UserSig 工具
usersig-title = UserSig 工具
usersig-intro = 使用“云服务”一步中的 SDKAppID 和密钥，所有计算都在本机完成。
usersig-need_creds = 签发 UserSig 需要有效的 SDKAppID 和密钥，请在“云服务”一步填写。
usersig-sign-title = 签发 UserSig
field-user_id = UserID
field-expire = 有效期（秒）
usersig-sign = 签发
usersig-copy = 复制
usersig-verify-title = 检查 UserSig
field-token = 要检查的 UserSig
usersig-verify = 检查
usersig-valid = ✔ 有效：UserID { $user }，SDKAppID { $sdkappid }，有效期至 { $expires }。
usersig-invalid = ✖ 服务器会拒绝它，错误码 { $code }：{ $cause }
usersig-not_a_token = ✖ 这不是 UserSig：{ $error }
usersig-contents = 内容：UserID { $user }，SDKAppID { $sdkappid }，签发于 { $time }，有效期 { $expire } 秒。
usersig-expire_invalid = 请输入正整数秒数，例如 604800 表示 7 天。
usersig-user_id_empty = 请输入 UserID。


# 窗口改版
usersig-decode = 解析
usersig-decode_only = 还没有 SDKAppID 和密钥时，这里只能看到 UserSig 里写了什么；在“云服务”一步填好后，还能核对签名是否正确。
usersig-why-no_token = 请先把 UserSig 粘贴到上面的输入框。
usersig-why-sign = 请先填写 UserID 和一个大于 0 的秒数。
components-confirm = 两项权限都已在管理后台开启
publish-confirm = 这些域名已加入小程序的服务器域名
nav-why-first = 这已经是第一步了。
step-ready = 准备好了吗？
notice-open_failed = 没能替你打开它：{ $reason }。请复制下面的内容，自己打开：
demo-dialog_failed = 这里无法弹出文件选择窗口。请在下面的输入框里输入或粘贴路径。
why-busy = 请等当前的操作完成。
demo-why-no_path = 请先输入或粘贴 Demo 文件夹或 .zip 的路径。
demo-why-no_dest = 请先填写要解压到哪里。
demo-unpack_exists = { $path } 已经存在，可能是之前解压的。可以直接用它，也可以换个名字重新解压：
demo-use_existing = 使用已有的文件夹
demo-unpack_as = 解压为“{ $name }”
ready-all_done = ✔ 全部就绪：Demo 里已填好配置，预览可用，域名也已加好。
ready-intro = 这里列出已完成和还没完成的事项。每个未完成项都写明还差什么，点“前往”即可回到那一步。
ready-steps-title = 各个步骤
ready-go = 前往
ready-left-app_id = 还没有小程序 AppID（只有小程序需要）
ready-left-category = 还没有标记服务类目
ready-left-components = 两项直播权限还没确认开启
ready-left-values = SDKAppID 或密钥缺失或无效
ready-left-demo = 还没有读取 Demo 文件夹
ready-left-keys = Demo 文件里还没有写入这些配置
ready-left-preview = 还没有拿到可用的预览二维码
ready-left-domains = 请求域名还没确认添加
ready-projects-title = 打开各个工程
ready-android = Android
ready-android-how = 在 Android Studio 里打开这个文件夹（File → Open），等 Gradle 同步完成后在手机上运行。
ready-ios = iOS
ready-ios-how = 先在这个文件夹里运行 pod install（命令见下），然后用 Xcode 打开生成的 .xcworkspace（不是 .xcodeproj），在真机上运行。
ready-mini_program = 小程序
ready-mini_program-how = 在微信开发者工具里用你的 AppID 导入这个文件夹。
ready-open_folder = 在文件夹中显示
keys-diff-summary = { $files } 个文件，共 { $lines } 行改动（密钥显示为 <secret key>）
keys-why-no_values = 请先在“云服务”一步填写有效的 SDKAppID 和密钥。
keys-why-no_plan = 改动还在计算中，或者无法计算（见上方说明）。
keys-why-nothing_to_apply = 文件里已经是这些值了，没有需要写入的内容。
keys-why-nothing_to_undo = mlvb-setup 还没有改过这个 Demo，没有可撤销的内容。
keys-back_to_original = 恢复到最初的文件
keys-back_to_original-hover = 撤销这里做过的全部 { $count } 次改动：所有文件都回到第一次改动之前的样子。
keys-restored_original = ✔ 已恢复到最初：{ $count } 个文件回到了 mlvb-setup 第一次改动之前的样子。
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色
status-copied = 已复制到剪贴板。
keys-platforms-title = 要写入的平台
keys-platforms-off = 未勾选平台的文件保持原样，不会改动。
keys-live-title = Android 和 iOS：License 与直播配置
keys-live-intro = Android 和 iOS Demo 还需要 License（它的 URL 和 Key，签发给某个包名或 Bundle ID），以及你的推流域名和播放域名。这里只显示文件里用到的项；留空的项不会写入。
field-live-untouched = 未填写：文件里保持原来的值。
field-license_url = License URL
field-license_url-hint = https://license.vod2.myqcloud.com/license/v2/…/v_cube.license
field-license_key = License Key
field-license_key-hint = License 页面上的 32 位十六进制字符
field-push_domain = 推流域名
field-push_domain-hint = push.example.com
field-play_domain = 播放域名
field-play_domain-hint = play.example.com
field-live_url_key = 推流鉴权 Key（可选）
field-live_url_key-hint = 没有开启推流鉴权时留空
field-android_package = License 对应的 Android 包名
field-android_package-hint = com.example.live
field-ios_bundle_id = License 对应的 iOS Bundle ID
field-ios_bundle_id-hint = com.example.live
keys-binding-ok = ✔ 所有 App 的 ID 都与 License 一致。
keys-binding-title = ⚠ 按现在的设置，License 在这些 App 上用不了：
keys-binding-fix = 点“写入”会把 License 的包名 / Bundle ID 写进这些构建文件（扩展保留自己的后缀），和其他改动一样会先备份。
cloud-form_only = 离线时，mlvb-setup 只能检查这些值的格式；密钥是否真的属于这个 SDKAppID，只有腾讯云能回答。可以在这里向腾讯云确认（只发送在本机签发的 UserSig，绝不发送密钥），也可以在下面用控制台生成的 UserSig 证明密钥正确。
field-im_admin = 管理员账号
field-im_region = 地域
region-cn = 中国
region-sgp = 新加坡
region-kr = 首尔
region-ger = 法兰克福
region-usa = 硅谷
region-idn = 雅加达
cloud-check_online = 向腾讯云确认
cloud-why-values = 请先填写有效的 SDKAppID 和密钥。
busy-checking_online = 正在询问腾讯云…
busy-diagnosing = 正在检查还差什么…
cloud-proof-title = 用控制台生成的 UserSig 离线证明密钥
cloud-proof-intro = 在 IM 控制台的辅助工具（UserSig 生成&校验）里为任意 UserID 生成一个 UserSig，粘贴到这里：如果它能用上面的密钥校验通过，就说明密钥属于这个应用。
field-console_usersig = 控制台生成的 UserSig
keys-odd_key-confirm = 这个密钥不像控制台给出的那样是 64 位十六进制字符。仍然写入
keys-why-odd_key = 这个密钥看起来不像控制台给出的：如果仍要写入，请勾选上面的方框；也可以在“云服务”一步向腾讯云确认。
ready-doctor-title = Demo 文件还差什么
ready-doctor-again = 重新检查
ready-doctor-online = 重新检查（同时询问腾讯云）
ready-doctor-clear = ✔ Demo 文件里没有需要修改的地方了。
ready-doctor-whole = 整个 Demo
publish-found-title = Demo 代码里调用的所有域名
publish-found-intro = 这些域名是从小程序自己的文件（包括打包进来的 SDK）里找到的。请在后台把每一组加到同名的列表里；“全部复制”会复制一组，每行一个域名。
publish-copy_all = 全部复制
busy-scanning_count = 正在读取 Demo… 已读 { $read } / { $total } 个文件
demo-download-title = 在这里直接下载
demo-download-intro = mlvb-setup 可以下载完整的 MLVBSDK Demo（约 90 MB）并解压到一个新文件夹；下载失败或取消时不会留下任何文件。
field-download_into = 保存到文件夹（新建的或空的）
field-download_into-hint = 主目录下的 MLVBSDK-master
field-download_url = 下载地址（留空即从 GitHub 下载）
field-download_url-note = 如果你这里访问 GitHub 很慢或打不开，可以粘贴同一个 .zip 的镜像地址；它会被记住。
demo-download = 下载
demo-download-cancel = 取消下载
demo-download-starting = 正在连接…
demo-download-progress = 已下载 { $got } / { $total } MB · { $speed } MB/s · 约剩 { $left } 秒
demo-download-progress_unknown = 已下载 { $got } MB · { $speed } MB/s
demo-download-unpacking = 正在检查并解压…
demo-download-done = ✔ 已下载并读取：{ $path }
demo-download-failed = ✖ Demo 没有下载成功：{ $error }
demo-download-cancelling = 正在停止，并删除已下载的部分…
