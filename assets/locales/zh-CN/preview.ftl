# 预览：可能遇到的问题、开发者工具的已知错误、进度，以及 `mlvb-setup preview` 自己的输出。
# 参数见 src/messages/preview.rs。
demo-dir-missing = { $front ->
        [cli] { $dir } 不是文件夹：请给出下载的 Demo 文件夹（包含 WXMini/ 的那个）。
       *[window] { $dir } 不是文件夹。请在“Demo 源码”一步选择下载的 Demo 文件夹（包含 WXMini 的那个）。
    }
project-config-missing = { $front ->
        [cli] 在 { $dir } 中没有找到 project.config.json（WXMini/ 和各子文件夹中也没有）：请给出下载的 MLVB Demo 文件夹，小程序在其中的 WXMini/ 里。
       *[window] 在 { $dir } 及其子文件夹中没有找到 project.config.json。请选择下载的 MLVB Demo 文件夹，小程序在其中的 WXMini 里。
    }
project-config-unreadable = { $front ->
        [cli] 无法读取 { $path }：{ $reason }；请确认文件存在且你有权限读取。
       *[window] 无法读取 { $path }（{ $reason }）。请确认文件存在且你有权限打开。
    }
project-config-invalid = { $front ->
        [cli] { $path } 不是有效的 JSON（{ $reason }）：请手动改正；如果是 mlvb-setup 改的，可以用 `mlvb-setup restore <DIR>` 还原原文件。
       *[window] { $path } 不是有效的 JSON（{ $reason }）。请手动改正；如果是 mlvb-setup 改的，可以在“填写密钥”一步点“撤销”还原。
    }
appid-missing = { $front ->
        [cli] { $path } 中没有 AppID（"appid" 为空）：请用 `mlvb-setup patch { $demo_dir } --sdkappid <你的 SDKAppID> --appid wx…` 写入小程序的 AppID，并按 `mlvb-setup patch --help` 的说明提供密钥（AppID 在 mp.weixin.qq.com →【开发管理】→【开发设置】中）。
       *[window] { $path } 中没有 AppID（"appid" 为空）。开发者工具需要在这里填写你的小程序 AppID。
    }
appid-invalid = { $front ->
        [cli] { $path }：“appid”不是可用的 AppID（{ $reason }）：请用 `mlvb-setup patch { $demo_dir } --sdkappid <你的 SDKAppID> --appid wx…` 写入正确的 AppID。
       *[window] { $path } 中的 "appid" 无法使用（{ $reason }）。这里必须是你的小程序 AppID。
    }
projectname-missing = { $front ->
        [cli] { $path }：缺少 "projectname" 或为空，开发者工具会拒绝这样的项目：请在文件中加一行，例如 "projectname": "MLVB"。
       *[window] { $path } 中没有 "projectname"，开发者工具会拒绝这样的项目。请在文件中加一行，例如 "projectname": "MLVB"。
    }
devtools-not-found = { $front ->
        [cli] 没有找到微信开发者工具的命令行（查找过：{ $searched }；在 PATH 中查找：{ $names }）。请从 https://developers.weixin.qq.com/miniprogram/dev/devtools/download.html 安装开发者工具（Windows、macOS）；Linux 请用社区版 https://github.com/msojocs/wechat-web-devtools-linux。如果装在别处，请用 --devtools-cli 或环境变量 WX_DEVTOOLS_CLI 指定它的命令行（macOS：<app>/Contents/MacOS/cli，Windows：<安装目录>\cli.bat）。没有开发者工具时，可以用代码上传密钥走 miniprogram-ci 方式（--ci）。
       *[window] 没有找到微信开发者工具的命令行（查找过：{ $searched }；在 PATH 中查找：{ $names }）。{ $os ->
            [linux] 开发者工具没有官方的 Linux 版：请安装社区版（见下方链接），
            [macos] 请把开发者工具（见下方链接）安装到“应用程序”文件夹，
           *[other] 请安装开发者工具（见下方链接），
        }或在下方输入框中填写命令行的位置。没有开发者工具时，可以在上方选择 miniprogram-ci 方式。
    }
devtools-path-missing = { $front ->
        [cli] { $path } 处没有开发者工具命令行（来自{ $source }）：请改正路径，或不指定它，以便在默认安装位置查找。
       *[window] { $path } 处没有开发者工具命令行（来自{ $source }）。请改正路径，或清空以在常见位置查找。
    }
service-port-off = { $front ->
        [cli] 开发者工具的服务端口已关闭（依据 { $path }）：请在开发者工具中打开【设置】→【安全设置】→【服务端口】，将其开启后重试。
       *[window] 开发者工具的服务端口已关闭（依据 { $path }）。请在开发者工具中打开【设置】→【安全设置】→【服务端口】，将其开启后重试。
    }
