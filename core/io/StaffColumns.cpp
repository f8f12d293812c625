#include "StaffColumns.h"

#include <QCryptographicHash>

namespace idesk {

namespace {
QString folded(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

struct FieldInfo
{
    StaffField field;
    const char *key;
    const char *name;
    // Header names as the common exports write them, compared without case,
    // spaces or punctuation.
    std::initializer_list<const char *> synonyms;
};

const std::initializer_list<FieldInfo> &fields()
{
    static const std::initializer_list<FieldInfo> list{
        {StaffField::StaffCode,
         "staff_code",
         QT_TRANSLATE_NOOP("StaffColumns", "Staff code"),
         {"Staff Code", "StaffCode", "Code", "Teacher Code", "Staff Initials", "Initials",
          "Staff ID Code", "Short Name", "Staff Short Name"}},
        {StaffField::Title,
         "title",
         QT_TRANSLATE_NOOP("StaffColumns", "Title"),
         {"Title", "Salutation", "Legal Title", "Honorific"}},
        {StaffField::FirstName,
         "first_name",
         QT_TRANSLATE_NOOP("StaffColumns", "First name"),
         {"Forename", "Forenames", "First Name", "Firstname", "Given Name", "Given Names",
          "Legal Forename", "Preferred Forename", "Preferred First Name", "Legal First Name"}},
        {StaffField::LastName,
         "last_name",
         QT_TRANSLATE_NOOP("StaffColumns", "Last name"),
         {"Surname", "Last Name", "Lastname", "Family Name", "Legal Surname", "Preferred Surname",
          "Legal Last Name", "Preferred Last Name"}},
        {StaffField::FullName,
         "full_name",
         QT_TRANSLATE_NOOP("StaffColumns", "Full name"),
         {"Name", "Full Name", "Staff Name", "Staff Member", "Employee Name", "Legal Name"}},
        {StaffField::Trn,
         "trn",
         QT_TRANSLATE_NOOP("StaffColumns", "TRN"),
         {"TRN", "Teacher Number", "Teacher Reference Number", "Teacher Ref No", "DfE Number",
          "DfES Number", "DfE Teacher Number", "Teacher Ref", "Teacher Reference"}},
        {StaffField::Email,
         "email",
         QT_TRANSLATE_NOOP("StaffColumns", "Email"),
         {"Email", "Email Address", "Work Email", "Work Email Address", "E-mail", "School Email",
          "Staff Email", "Primary Email", "Main Email Address"}},
        {StaffField::Qts,
         "qts",
         QT_TRANSLATE_NOOP("StaffColumns", "QTS"),
         {"QTS", "QT Status", "Qualified Teacher Status", "QTS Status", "Has QTS",
          "Qualified Teacher", "QTS Date", "Date of QTS"}},
        {StaffField::JobTitle,
         "job_title",
         QT_TRANSLATE_NOOP("StaffColumns", "Job title"),
         {"Job Title", "Post", "Role", "Position", "Job Role", "Staff Role", "Post Title",
          "Job Description"}},
        {StaffField::StartDate,
         "start_date",
         QT_TRANSLATE_NOOP("StaffColumns", "Start date"),
         {"Start Date", "Employment Start Date", "Date of Arrival", "Arrival Date",
          "Contract Start Date", "Date Started", "Service Start Date", "Start"}},
        {StaffField::EndDate,
         "end_date",
         QT_TRANSLATE_NOOP("StaffColumns", "End date"),
         {"End Date", "Date of Leaving", "Leaving Date", "Employment End Date", "Contract End Date",
          "Date Left", "Left Date", "End"}},
        {StaffField::Fte,
         "fte",
         QT_TRANSLATE_NOOP("StaffColumns", "FTE"),
         {"FTE", "Full Time Equivalent", "FTE Hours", "Contract FTE", "Post FTE", "FTE %"}},
        {StaffField::ContractType,
         "contract_type",
         QT_TRANSLATE_NOOP("StaffColumns", "Contract type"),
         {"Contract Type", "Working Pattern", "Employment Type", "Full Time Part Time", "FT/PT",
          "Contract"}},
    };
    return list;
}

const FieldInfo &info(StaffField field)
{
    for (const auto &f : fields()) {
        if (f.field == field)
            return f;
    }
    return *fields().begin();
}
} // namespace

QList<StaffField> StaffColumns::allFields()
{
    static const QList<StaffField> all = [] {
        QList<StaffField> list;
        for (const auto &f : fields())
            list.append(f.field);
        return list;
    }();
    return all;
}

QString StaffColumns::key(StaffField field)
{
    return QLatin1String(info(field).key);
}

std::optional<StaffField> StaffColumns::fromKey(const QString &k)
{
    for (const auto &f : fields()) {
        if (k == QLatin1String(f.key))
            return f.field;
    }
    return std::nullopt;
}

QString StaffColumns::displayName(StaffField field)
{
    return tr(info(field).name);
}

QStringList StaffColumns::synonyms(StaffField field)
{
    QStringList list;
    for (const char *s : info(field).synonyms)
        list.append(QLatin1String(s));
    return list;
}

StaffColumns StaffColumns::guess(const QStringList &header)
{
    StaffColumns columns;
    QList<bool> used(header.size(), false);
    // Exact synonyms first, in the order each field lists them, so "Surname"
    // wins over "Preferred Surname" when both are there.
    for (const auto &f : fields()) {
        for (const char *synonym : f.synonyms) {
            const QString want = folded(QLatin1String(synonym));
            for (int i = 0; i < header.size() && !columns.has(f.field); ++i) {
                if (!used.at(i) && folded(header.at(i)) == want) {
                    columns.setColumn(f.field, i);
                    used[i] = true;
                }
            }
        }
    }
    // A full name is only needed when first and last names are not separate.
    if (columns.has(StaffField::FirstName) && columns.has(StaffField::LastName))
        columns.m_columns.remove(StaffField::FullName);
    return columns;
}

int StaffColumns::findHeaderRow(const CsvTable &table)
{
    const auto score = [](const QStringList &row) {
        const StaffColumns c = guess(row);
        const bool named = c.has(StaffField::LastName) || c.has(StaffField::FullName);
        return named ? int(c.m_columns.size()) : 0;
    };
    if (score(table.header) >= 2)
        return 0;
    const qsizetype look = std::min<qsizetype>(table.rows.size(), 15);
    for (qsizetype i = 0; i < look; ++i) {
        if (score(table.rows.at(i)) >= 2)
            return int(i + 1);
    }
    return -1;
}

QString StaffColumns::sourceKey(const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names.append(folded(h));
    return QString::fromLatin1(
        QCryptographicHash::hash(names.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16));
}

void StaffColumns::setColumn(StaffField field, int column)
{
    if (column < 0)
        m_columns.remove(field);
    else
        m_columns.insert(field, column);
}

QStringList StaffColumns::missing() const
{
    QStringList list;
    if (!has(StaffField::FullName)) {
        if (!has(StaffField::FirstName))
            list.append(displayName(StaffField::FirstName));
        if (!has(StaffField::LastName))
            list.append(displayName(StaffField::LastName));
    }
    if (!has(StaffField::Trn) && !has(StaffField::StaffCode) && !has(StaffField::Email))
        list.append(tr("one of TRN, staff code or email (to recognise people next time)"));
    return list;
}

QJsonObject StaffColumns::toJson(const QStringList &header) const
{
    QJsonObject json;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value() < header.size())
            json.insert(key(it.key()), header.at(it.value()));
    }
    return json;
}

StaffColumns StaffColumns::fromJson(const QJsonObject &json, const QStringList &header)
{
    StaffColumns columns;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto field = fromKey(it.key());
        const qsizetype column = header.indexOf(it.value().toString());
        if (field && column >= 0)
            columns.setColumn(*field, int(column));
    }
    return columns;
}

} // namespace idesk
