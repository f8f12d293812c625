#pragma once

#include "development/StandardsProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace idesk {

// The one-page standards summary for one mentor, as data: the ui draws it,
// the tests read it. A mentor's own view of where support would help; it
// grades nobody.
struct StandardsSummary
{
    struct Row
    {
        StandardItem item;
        std::optional<StandardsRating> rating;
        QDate date;
        int ratings = 0; // how many times the item has been rated
    };
    struct Section
    {
        int number = 0;
        QString title;
        QList<Row> rows;
    };

    QString school;
    QString mentor;
    QString roles; // "ECT mentor, ITT general mentor"
    QDate produced;
    QDate lastAssessed;
    QString standardsTitle;
    QList<Section> sections;
    QList<SupportNeed> plan;
    QStringList training; // one line per programme
    int red = 0;
    int amber = 0;
    int green = 0;
    int notRated = 0;
};

} // namespace idesk
