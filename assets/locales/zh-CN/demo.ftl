# 读取 Demo 文件夹或 .zip。参数见 src/messages/demo.rs。
scan-not-found = { $path } 不存在：请选择解压 Demo 的文件夹，或下载的 .zip 文件。
scan-not-a-demo = { $path } 既不是文件夹也不是 .zip 压缩包：请选择 Demo 的文件夹（例如 MLVBSDK-master）或下载的 .zip。
scan-unreadable = 无法读取 { $path }：{ $reason }；请确认它存在并且你有读取权限。
scan-bad-zip = { $path } 不是可读取的 .zip 压缩包（{ $detail }）：请重新下载 Demo。
scan-bad-zip-entry = 无法读取 { $zip } 中的 { $entry }（{ $detail }）：压缩包已损坏或被加密，请重新下载 Demo。
scan-unsafe-zip-entry = 拒绝解压 { $zip }：其中的条目 { $entry }{ $reason }。请先确认它的来源，再用其他工具解压，或从 GitHub 重新下载 Demo。
scan-empty-zip = { $zip } 里没有任何文件：请重新下载 Demo。
scan-destination-exists =
    { $front ->
        [cli] { $path } 已存在：请直接扫描那个文件夹，或把它移走后再解压。
       *[window] { $path } 已存在：可以直接使用这个文件夹，或换一个文件夹解压。
    }
scan-unpack-failed = 无法解压到 { $path }：{ $reason }；没有留下任何残余文件，请解决这个问题后重试。
zip-entry-nul = 含有 NUL 字符
zip-entry-absolute = 是绝对路径
zip-entry-parent = 用 ".." 跳出了目标文件夹
zip-entry-drive = 以盘符开头
zip-entry-colon = 含有 ":"，Windows 会把它当作盘符或隐藏数据流
zip-entry-symlink = 是符号链接
refused-utf16 = 文件以 UTF-16 编码保存；请在编辑器中另存为 UTF-8（“以某种编码保存”→ UTF-8）后重新扫描。
refused-json-not-utf8 = 文件不是 UTF-8 编码，而 JSON 必须使用 UTF-8；请另存为 UTF-8（微信开发者工具就是这样保存的）后重新扫描。
refused-json-invalid = 不是合法的 JSON（{ $detail }）；请修正它，或从下载的 Demo 中恢复（微信开发者工具导入时会重写它），然后重新扫描。
refused-json-no-appid = 这是小程序项目文件，但没有 "appid" 项；请在最外层加上 `"appid": "",`（或在微信开发者工具中导入一次项目），然后重新扫描。
refused-json-appid-not-string = 其中的 "appid" 不是字符串；请写成 `"appid": ""` 后重新扫描。
refused-json-appid-twice = "appid" 出现了不止一次（或用了转义写法）；请只保留一个 `"appid": "…"`，然后重新扫描。
refused-unrecognised-declaration = 声明 { $name } 的写法无法被安全地改写（需要同一行里只有一个字面量，例如 `{ $name } = { $example };`）；请改成这种写法或手动填写，然后重新扫描。
refused-single-quoted = { $name } 的值用了单引号，在这种语言里不是字符串；请改用双引号后重新扫描。
refused-kotlin-template = { $name } 的值用了 Kotlin 字符串模板（$…）；请改成普通字符串字面量后重新扫描。
refused-swift-interpolation = { $name } 的值用了 Swift 字符串插值（\(…)）；请改成普通字符串字面量后重新扫描。
refused-file-unreadable = 无法读取这个文件（{ $reason }）；请检查权限后重新扫描。
refused-folder-unreadable = 无法读取这个文件夹（{ $reason }）；请检查权限后重新扫描。
platform-android = Android
platform-ios = iOS
platform-mini-program = 小程序
platform-other = 其他
refused-symlink = 这是指向 { $target } 的符号链接，而那是一个密钥文件；mlvb-setup 从不通过链接写文件：请用文件的副本替换这个链接（或直接扫描文件所在的文件夹）后重新扫描。
refused-oversized = 这个文件超过 { $mib } MiB，比任何 Demo 的密钥文件都大，因此不会整体读取也不会被修改，但这一行声明了密钥相关的值；请手动填写，或把它移出 Demo 文件夹后重新扫描。
zip-too-many-entries = 使压缩包条目超过 { $max } 个，远多于任何 Demo：请重新下载 Demo
zip-too-large = 会让解压后的 Demo 超过 { $gib } GiB：这不是 Demo 的下载包（可能是压缩炸弹）
zip-too-compressed = 压缩比超过 { $ratio } 比 1，没有哪个 Demo 文件会这样（可能是压缩炸弹）
zip-more-than-declared = 实际数据比文件头声明的多：请重新下载 Demo
licence-call-found = { $call } 调用中，License URL { $url }；License Key { $key }
licence-arg-literal = 直接写在调用里（在此处修改）
licence-arg-declared = 取自第 { $line } 行的 { $name }（在那里修改）
licence-arg-from-code = 由代码设置（{ $name }）：此处不改，它读取的常量在声明处修改
android-app-found = App 模块 { $target }：包名 { $id }
ios-app-found = { $product } { $target }（{ $configuration }）的 Bundle ID 是 { $id }
app-id-computed = { $target }：ID 是计算出来的（{ $written }），不是直接写出的：不做改动；如果你的 License 签发给别的 ID，请自己在那里修改
product-application = 应用
product-app-extension = 应用扩展
