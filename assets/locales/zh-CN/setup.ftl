# 配置核心。参数见 src/messages/setup.rs。
expire-not-seconds = UserSig 有效期必须是 1 到 4294967295 之间的秒数，例如 604800（当前输入：{ $got }）。
value-empty = { $field }不能为空。
value-control-character = { $field }里含有换行或其他控制字符：请写在一行里。
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