service-port-unknown = { $front ->
        [cli] 无法判断开发者工具的服务端口是否开启（{ $reason }）；仍会尝试调用它的命令行。
       *[window] 无法判断开发者工具的服务端口是否开启（{ $reason }），仍会尝试调用命令行。
    }
service-port-disabled = { $front ->
        [cli] 开发者工具的服务端口已关闭，命令行无法调用它：请打开开发者工具，进入【设置】→【安全设置】→【服务端口】将其开启，然后重试。
       *[window] 开发者工具的服务端口已关闭，命令行无法调用它。请打开开发者工具，进入【设置】→【安全设置】→【服务端口】将其开启，然后再点“获取预览二维码”。
    }
ide-not-started = { $front ->
        [cli] 开发者工具没有响应命令行（{ $detail }）：请手动启动开发者工具并登录，确认【设置】→【安全设置】→【服务端口】已开启后重试；如果仍不行，请先完全退出开发者工具再试。
       *[window] 开发者工具没有响应命令行（{ $detail }）。请手动启动开发者工具并登录，确认服务端口已开启（设置 → 安全设置）后重试；如果仍不行，请先完全退出开发者工具。
    }
not-logged-in = { $front ->
        [cli] 开发者工具尚未登录（错误码 10）：请用微信扫描登录二维码（除非给了 --no-login，mlvb-setup 会显示它），或在开发者工具中登录，然后重试。
       *[window] 开发者工具尚未登录。请用微信扫描它的登录二维码，或在开发者工具中登录，然后重试。
    }
login-failed = { $front ->
        [cli] 登录开发者工具没有完成（{ $detail }）：请在限定时间内（--timeout）用该小程序开发者的微信扫描登录二维码，然后重试。
       *[window] 登录开发者工具没有完成（{ $detail }）。请用该小程序开发者的微信及时扫码，然后重试。
    }
bad-output-path = { $front ->
        [cli] 开发者工具无法把二维码写到 { $path }（错误码 17：输出路径无效或不存在）：请选择一个存在且可写的文件夹。
       *[window] 开发者工具无法把二维码写到 { $path }（错误码 17：输出路径无效或不存在）。请确认该文件夹存在且可写，然后重试。
    }
appid-refused = { $front ->
        [cli] 开发者工具拒绝了这个 AppID（{ $detail }）：请检查 project.config.json 中的 "appid"，并确认你的微信是该小程序的开发者（mp.weixin.qq.com →【成员管理】）。
       *[window] 开发者工具拒绝了这个 AppID（{ $detail }）。请检查 project.config.json 中的 "appid"，并确认你的微信是该小程序的开发者（mp.weixin.qq.com →【成员管理】）。
    }
launch-failed = { $front ->
        [cli] 无法运行 { $path }：{ $reason }；请确认它是开发者工具的命令行，并且你有权限运行。
       *[window] 无法启动 { $path }（{ $reason }）。请确认它是开发者工具的命令行，并且你有权限运行。
    }
timed-out = { $front ->
        [cli] `{ $command }` 运行超过 { $seconds } 秒，已被停止：开发者工具可能在等待某个对话框（登录、更新、信任提示）；请查看它的窗口后重试，或用 --timeout 放宽时间。
       *[window] “{ $command }”运行超过 { $seconds } 秒，已被停止。开发者工具可能在等待某个对话框（登录、更新、信任提示），请查看它的窗口后重试。
    }
cancelled = 已取消，没有做任何改动。
command-failed = { $front ->
        [cli] `{ $command }` 失败（退出码 { $code }）：{ $detail }
       *[window] “{ $command }”失败（退出码 { $code }）：{ $detail }
    }
no-qr-written = 预览已结束，但没有二维码写入 { $path }。请重试；如果一直这样，请在开发者工具窗口中预览。
qr-unreadable = 写入 { $path } 的二维码无法读取（{ $reason }）。请重试。
work-dir-unusable = { $front ->
        [cli] 无法在 { $path } 中准备工作文件：{ $reason }；请释放一些磁盘空间，或换一个文件夹。
       *[window] 无法在 { $path } 中写入工作文件（{ $reason }）。请释放一些磁盘空间后重试。
    }
node-missing = 没有安装 Node.js，或它不在 PATH 中。请从 https://nodejs.org 安装（16 或更高版本），然后在 Demo 文件夹中运行 “npm install miniprogram-ci”。
ci-package-missing = 没有找到 npm 包 miniprogram-ci（查找起点：{ $searched }）。请在 { $dir } 中运行 “npm install miniprogram-ci”。
ci-key-missing = { $front ->
        [cli] { $path } 处没有代码上传密钥。需由管理员在 mp.weixin.qq.com →【开发管理】→【开发设置】→【小程序代码上传】下载“代码上传密钥”，保存到该位置，或用 --ci-key 指定它的路径。
       *[window] { $path } 处没有代码上传密钥。需由管理员在 mp.weixin.qq.com →【开发管理】→【开发设置】→【小程序代码上传】下载“代码上传密钥”，保存到该位置或在上方填写它的路径。
    }
