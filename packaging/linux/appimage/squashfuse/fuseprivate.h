/*
 * The few declarations runtime.c takes from squashfuse's private header, which Debian's
 * libsquashfuse-dev (0.1.105, bookworm) does not install; the functions themselves are in its
 * libsquashfuse_ll.a. Written for mlvb-setup against that version's ABI:
 *   - sqfs_opts has that version's layout (no subdir, uid, gid, notify_pipe), which its
 *     sqfs_opt_proc fills in; runtime.c only touches the fields below;
 *   - sqfs_usage takes two arguments there (0.5 added a third), hence the macro.
 */
#ifndef MLVB_SQFS_FUSEPRIVATE_H
#define MLVB_SQFS_FUSEPRIVATE_H

#include <stdbool.h>
#include <sys/statvfs.h>
#include <squashfuse/squashfuse.h>
#include <fuse3/fuse.h>
#include <fuse3/fuse_lowlevel.h>

typedef struct {
	char *progname;
	const char *image;
	int mountpoint;
	size_t offset;
	unsigned int idle_timeout_secs;
} sqfs_opts;

int sqfs_opt_proc(void *data, const char *arg, int key, struct fuse_args *outargs);
int sqfs_listxattr(sqfs *fs, sqfs_inode *inode, char *buf, size_t *size);
int sqfs_statfs(sqfs *sq, struct statvfs *st);
void sqfs_usage(char *progname, bool fuse_usage);
#define sqfs_usage(progname, fuse_usage, ll_usage) (sqfs_usage)(progname, fuse_usage)

#endif
