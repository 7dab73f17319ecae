/* Process-level calls Swift's Glibc module does not offer as such (they need _GNU_SOURCE). */
#ifndef MINGCHA_PROCESS_H
#define MINGCHA_PROCESS_H

#include <sys/types.h>

/* Starts `path` with `argv` (NULL-terminated) and the parent's environment: standard input,
 * output and error on `in_fd`, `out_fd` and `err_fd` (/dev/null for any that is < 0), every other
 * descriptor closed, signal mask empty and every signal at its default action. Returns the pid,
 * or -errno when the child could not be started.
 *
 * Why not Foundation's Process: it closes the descriptors one file action each, up to the
 * descriptor limit (20 000 here, often 1 048 576 in containers), for every child of a batch;
 * glibc's closefrom action closes them all at once. */
pid_t mingcha_spawn(const char *path, char *const argv[], int in_fd, int out_fd, int err_fd);

/* How many CPUs this process may run on (its affinity mask: taskset, a container's cpuset),
 * at least 1; 0 when the mask cannot be read. */
int mingcha_usable_cpus(void);

#endif
