#define _GNU_SOURCE
#include <crypt.h>
#include <string.h>
#include <unistd.h>
#include "CSystemShims.h"

/* syncfs(2): flush one file system in one call instead of one fsync per file. */
int handset_syncfs(int fd) { return syncfs(fd); }

/* crypt_r with its state on the stack, so callers on several threads never share it. */
int handset_crypt(const char *key, const char *setting, char *out, size_t out_size) {
    struct crypt_data data;
    memset(&data, 0, sizeof data);
    const char *hash = crypt_r(key, setting, &data);
    /* libxcrypt returns a string starting with '*' on failure instead of NULL. */
    if (hash == NULL || hash[0] == '*' || strlen(hash) + 1 > out_size) return -1;
    memcpy(out, hash, strlen(hash) + 1);
    return 0;
}
