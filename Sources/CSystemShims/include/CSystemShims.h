#ifndef HANDSET_CSYSTEMSHIMS_H
#define HANDSET_CSYSTEMSHIMS_H
/// Linux calls that Glibc's Swift module does not expose (they need _GNU_SOURCE).
int handset_syncfs(int fd);
#endif