ci-ip-not-whitelisted = 微信拒绝了本机的 IP 地址（{ $detail }）。请在 mp.weixin.qq.com →【开发管理】→【开发设置】→【小程序代码上传】中把它加入 IP 白名单，或关闭白名单。
ci-failed = miniprogram-ci 失败：{ $detail }。请检查 AppID、密钥是否属于该小程序，以及网络。
preview-json-syntax = 第 { $line } 行第 { $column } 列有语法错误
preview-json-eof = 文件在第 { $line } 行第 { $column } 列提前结束
preview-json-not-object = 最外层不是 JSON 对象
preview-appid-tourist = "touristappid" 是开发者工具的游客模式，无法在手机上预览
preview-appid-not-string = 它不是字符串
preview-nowhere = 无
preview-exit-by-signal = 无，被信号终止
preview-printed-nothing = 没有任何输出
preview-login-not-scanned = 登录二维码在 { $seconds } 秒内没有被扫描
preview-login-no-answer = 没有响应
preview-login-still-out = 开发者工具仍然显示未登录
preview-port-no-folder-known = 不知道这个系统上开发者工具的用户数据文件夹在哪里
preview-port-no-files = 在 { $folders } 下没有 .ide 或 .ide-status 文件
preview-port-strange-status = { $path } 的内容是 { $value }，应当是 On 或 Off
preview-port-no-number = { $path } 中没有端口号
preview-port-not-used = miniprogram-ci 方式用不到它
preview-qr-empty = 文件是空的
preview-qr-not-base64 = 不是 base64（{ $detail }）
preview-qr-unknown-format = 既不是 PNG 也不是 JPEG 图片
preview-qr-damaged = 图片已损坏（{ $detail }）
preview-qr-encode-failed = 无法把二维码编码为 PNG：{ $detail }
preview-qr-pixels-mismatch = 像素数据与尺寸不符
trial-qr-failed = 无法为 { $url } 绘制体验版二维码：{ $reason }
trial-empty-grid = 编码器返回了空的码图
trial-label = { $front ->
        [cli] 体验版二维码：它只能打开已经上传并在 mp.weixin.qq.com 设为体验版的版本——而不是本机的代码——并且只有该小程序的成员或体验成员的微信才能打开。
       *[window] 这个二维码是根据你的 AppID 在本机绘制的。它只能打开你已经上传并在 mp.weixin.qq.com 设为体验版的版本，而不是本机上的代码；并且只有该小程序的成员或体验成员的微信才能打开。
    }
preview-source-explicit = { $front ->
        [cli] --devtools-cli
       *[window] 下方填写的路径
    }
preview-source-env = 环境变量 WX_DEVTOOLS_CLI
preview-source-default = 默认安装目录
preview-source-path = PATH
preview-stage-checking = 正在检查项目和开发者工具…
preview-stage-running = 正在运行：{ $command }
preview-stage-login = 等待扫描登录二维码…
preview-stage-retrying = 已登录，正在重新请求预览…
preview-stage-decoding = 正在读取二维码…
preview-cli-login-scan = 开发者工具尚未登录：请用微信扫描这个登录二维码（最多等待 { $seconds } 秒）…
preview-cli-no-ctrlc = 按 Ctrl-C 将无法干净地停止开发者工具的命令行（{ $reason }）
preview-cli-qr-output-folder = --qr-output { $path } 是一个文件夹：请给出文件名，例如 preview.png
preview-cli-qr-output-no-folder = --qr-output { $path }：所在文件夹不存在；请先创建它，或换一个路径
preview-cli-no-such-file = { $flag } { $path }：文件不存在；请改正路径
preview-cli-qr-not-saved = 二维码已生成，但无法保存到 { $path }：{ $reason }；请换一个 --qr-output
preview-cli-trial-not-saved = 无法把体验版二维码保存到 { $path }：{ $reason }；请换一个 --qr-output
preview-cli-sampled = （无法识别二维码的码点，这里显示的是图片的采样；如果扫不出来，请打开 { $path }）
preview-cli-qr-heading = 微信预览二维码
preview-cli-qr-heading-for = { $path } 的微信预览二维码
preview-cli-made = {"  "}生成时间：{ $time }
preview-cli-package = {"  "}代码包：{ $size }
preview-cli-saved = {"  "}已保存：{ $path }（{ $format }，与生成时完全一致）
preview-cli-scan = 请用手机微信扫码，该微信须是这个小程序的开发者。
preview-cli-pushed = 已把预览推送到你的手机：请在手机上打开微信（{ $time }）。
preview-cli-devtools-said = 开发者工具的输出：{ $text }
preview-cli-wrong-extension = { $path } 中是 { $actual } 图片；请把扩展名改为 .{ $actual }，以便看图软件打开
preview-cli-trial-url = {"  "}地址：{ $url }
preview-cli-trial-saved = {"  "}已保存：{ $path }（png）
