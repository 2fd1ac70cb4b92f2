# Conditions only the window reports. Arguments: see src/messages/window.rs.
keychain-not-used = the keychain is not used in this session
keychain-no-access = no keychain service answered ({ $detail })
keychain-failed = the keychain failed ({ $detail })
keychain-bad-data = what the keychain holds for mlvb-setup is not text
keychain-ambiguous = the keychain holds more than one key for mlvb-setup
keychain-none = this system has no keychain mlvb-setup can use
thread-failed = no background thread could be started: { $reason }
settings-write-failed = { $path } could not be written: { $reason }
open-no-desktop = no browser or file manager could be started on this desktop
open-not-a-folder = { $path } is not a folder (any more)
open-refused = the system would not open it ({ $detail })
dialog-did-not-open = no file dialog could be opened on this desktop (or it was closed at once)
