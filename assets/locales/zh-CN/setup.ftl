# 配置核心。参数见 src/messages/setup.rs。
expire-not-seconds = UserSig 有效期必须是 1 到 4294967295 之间的秒数，例如 604800（当前输入：{ $got }）。
value-empty = { $field }不能为空。
value-control-character = { $field }里含有换行或其他控制字符：请写在一行里。
value-is-secret-key = 填在{ $field }里的是 IM 密钥：密钥绝不能填在这里（会被明文写入）；请从腾讯云控制台复制正确的{ $field }。
setup-not-a-folder =
    { $front ->
        [cli] { $path } 不是文件夹：patch 只能修改解压后的 Demo 文件夹。
       *[window] { $path } 是压缩包：请先解压，然后才能填写其中的文件。
    }
setup-no-app-id-slot = 没有修改 project.config.json：在 { $path } 中找不到 mlvb-setup 能编辑的 "appid" 行。
field-name-app-id = AppID
field-name-sdk-app-id = SDKAppID
field-name-secret-key = 密钥
field-name-expire = UserSig 有效期
field-name-license-url = License URL
field-name-license-key = License Key
field-name-push-domain = 推流域名
field-name-play-domain = 播放域名
field-name-live-url-key = 推流鉴权 Key
field-name-android-package = Android 包名
field-name-ios-bundle-id = iOS 应用的 Bundle ID
license-url-not-url = License URL 必须是以 https:// 开头的网址，例如 https://license.vod2.myqcloud.com/license/v2/…/v_cube.license，请从腾讯云控制台的 License 页面复制（当前输入：{ $got }）。
domain-invalid = { $field }必须是主机名，例如 123456.livepush.myqcloud.com：{ $reason }（当前输入：{ $got }）。
domain-reason-characters = 其中有主机名不能包含的字符（只能用字母、数字、“-”和“.”）
domain-reason-empty = 去掉前后的网址部分后，没有剩下主机名
domain-reason-international = 这个中文（国际化）域名无法转换成 ASCII 形式，请照腾讯云控制台显示的样子输入域名
domain-reason-too-long = 超过了主机名允许的 253 个字符
domain-reason-one-label = 其中没有点号，请从腾讯云控制台复制完整的域名，而不只是第一段
domain-reason-label = 用点号分开的某一段为空或超过 63 个字符
domain-reason-hyphen = 用点号分开的某一段以“-”开头或结尾
android-package-invalid = Android 包名应当形如 com.example.live：至少两段，用点号分开，每段以字母开头（当前输入：{ $got }）。
bundle-id-invalid = iOS Bundle ID 应当形如 com.example.live：至少两段，用点号分开，只含字母、数字和“-”（当前输入：{ $got }）。
warn-license-url-not-https = 这个 License URL 以 http:// 开头，而腾讯云签发的都以 https:// 开头，请确认复制完整。
warn-license-url-not-license = 这个 License URL 不是以 .license 结尾，而腾讯云签发的都是，请确认复制完整。
warn-license-url-unusual-host = 这个 License URL 位于 { $host }，而 License 通常位于 { $usual }：请确认它就是控制台显示的那个。
warn-license-key-shape = License Key 通常是 32 个 0-9、a-f 的字符，这个有 { $length } 个字符：请确认复制的是 Key，而不是 URL 或其他值。
warn-same-push-play-domain = 推流域名和播放域名都是 { $domain }：腾讯云需要两个不同的域名，一个推流、一个播放，请在控制台再添加一个域名。
note-domain-reduced = { $field }将写成 { $host }：Demo 会自己加上协议和路径（你输入的是 { $got }）。
note-domain-port-dropped = 已去掉{ $field }中的端口 :{ $port }：Demo 使用标准端口连接。
note-domain-punycode = { $field } { $got } 将写成它的 ASCII 形式 { $host }，Demo 拼接的地址需要这种形式。
platform-unknown = mlvb-setup 不认识平台“{ $got }”：请用逗号分隔的列表，可选 { $known }。
android-package-mismatch =
    { $front ->
        [cli] 你的 License 签发给包名 { $wanted }，但 { $path } 中的 Android 应用 { $target } 使用的包名是 { $found }，手机上 License 校验会失败（错误 -5）：请用 --android-package { $wanted } 运行 patch 改写它，或为 { $found } 申请 License。
       *[window] 你的 License 签发给包名 { $wanted }，但 { $path } 中的 Android 应用 { $target } 使用的包名是 { $found }，手机上 License 校验会失败（错误 -5）：请让 mlvb-setup 把它改成 { $wanted }，或为 { $found } 申请 License。
    }
ios-bundle-id-mismatch =
    { $front ->
        [cli] 你的 License 签发给 Bundle ID { $wanted }，但 { $path } 中的 iOS 目标 { $target }（{ $configuration }）使用的是 { $found }，手机上 License 校验会失败（错误 -5）：请用 --ios-bundle-id 运行 patch 改写它，或为 { $found } 申请 License。
       *[window] 你的 License 签发给 Bundle ID { $wanted }，但 { $path } 中的 iOS 目标 { $target }（{ $configuration }）使用的是 { $found }，手机上 License 校验会失败（错误 -5）：请让 mlvb-setup 把它改成 { $wanted }，或为 { $found } 申请 License。
    }
app-id-computed-mismatch = { $path } 中的应用 { $target } 的 ID 来自 { $written }，mlvb-setup 不会改写它：请确认它最终是 { $wanted }，也就是你的 License 签发给的 ID。
