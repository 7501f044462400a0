// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace redletter {

//! Loads the resources compiled into the app (default catalog, icons, translations). Idempotent.
void initResources();

//! The whole program: parses the command line, then runs a command or the window.
int runApplication(int argc, char *argv[]);

} // namespace redletter
