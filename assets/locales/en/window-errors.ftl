# Conditions only the window reports. Arguments: see src/messages/window.rs.
keychain-not-used = the keychain is not used in this session
keychain-no-access = no keychain service answered ({ $detail })
keychain-failed = the keychain failed ({ $detail })
keychain-bad-data = what the keychain holds for mlvb-setup is not text
keychain-ambiguous = the keychain holds more than one key for mlvb-setup
keychain-none = this system has no keychain mlvb-setup can use
thread-failed = no background thread could be started: { $reason }
settings-write-failed = { $path } could not be written: { $reason }
