#pragma once

#include "development/StandardsRating.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace idesk {

struct StandardItem
{
    QString code; // "2.4": standard 2, item 4
    int standard = 0;
    QString text;
};

struct Standard
{
    int number = 0;
    QString title;
    QString summary;
    QList<StandardItem> items;
};

// The National Standards for school-based ITT mentors, read from data
// (:/development/national-standards.json) with their published wording.
class NationalStandards
{
    Q_DECLARE_TR_FUNCTIONS(NationalStandards)
public:
    static const NationalStandards &shipped();
    static Result<NationalStandards> fromJson(const QByteArray &json);

    QString title() const { return m_title; }
    const QList<Standard> &standards() const { return m_standards; }
    // Every item in published order.
    QList<StandardItem> items() const;
    const StandardItem *item(const QString &code) const;
    const Standard *standard(int number) const;
    // What a rating means, in the standards' own words.
    QString meaning(StandardsRating rating) const;

private:
    QString m_title;
    QList<Standard> m_standards;
    QString m_meaning[3];
};

} // namespace idesk
