# How operating-system errors are described, in every area. Arguments: see src/messages/general.rs.
io-not-found = it does not exist
io-permission-denied = permission denied
io-no-space = the disk is full
io-already-exists = something of that name already exists
io-is-a-folder = it is a folder, not a file
io-not-a-folder = a part of the path is a file, not a folder
io-invalid-data = its content is damaged or cut short
io-timed-out = it took too long
io-interrupted = it was interrupted
io-other = { $detail }
raw-text = { $text }
