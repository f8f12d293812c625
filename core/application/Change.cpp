#include "Change.h"

#include "storage/RowStates.h"

namespace idesk {

Change::Change(QString text, Topics topics)
    : m_text(std::move(text))
    , m_topics(topics)
{}

Change::~Change() = default;

bool Change::mergeWith(const Change &)
{
    return false;
}

bool Change::absorb(Change &next)
{
    if (!mergeWith(next))
        return false;
    if (next.m_afterApply) {
        if (!m_afterApply)
            m_afterApply = std::make_unique<RowStates>();
        m_afterApply->merge(*next.m_afterApply);
    }
    return true;
}

} // namespace idesk
