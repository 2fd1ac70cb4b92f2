/* Cross-check stand-in (see README.md) for the macOS SDK header ring includes. */
#define TARGET_OS_IPHONE 0
#define TARGET_OS_OSX 1
#define TARGET_OS_MAC 1
