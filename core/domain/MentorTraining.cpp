#include "MentorTraining.h"

namespace idesk::TrainingProgrammes {

QString key(TrainingProgramme programme)
{
    switch (programme) {
    case TrainingProgramme::EctMentor:
        return QStringLiteral("ect-mentor");
    case TrainingProgramme::IttGeneralMentor:
        return QStringLiteral("itt-general-mentor");
    case TrainingProgramme::IttLeadMentor:
        return QStringLiteral("itt-lead-mentor");
    }
    return {};
}

std::optional<TrainingProgramme> fromKey(const QString &key)
{
    for (auto p : {TrainingProgramme::EctMentor, TrainingProgramme::IttGeneralMentor,
                   TrainingProgramme::IttLeadMentor}) {
        if (TrainingProgrammes::key(p) == key)
            return p;
    }
    return std::nullopt;
}

} // namespace idesk::TrainingProgrammes
