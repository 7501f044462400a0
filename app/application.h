// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLocale;

namespace redletter {

//! Loads the resources compiled into the app (default catalog, icons, translations). Idempotent.
void initResources();

/*!
 * Installs the app's translations: the English plural forms ("1 part", "2 parts"), then the
 * app's translation and Qt's own for @p locale's language as the UI's (menus,
 * dialogs, messages). The page of a reading speaks the reading's language instead
 * (LanguageTranslator). Translators installed by an earlier call are replaced.
 */
void installTranslators(const QLocale &locale);

//! The whole program: parses the command line, then runs a command or the window.
int runApplication(int argc, char *argv[]);

} // namespace redletter
