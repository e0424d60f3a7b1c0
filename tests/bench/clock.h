/* clock.h: the wall-clock time the benchmark programs read. */
#ifndef LITNN_BENCH_CLOCK_H
#define LITNN_BENCH_CLOCK_H

#include <time.h>

/* Seconds since the epoch, to the nanosecond the system gives. */
static inline double bench_now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

#endif
