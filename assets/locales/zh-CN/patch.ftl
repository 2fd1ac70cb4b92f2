# 规划、写入与还原。参数见 src/messages/patch.rs。
patch-scan-failed = 无法扫描 { $path }：{ $reason }
patch-no-credential-files = 在 { $path } 中没有找到密钥文件：请选择 MLVBSDK 下载后的文件夹（里面有 Android/、iOS/ 或 WXMini/）。
patch-refused = 无法修改 { $path }：{ $reason }；没有写入任何文件。
patch-refused-more =
    { $front ->
        [cli] 无法修改 { $path }：{ $reason }（另有 { $more } 个文件被拒绝，运行 `mlvb-setup scan` 查看）；没有写入任何文件。
       *[window] 无法修改 { $path }：{ $reason }（另有 { $more } 个文件被拒绝，见上方列表）；没有写入任何文件。
    }
patch-changed-while-reading = 读取期间文件被改动了，请重新扫描。
patch-edit-failed = 无法修改 { $reason }；没有写入任何文件。
patch-nothing-to-apply = { $path } 中没有需要改动的内容：所有文件都已是这些值。
patch-unsafe-path = 无法写入 { $path }：{ $reason }；没有做任何改动，请重新扫描 Demo 文件夹。
patch-duplicate-path = { $path } 在计划中出现了两次；没有做任何改动，请重新扫描 Demo 文件夹。
patch-changed-since-plan = { $path } 在生成计划之后被改动了：请重新扫描；没有做任何改动。
patch-vanished = { $path } 已不存在（生成计划后被删除或移动）：请重新扫描；没有做任何改动。
patch-not-regular-file = { $path } 是{ $what }，不是普通文件：mlvb-setup 只写普通文件，请换成文件本身后重试；没有做任何改动。
patch-read-only =
    { $os ->
        [windows] { $path } 是只读文件：请在它的“属性”中取消勾选“只读”（或对它运行 `attrib -r`）后重试；没有做任何改动。
        [macos] { $path } 已锁定或只读：请在访达的“显示简介”中取消勾选“已锁定”，并把自己的权限设为“读与写”（或对它运行 `chmod u+w`）后重试；没有做任何改动。
       *[other] { $path } 是只读文件：请让它可写（对它运行 `chmod u+w`，或请文件所有者修改）后重试；没有做任何改动。
    }
patch-folder-not-writable = 无法在文件夹 { $path } 中创建文件：{ $reason }；请确认该文件夹可写后重试；没有做任何改动。
patch-read-failed = 无法读取 { $path }：{ $reason }；请确认它存在且可读后重试。
patch-backup-write-failed = 无法在 { $path } 写入备份：{ $reason }；没有做任何改动，请腾出磁盘空间或检查文件夹权限后重试。
patch-write-failed = 无法写入 { $path } 的新内容：{ $reason }；没有做任何改动，请腾出磁盘空间后重试。
patch-apply-failed-rolled-back = 无法替换 { $path }：{ $reason }；所有文件都已恢复为原来的内容，等于没有改动，请解决问题后重试。
patch-apply-failed-partly =
    { $front ->
        [cli] 无法替换 { $path }：{ $reason }；部分文件已修改、部分没有：请运行 `mlvb-setup restore` 还原原始文件（它们保存在 { $backup }）。
       *[window] 无法替换 { $path }：{ $reason }；部分文件已修改、部分没有：请点击“撤销”还原原始文件（它们保存在 { $backup }）。
    }
restore-nothing = { $path } 中没有可还原的内容：mlvb-setup 在这里没有尚未还原的修改。
restore-edited-since-patch =
    { $front ->
        [cli] { $paths }（共 { $count } 个文件）在修改之后又被编辑过：还原会丢掉这些编辑。请先撤回它们，或用 --force 强制还原为原始内容；没有做任何改动。
       *[window] { $paths }（共 { $count } 个文件）在修改之后又被编辑过：撤销会丢掉这些编辑，请先手动撤回它们；没有做任何改动。
    }
restore-manifest-unreadable = 备份清单 { $path } 无法使用：{ $reason }；没有做任何改动。
restore-backup-corrupt = 备份的副本 { $path } 已损坏（内容与清单不符）；没有做任何改动，请从版本控制或重新下载的 Demo 中找回原始文件。
restore-failed =
    { $front ->
        [cli] 无法还原 { $path }：{ $reason }；已经还原的文件保持还原状态，请解决问题后再次运行 restore。
       *[window] 无法还原 { $path }：{ $reason }；已经还原的文件保持还原状态，请解决问题后再次点击“撤销”。
    }
