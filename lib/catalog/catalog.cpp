// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"

namespace redletter {

// PLACEHOLDER: being written (catalog).
class Catalog::Private {};
Catalog::Catalog() : d(new Private) {}
Catalog::~Catalog() = default;
QString Catalog::defaultPath() { return {}; }
bool Catalog::open(const QString &, QString *error) { *error = QStringLiteral("not implemented"); return false; }
void Catalog::close() {}
bool Catalog::isOpen() const { return false; }
QString Catalog::path() const { return {}; }
int Catalog::latestSchemaVersion() { return 0; }
int Catalog::schemaVersion() const { return 0; }
bool Catalog::importReading(const Reading &, const QString &, bool, ImportOutcome *, QString *error) { *error = QStringLiteral("not implemented"); return false; }
bool Catalog::importReadings(const QVector<Reading> &, bool, QString *error) { *error = QStringLiteral("not implemented"); return false; }
std::optional<Reading> Catalog::reading(const QString &) const { return std::nullopt; }
std::optional<CatalogEntry> Catalog::entry(const QString &) const { return std::nullopt; }
QVector<CatalogEntry> Catalog::entries() const { return {}; }
int Catalog::readingCount() const { return 0; }
QVector<ServedDay> Catalog::history() const { return {}; }
std::optional<ServedDay> Catalog::servedOn(const QDate &) const { return std::nullopt; }
bool Catalog::recordServed(const QDate &, const QString &, const QDateTime &, QString *error) { *error = QStringLiteral("not implemented"); return false; }
QString Catalog::lastError() const { return {}; }
QString Catalog::connectionName() const { return {}; }

} // namespace redletter
