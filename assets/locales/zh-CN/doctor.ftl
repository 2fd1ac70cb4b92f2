# 体检（“准备好了吗？”）：还有哪些问题没解决。参数见 src/messages/doctor.rs。
doctor-nothing-found = 在 { $path } 中没有找到任何凭据文件或 project.config.json：这看起来不是 MLVB Demo。请选择从下载包解压出来的文件夹（MLVBSDK-master）。
doctor-file-refused = { $path } 无法填写：{ $reason }
doctor-sdk-app-id-unfilled =
    { $front ->
        [cli] { $path }:{ $line }：{ $name } 仍是空值或占位符。请运行 mlvb-setup patch（带上 --sdkappid 和 --secret-key-file）来填写。
       *[window] { $path } 第 { $line } 行：{ $name } 仍是空值或占位符。请在“填写密钥”一步填写。
    }
doctor-secret-key-unfilled =
    { $front ->
        [cli] { $path }:{ $line }：{ $name }（密钥）仍是空值或占位符。请运行 mlvb-setup patch（带上 --sdkappid 和 --secret-key-file）来填写。
       *[window] { $path } 第 { $line } 行：{ $name }（密钥）仍是空值或占位符。请在“填写密钥”一步填写。
    }
doctor-expire-not-positive =
    { $front ->
        [cli] { $path }:{ $line }：{ $name } 为 { $value }，每个 UserSig 一生成就过期（手机上报 70001）。请用以下命令设置：mlvb-setup patch DIR … --expire 604800
       *[window] { $path } 第 { $line } 行：{ $name } 为 { $value }，每个 UserSig 一生成就过期（手机上报 70001）。请再次应用密钥，有效期会设为 604800 秒（7 天）。
    }
doctor-licence-unfilled =
    { $front ->
        [cli] { $path }:{ $line }：声明了 { $name } 但值为空，Android/iOS 播放器将无法启动。请从控制台的 License 页面复制许可证地址和 Key，然后运行：mlvb-setup patch DIR … --license-url U --license-key K
       *[window] { $path } 第 { $line } 行：声明了 { $name } 但值为空，Android/iOS 播放器将无法启动。请在“填写密钥”一步填入控制台 License 页面上的许可证地址和 Key。
    }
doctor-live-value-unfilled =
    { $front ->
        [cli] { $path }:{ $line }：声明了 { $name } 但值为空。请在云直播控制台（域名管理）添加推流和播放域名，然后运行：mlvb-setup patch DIR … --push-domain D --play-domain D --live-url-key K
       *[window] { $path } 第 { $line } 行：声明了 { $name } 但值为空。请在云直播控制台（域名管理）添加推流和播放域名，并在“填写密钥”一步填入。
    }
doctor-sdk-app-id-differs = 各文件中的 SDKAppID 不一致：{ $values }。Demo 只能使用同一个 IM 应用：请在所有文件中填写相同的 SDKAppID 和密钥。
doctor-secret-key-differs = 各文件中的密钥不一致（使用同一密钥的文件：{ $groups }）。请在所有文件中填写你的 IM 应用的密钥，否则某些平台的手机会报 70009。
doctor-app-id-missing =
    { $front ->
        [cli] { $path } 中没有 "appid"：开发者工具无法预览小程序。请运行 mlvb-setup patch 并加上 --appid 来添加。
       *[window] { $path } 中没有 "appid"：开发者工具无法预览小程序。请填写你的 AppID（以 “wx” 开头）后再次应用密钥。
    }
doctor-app-id-invalid = { $path } 中的 "appid" 会被开发者工具拒绝：{ $reason }
doctor-domains-not-listed = { $path } 列出了 { $group } 合法域名，但代码调用的域名中缺少 { $count } 个：{ $missing }。请到微信公众平台（开发 → 开发管理 → 开发设置 → 服务器域名）添加，否则手机上会黑屏。
doctor-service-port-off = 开发者工具的服务端口未开启（{ $path }），因此无法从这里生成二维码。请在开发者工具中开启：设置 → 安全设置 → 服务端口。
doctor-online-skipped = 没有向腾讯云核对：文件中还没有统一的 SDKAppID 和密钥可供核对。请先解决上面的问题。
doctor-all-clear = { $path } 中已没有需要解决的问题：Demo 可以在手机上运行了。
doctor-problem-count =
    { $count ->
        [one] 还有 1 个问题需要解决。
       *[other] 还有 { $count } 个问题需要解决。
    }
doctor-whole-demo = 整个 Demo
doctor-domains-heading = 需要在微信公众平台填写的服务器域名（开发 → 开发管理 → 开发设置 → 服务器域名）：
doctor-sdk-app-id-not-typed = { $path } 第 { $line } 行：SDKAppID 是 { $found }，而不是你填写的 { $typed }。请再次应用密钥，或确认你要使用的是哪个 IM 应用。
doctor-secret-key-not-typed = { $path } 第 { $line } 行：密钥与你填写的不同。请再次应用密钥，让所有文件使用同一个密钥。
doctor-tencent-app-id =
    { $front ->
        [cli] { $path }：{ $target } 仍是腾讯自己的 ID { $id }，已填写的 License 不可能是签发给它的。请给出 License 对应的包名 / Bundle ID：mlvb-setup patch DIR … --android-package P / --ios-bundle-id B
       *[window] { $path }：{ $target } 仍是腾讯自己的 ID { $id }，已填写的 License 不可能是签发给它的。请在“填写密钥”一步填写 License 对应的包名 / Bundle ID 并写入。
    }