restore-mark-failed = 所有文件都已还原，但无法把备份 { $path } 标记为已还原：{ $reason }；再次还原是安全的。
unsafe-path-empty = 路径为空
unsafe-path-not-unicode = 路径不是有效的 Unicode
unsafe-path-inside-backup = 它位于 mlvb-setup 自己的备份文件夹中
unsafe-path-outside-demo = 只能写入 Demo 文件夹内、不含 `..` 的路径
unsafe-path-link-outside = 它所在的文件夹是指向 Demo 文件夹之外的链接
not-a-file-symlink = 符号链接
not-a-file-folder = 文件夹
not-a-file-special = 特殊文件
manifest-not-json = 它不是 mlvb-setup 写的清单（{ $detail }）
manifest-version = 它的格式版本是 { $found }，而当前 mlvb-setup 只能读取版本 { $supported }：请使用做出这次修改的那个 mlvb-setup。
edit-changed-since-scan = { $path } 在扫描之后被改动了（其中的值已不在原来的位置）；请重新扫描 Demo，再修改。
edit-refused = { $path }：{ $reason }
edit-needs-utf8 = { $path } 第 { $line } 行：新的{ $value }含有非 ASCII 字符，但这个 Objective-C 文件不是 UTF-8 编码，存不下这些字符；请另存为 UTF-8（Xcode：文件检查器 → 文本编码 → Unicode (UTF-8)）后重新扫描。
note-expire-zero-asked = 按要求把 { $name } 设为 0：所有 UserSig 都会立即过期（错误 70001）。
note-expire-corrected-zero = { $name } 原为 { $written }，会让所有 UserSig 立即过期（错误 70001）；已改为 { $seconds }（7 天）。
note-expire-corrected-not-seconds = { $name } 原为 { $written }，不是以秒计的有效期；已改为 { $seconds }（7 天）。
note-git-uncommitted = 这个文件在 git 中有未提交的改动：请先提交或暂存，这样才能把 mlvb-setup 的修改和你自己的改动区分开。
note-git-untracked = 这个文件没有被 git 跟踪：请先提交它，这样 git 才能显示并撤销 mlvb-setup 的修改。
note-value-not-declared = 给出的{ $value }没有写入：这个 Demo 中没有文件声明它。
note-set-at-run-time = { $path } 第 { $line } 行的 { $name } 在运行时才从参数或变量取值，所以没有改动：请确认调用它的地方传入了你的值。
note-licence-android-ids =
    { $front ->
        [cli] License 只在包名与签发时一致的应用里有效；这个 Demo 的 Android 应用包名是 { $ids }：如果你的 License 签发给别的包名，请加上 --android-package 再运行一次 patch，它会改写这些包名。
       *[window] License 只在包名与签发时一致的应用里有效；这个 Demo 的 Android 应用包名是 { $ids }：如果你的 License 签发给别的包名，请填写它，mlvb-setup 会改写这些包名。
    }
note-licence-ios-ids =
    { $front ->
        [cli] License 只在 Bundle ID 与签发时一致的应用里有效；这个 Demo 的 iOS 应用是 { $ids }：如果你的 License 签发给别的 Bundle ID，请加上 --ios-bundle-id 再运行一次 patch，它会改写这些 ID。
       *[window] License 只在 Bundle ID 与签发时一致的应用里有效；这个 Demo 的 iOS 应用是 { $ids }：如果你的 License 签发给别的 Bundle ID，请填写它，mlvb-setup 会改写这些 ID。
    }
note-at = { $place }：{ $note }
value-sdk-app-id = SDKAppID
value-secret-key = 密钥
value-expire-time = EXPIRETIME
value-license-url = License URL
value-license-key = License Key
value-push-domain = 推流域名
value-play-domain = 播放域名
value-live-url-key = 推流鉴权 Key
value-app-id = AppID
value-tencent-cloud-app-id = 腾讯云 APPID
value-android-application-id = Android 包名（applicationId）
value-ios-bundle-id = iOS 的 Bundle ID
patch-locked = { $holder }正在修改或还原 { $path }：请等它完成后再试（没有做任何改动）。
patch-untrusted-state = { $path } 不是 mlvb-setup 创建的文件夹（而是链接或文件），因此不会使用它：如果它是随下载一起来的，请删除后重试；没有做任何改动。
restore-foreign-backup = 备份 { $path } 不是为这个 Demo 文件夹做的（它记录的是 { $made_for }）：它可能是随下载的压缩包一起来的，因此不会使用；如果你移动过 Demo 文件夹，请移回原处再还原；没有做任何改动。
patch-hard-linked = { $path } 有 { $links } 个名字（硬链接）：替换它会让其他名字仍指向旧内容；请先把它变成单独的文件（例如用 `cp --remove-destination` 复制到自身）后重试；没有做任何改动。
lock-holder-pid = 另一个 mlvb-setup（进程 { $pid }）
lock-holder-unknown = 另一个 mlvb-setup
intent-version = 中断记录的格式版本是 { $found }，当前 mlvb-setup 无法读取：请使用生成它的那个 mlvb-setup。
unsafe-path-folder-is-link = 它所在的文件夹 { $folder } 是符号链接；mlvb-setup 从不通过链接写文件
unsafe-path-not-a-folder = { $folder } 是链接或不是文件夹
edit-out-of-range = { $path } 第 { $line } 行：{ $value } 超出了 { $name } 的范围，它被声明为 `{ $declared }`（最大 2147483647）：请选择不超过 2147483647 的值（javac 会拒绝更大的数，Objective-C 会把它变成负数）。
