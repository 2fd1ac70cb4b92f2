# 向腾讯云核对填写的值。参数见 src/messages/online.rs。
online-region-unknown = region 只能是 cn、sgp、kr、ger、usa、idn 之一，即创建 IM 应用时所选的地域，可在 IM 控制台查看（实际是：{ $got }）
online-admin-empty = 管理员账号为空：请填写 IM 应用的管理员 userID（若未在 IM 控制台改过，就是 “administrator”）。
online-form-only =
    { $front ->
        [cli] 只检查了格式：SDKAppID { $sdkappid } 和密钥看起来没问题，但二者是否配套只有腾讯云能回答。加上 --online 向腾讯云核对（只发送 UserSig，绝不发送密钥），或用 --usersig 传入控制台 UserSig 工具生成的 UserSig，离线证明密钥正确。
       *[window] 只检查了格式：SDKAppID { $sdkappid } 和密钥看起来没问题，但二者是否配套只有腾讯云能回答。请点击“向腾讯云核对”，或粘贴控制台 UserSig 工具生成的 UserSig，离线证明密钥正确。
    }
online-works = 腾讯云确认 SDKAppID { $sdkappid } 与这个密钥配套（{ $host }）：可以使用。
online-refused = 腾讯云拒绝了这组值，错误码 { $code }：{ $cause }
online-cause-expired = 服务器收到测试 UserSig 时它已经过期，说明这台电脑的时钟不准。请把日期和时间调准（开启自动设置时间）后再核对。
online-cause-malformed = 服务器读不懂这个测试 UserSig。这本不该发生：请再核对一次；如果仍然如此，请带上错误码向 mlvb-setup 反馈。
online-cause-wrong-key = 这个密钥不属于 SDKAppID { $sdkappid }：可能输错了，也可能是另一个 IM 应用的密钥。请到该 SDKAppID 的 IM 控制台（应用管理 → 基础配置）重新复制密钥。用这组值，手机上会报 70009。
online-cause-user-id = 服务器认为这个 UserSig 不是为 { $admin } 生成的。请检查管理员账号的拼写。
online-cause-sdk-app-id = 这个 UserSig 不是为 SDKAppID { $sdkappid } 生成的。请确认 SDKAppID 就是 IM 控制台里与这个密钥同属一个应用的那个。
online-cause-unknown-sdk-app-id = 腾讯云在这个地域找不到 SDKAppID 为 { $sdkappid } 的 IM 应用。请从 IM 控制台重新复制 SDKAppID，并选择创建应用时的地域。
online-cause-not-admin = { $admin } 不是 IM 应用 { $sdkappid } 的管理员，服务器因此不予回答。请填写该应用的管理员账号（IM 控制台 → 账号管理），通常是 “administrator”。
online-cause-other = 服务器的说明是：{ $info }。请在腾讯云 IM 错误码表中查找这个错误码。
online-bad-endpoint = { $value } 不是网址：必须以 http:// 或 https:// 开头（请检查 MLVB_SETUP_IM_ENDPOINT 或你给出的网址）。
online-offline = 无法连接 { $host }（{ $detail }）。请确认这台电脑已联网、没有被防火墙拦截；如需代理，请设置 HTTPS_PROXY。
online-dns = 无法解析域名 { $host }。请检查网络连接和 DNS 设置；如需代理，请设置 HTTPS_PROXY。
online-tls = 与 { $host } 建立安全连接失败（{ $detail }）。改写 HTTPS 的代理或防火墙、或者不准的时钟都会这样：请检查日期和时间，或把 HTTPS_PROXY 设为你的代理。
online-timeout = { $host } 在 { $seconds } 秒内没有回应。网络可能很慢或被拦截：请重试；如需代理，请设置 HTTPS_PROXY。
online-proxy = 无法使用代理（{ $detail }）。请检查 HTTPS_PROXY、HTTP_PROXY 或 ALL_PROXY 中的地址。
online-dropped = 与 { $host } 的连接在收到完整回应前就断开了。请重试。
online-http-status = { $host } 返回了 HTTP 错误 { $status }，而不是结果。服务可能暂时不可用：请稍后再试。
online-bad-answer = { $host } 返回的内容不是 IM 接口的应答（{ $detail }）。你和腾讯云之间的某个环节（认证页面、代理）可能替换了它：请检查网络后重试。
online-licence-found = 许可证地址能取到许可证（{ $bytes } 字节）：{ $url }
online-licence-missing = 许可证地址返回 HTTP { $status }，不是许可证：{ $url }。请到控制台的许可证页面（云直播 → License 管理）重新复制许可证地址。
online-licence-empty = 许可证地址有回应，但内容为空：{ $url }。请到控制台的许可证页面重新复制许可证地址。
online-key-proven = 控制台生成的 UserSig（用户 { $userid }）能用这个密钥和 SDKAppID 校验通过：密钥正确。
online-key-refuted = 控制台生成的 UserSig 无法用这个密钥校验通过（错误码 { $code }）：{ $cause }
online-usersig-unreadable = 粘贴的 UserSig 无法读取：{ $reason }
online-needs-online = { $flag } 需要联网，只能与 --online 一起使用：请加上 --online，或去掉 { $flag }。
