#include "StepChange.h"

namespace idesk {

StepChange::StepChange(QString text, Topics topics, Step apply, Step revert,
                       std::shared_ptr<const qint64> made)
    : Change(std::move(text), topics)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
    , m_made(std::move(made))
{}

ChangePtr StepChange::make(QString text, Topics topics, Step apply, Step revert,
                           std::shared_ptr<const qint64> made)
{
    return std::make_shared<StepChange>(std::move(text), topics, std::move(apply),
                                        std::move(revert), std::move(made));
}

} // namespace idesk
