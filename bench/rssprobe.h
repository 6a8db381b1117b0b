#pragma once

// Peak resident memory of this process (getrusage ru_maxrss). Every scenario runs in a child
// process of its own, so this is the scenario's peak.
namespace RssProbe {
double peakMB();
} // namespace RssProbe
