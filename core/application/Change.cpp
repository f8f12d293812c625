#include "Change.h"

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

} // namespace idesk
