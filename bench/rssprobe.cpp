#include "rssprobe.h"

#include <sys/resource.h>

double RssProbe::peakMB()
{
    struct rusage usage = {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}
