# 输入校验。命令行会写出是哪一项；窗口里的文字显示在对应输入框下方。
app-id-empty = 请输入小程序的 AppID，它以 "wx" 开头，例如 wx0123456789abcdef。
sdk-app-id-empty = 请输入 IM 应用的 SDKAppID，是一串数字，例如 1400123456。
secret-key-empty = 请粘贴 IM 应用的密钥（在控制台查看）。
app-id-looks-like-sdk-app-id =
    { $front ->
        [cli] AppID 应为 "wx" 加 16 个十六进制字符，例如 wx0123456789abcdef；{ $got } 全是数字，更像 SDKAppID（它应通过 --sdkappid 给出）。
       *[window] 这里全是数字（{ $got }），更像 SDKAppID。AppID 以 "wx" 开头；SDKAppID 请填在“云服务”一步里。
    }
app-id-malformed = AppID 由 "wx" 加 16 个 0-9、a-f 的字符组成，例如 wx0123456789abcdef。当前输入：{ $got }
sdk-app-id-not-a-number = SDKAppID 是一串数字，例如 1400123456。当前输入：{ $got }
sdk-app-id-looks-like-app-id =
    { $front ->
        [cli] SDKAppID 是一串数字，例如 1400123456。当前输入：{ $got }，这看起来是小程序的 AppID，应通过 --appid 给出。
       *[window] SDKAppID 是一串数字，例如 1400123456。当前输入：{ $got }。这看起来是小程序的 AppID，应当填在第一步。
    }
sdk-app-id-looks-like-secret-key =
    { $front ->
        [cli] SDKAppID 是一串数字，例如 1400123456。当前输入：{ $got }，这看起来是密钥；密钥不能作为参数值，请用 --secret-key-file、--secret-key-stdin 或环境变量 MLVB_SECRET_KEY 给出。
       *[window] SDKAppID 是一串数字，例如 1400123456。当前输入：{ $got }。这看起来是密钥，应当填在下面的密钥输入框。
    }
sdk-app-id-zero = 0 只是 Demo 里的占位值，不是 SDKAppID，请从 IM 控制台的应用列表中复制你的 SDKAppID。
sdk-app-id-too-large = 数字太大，不可能是 SDKAppID（最大 4294967295）。当前输入：{ $got }
secret-key-control-character = 密钥第 { $position } 个字符是不可见的控制字符，请在控制台的“查看密钥”窗口重新复制。
value-length = { $count } 个字符，可能是密钥，因此不显示
sdk-app-id-outside-ranges = { $sdkappid } 不在腾讯云分配 SDKAppID 的号段内（1400000000–1499999999、1600000000–1699999999、20000000–29999999），请确认这是你的 IM 应用的 SDKAppID。
secret-key-unusual-shape = 控制台给出的密钥是 64 个 0-9、a-f 字符，这里有 { $count } 个。请确认复制完整、没有多余内容。
secret-key-looks-like-app-id = 这看起来是小程序 AppID，而不是密钥。密钥要在 IM 控制台点击“查看密钥”后才会出现。
