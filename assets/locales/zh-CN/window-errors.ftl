# 只有窗口会报告的情况。参数见 src/messages/window.rs。
keychain-not-used = 本次运行不使用钥匙串
keychain-no-access = 没有可用的钥匙串服务应答（{ $detail }）
keychain-failed = 钥匙串操作失败（{ $detail }）
keychain-bad-data = 钥匙串中为 mlvb-setup 保存的内容不是文本
keychain-ambiguous = 钥匙串中有不止一个属于 mlvb-setup 的密钥
keychain-none = 这个系统上没有 mlvb-setup 能使用的钥匙串
thread-failed = 无法启动后台线程：{ $reason }
settings-write-failed = 无法写入 { $path }：{ $reason }
open-no-desktop = 这台电脑上没能启动浏览器或文件管理器
open-not-a-folder = { $path } 不是文件夹（或已不存在）
open-refused = 系统没有打开它（{ $detail }）
dialog-did-not-open = 这台电脑上打不开文件选择窗口（或它一打开就关掉了）
