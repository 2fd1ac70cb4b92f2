# 操作系统错误的说法，各处通用。参数见 src/messages/general.rs。
io-not-found = 不存在
io-permission-denied = 没有权限
io-no-space = 磁盘已满
io-already-exists = 已有同名的文件或文件夹
io-is-a-folder = 这是一个文件夹，不是文件
io-not-a-folder = 路径中有一段是文件而不是文件夹
io-invalid-data = 内容已损坏或不完整
io-timed-out = 耗时过长
io-interrupted = 被中断
io-other = { $detail }
raw-text = { $text }
