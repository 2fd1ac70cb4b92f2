# 下载 Demo。参数见 src/messages/download.rs。
download-bad-url = { $url } 不是网址：请给出以 https:// 开头的压缩包地址（局域网内的镜像也可以用 http://）。
download-target-exists = { $path } 已存在且不为空，因此不会把 Demo 下载到那里覆盖它。请换一个新文件夹，或先把它移走。
download-parent-missing = 文件夹 { $path } 不存在，无法把 Demo 放进去。请先创建它，或换一个位置。
download-http-status = 服务器返回了 HTTP { $status }，而不是压缩包（{ $url }）。请检查地址；如果是镜像，请确认上面有这个文件。
download-truncated = 连接在收到 { $expected } 字节中的 { $got } 字节后中断，压缩包不完整，已丢弃。请重试。
download-too-large = 压缩包超过 { $limit } 字节，远大于 Demo：请检查地址。
download-not-a-zip = 收到的内容不是完整的 zip 压缩包（{ $detail }），已丢弃。请检查地址（必须指向 .zip 文件）；如果是连接中断，请重试。
download-io = 无法在 { $path } 写入临时文件：{ $reason }。请腾出磁盘空间，或选择一个有写入权限的文件夹。
download-cancelled = 下载已取消，没有留下任何文件。
download-starting = 正在下载 { $url } 到 { $path } …
download-done = Demo 已在 { $path }（{ $size }）；扫描找到 { $files } 个需要填写的文件。
