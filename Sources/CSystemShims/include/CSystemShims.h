#ifndef HANDSET_CSYSTEMSHIMS_H
#define HANDSET_CSYSTEMSHIMS_H
#include <stddef.h>

/// Linux calls that Glibc's Swift module does not expose (they need _GNU_SOURCE or libcrypt).
int handset_syncfs(int fd);

/// crypt_r(3) from libcrypt (libxcrypt on Debian): hashes `key` with `setting` (e.g. "$6$rounds=5000$salt")
/// into `out`; returns 0 on success, -1 when the method or setting is not supported.
int handset_crypt(const char *key, const char *setting, char *out, size_t out_size);
#endif
