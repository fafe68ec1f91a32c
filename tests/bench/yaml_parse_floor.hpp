#pragma once
// The least time any listing of these scripts can take while it reads them with yaml-cpp: every
// script parsed once, to events that are thrown away, on every core. Measured in the same run as
// palet, it tells how much of a cold listing is yaml-cpp itself on this machine.

#include <QByteArray>

#include <cstdint>
#include <vector>

// Wall nanoseconds to parse all `scripts` with `threads` threads sharing them out.
std::int64_t yamlParseFloorNs(const std::vector<QByteArray>& scripts, unsigned threads);
