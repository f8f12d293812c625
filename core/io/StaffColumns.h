#pragma once

#include "io/CsvTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace idesk {

// The fields of a staff list that InductionDesk reads.
enum class StaffField
{
    StaffCode,
    Title,
    FirstName,
    LastName,
    FullName, // "Surname, Forename" or "Forename Surname" when there is no split
    Trn,
    Email,
    Qts,
    JobTitle,
    StartDate,
    EndDate,
    Fte,
    ContractType
};

// Which column holds each field, from the header names school information
// systems use (SIMS, Arbor, Bromcom, ScholarPack and spreadsheets), corrected
// by the user and remembered per source: a source is known by its header.
class StaffColumns
{
    Q_DECLARE_TR_FUNCTIONS(StaffColumns)
public:
    static QList<StaffField> allFields();
    static QString key(StaffField field); // "first_name"
    static std::optional<StaffField> fromKey(const QString &key);
    static QString displayName(StaffField field); // "First name"
    static QStringList synonyms(StaffField field);

    // Guesses from the header. Unknown columns are left out.
    static StaffColumns guess(const QStringList &header);
    // The first row among the first few that reads as a staff list header
    // (at least two known names, one of them a name field); 0 when the
    // current header already is; -1 when none is.
    static int findHeaderRow(const CsvTable &table);
    // A stable name for "files with this header", to remember a mapping by.
    static QString sourceKey(const QStringList &header);

    int column(StaffField field) const { return m_columns.value(field, -1); }
    void setColumn(StaffField field, int column);
    bool has(StaffField field) const { return column(field) >= 0; }
    // What must be mapped for a staff list to be read; empty when complete.
    QStringList missing() const;

    // By header name, so a remembered mapping survives reordered columns.
    QJsonObject toJson(const QStringList &header) const;
    static StaffColumns fromJson(const QJsonObject &json, const QStringList &header);

private:
    QHash<StaffField, int> m_columns;
};

} // namespace idesk
