// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace redletter {

/*!
 * Installs the app's translations: the English plural forms ("1 part", "2 parts"), then the
 * locale's translation and Qt's own. runApplication() does it; tests and benchmarks may too.
 */
void installTranslators(QCoreApplication &app);

//! Loads the resources compiled into the app (default catalog, icons, translations). Idempotent.
void initResources();

//! The whole program: parses the command line, then runs a command or the window.
int runApplication(int argc, char *argv[]);

} // namespace redletter
