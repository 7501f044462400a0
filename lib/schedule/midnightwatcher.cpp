// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/midnightwatcher.h"

namespace redletter {

// PLACEHOLDER: being written (schedule).
MidnightWatcher::MidnightWatcher(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock) {}
void MidnightWatcher::setBackstopInterval(int) {}
void MidnightWatcher::checkNow() {}
void MidnightWatcher::arm() {}

} // namespace redletter
