#include "SchoolRepository.h"

#include <QJsonDocument>

namespace idesk {

Result<School> SchoolRepository::school() const
{
    auto q = m_db.exec(QStringLiteral("SELECT urn, name FROM school ORDER BY id LIMIT 1"));
    if (!q)
        return q.error();
    School s;
    if (q->next()) {
        s.urn = q->value(0).toString();
        s.name = q->value(1).toString();
    }
    return s;
}

Status SchoolRepository::setSchool(const School &school)
{
    if (school.name.trimmed().isEmpty())
        return Error::invalid(tr("The school needs a name"));
    if (!school.urn.isEmpty() && !School::isValidUrn(school.urn))
        return Error::invalid(tr("URN \"%1\" must be 6 digits").arg(school.urn));
    return m_db.write([&]() -> Status {
        // One row, kept (its id too) and changed in place.
        const QVariant urn = school.urn.isEmpty() ? QVariant() : QVariant(school.urn);
        auto updated = m_db.exec(QStringLiteral("UPDATE school SET urn = ?, name = ?"),
                                 {urn, school.name.trimmed()});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() > 0)
            return Status::success();
        auto r = m_db.insert(QStringLiteral("INSERT INTO school (urn, name) VALUES (?, ?)"),
                             {urn, school.name.trimmed()});
        return r ? Status::success() : Status(r.error());
    });
}

Result<QString> SchoolRepository::setting(const QString &key, const QString &fallback) const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : fallback;
}

Status SchoolRepository::setSetting(const QString &key, const QString &value)
{
    return m_db.write([&]() -> Status {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM setting WHERE key = ?"), {key}); !r)
            return r.error();
        auto r = m_db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"),
                           {key, value});
        return r ? Status::success() : Status(r.error());
    });
}

int SchoolRepository::mentorCapacity(QDate day) const
{
    const auto v = setting(QStringLiteral("mentor_capacity"));
    bool ok = false;
    const int n = v ? v->toInt(&ok) : 0;
    return ok && n > 0 ? n : ruleSets().forDate(day).mentorCapacity;
}

QJsonObject SchoolRepository::ruleSetOverrides() const
{
    const auto v = setting(QStringLiteral("ruleset_overrides"));
    return v ? QJsonDocument::fromJson(v->toUtf8()).object() : QJsonObject();
}

RuleSetRegistry SchoolRepository::ruleSets() const
{
    return RuleSetRegistry::shipped().withOverrides(ruleSetOverrides());
}

Result<std::optional<QString>> SchoolRepository::storedSetting(const QString &key) const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status SchoolRepository::restoreSetting(const QString &key, const std::optional<QString> &value)
{
    if (value)
        return setSetting(key, *value);
    auto r = m_db.exec(QStringLiteral("DELETE FROM setting WHERE key = ?"), {key});
    return r ? Status::success() : Status(r.error());
}

Status SchoolRepository::setRuleSetOverrides(const QJsonObject &overrides)
{
    if (auto s = RuleSetRegistry::validateOverrides(overrides); !s)
        return s;
    return setSetting(QStringLiteral("ruleset_overrides"),
                      QString::fromUtf8(QJsonDocument(overrides).toJson(QJsonDocument::Compact)));
}

} // namespace idesk
