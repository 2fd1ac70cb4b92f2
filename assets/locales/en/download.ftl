# Downloading the demo. Arguments: see src/messages/download.rs.
download-bad-url = { $url } is not a web address: give the archive's address starting with https:// (or http:// for a mirror on your network).
download-target-exists = { $path } already exists and is not empty, so the demo is not downloaded over it. Choose a new folder, or move that one away first.
download-parent-missing = The folder { $path } does not exist, so the demo cannot be put in it. Create it first, or choose another place.
download-http-status = The server answered HTTP { $status } instead of the archive ({ $url }). Check the address; for a mirror, check that it has the file.
download-truncated = The connection ended after { $got } of { $expected } bytes, so the archive is incomplete and was thrown away. Try again.
download-too-large = The archive is larger than { $limit } bytes, far more than the demo: check the address.
download-not-a-zip = What came is not a whole zip archive ({ $detail }), so it was thrown away. Check the address (it must point at a .zip), or try again if the connection was cut.
download-io = A temporary file could not be written at { $path }: { $reason }. Free some space or choose a folder you can write to.
download-cancelled = The download was cancelled; nothing was left behind.
download-starting = Downloading { $url } into { $path } …
download-done = The demo is in { $path } ({ $size }); the scan found { $files } files to fill in.
