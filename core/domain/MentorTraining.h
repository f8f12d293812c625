#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace idesk {

enum class TrainingProgramme
{
    EctMentor,
    IttGeneralMentor,
    IttLeadMentor
};

namespace TrainingProgrammes {
QString key(TrainingProgramme programme);
std::optional<TrainingProgramme> fromKey(const QString &key);
} // namespace TrainingProgrammes

// When a mentor's training programme started. A replacement mentor gets a new
// record: the programme starts again from the beginning (domain.md).
struct MentorTraining
{
    qint64 id = 0;
    qint64 mentorId = 0;
    TrainingProgramme programme = TrainingProgramme::EctMentor;
    QDate start;
    qint64 assignmentId = 0;
    QString reason;
};

} // namespace idesk
