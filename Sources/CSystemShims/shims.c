#define _GNU_SOURCE
#include <unistd.h>
#include "CSystemShims.h"

/* syncfs(2): flush one file system in one call instead of one fsync per file. */
int handset_syncfs(int fd) { return syncfs(fd); }
