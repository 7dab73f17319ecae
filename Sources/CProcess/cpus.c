#define _GNU_SOURCE
#include "cprocess.h"

#include <sched.h>

int mingcha_usable_cpus(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0) return 0;
    int n = CPU_COUNT(&set);
    return n > 0 ? n : 1;
}
