#pragma once

#include "io/StaffColumns.h"

#include <QtGlobal>

namespace idesk {

// Which fields a row of a staff list gave: a bit per field, because a
// 20,000-row list builds one per row and a hash set per row is most of the
// cost of reading it.
class StaffFieldSet
{
public:
    bool contains(StaffField f) const { return (m_bits & bit(f)) != 0; }
    void insert(StaffField f) { m_bits |= bit(f); }
    void remove(StaffField f) { m_bits &= ~bit(f); }
    StaffFieldSet &operator<<(StaffField f)
    {
        insert(f);
        return *this;
    }
    bool isEmpty() const { return m_bits == 0; }

private:
    static quint32 bit(StaffField f) { return quint32(1) << int(f); }
    quint32 m_bits = 0;
};

} // namespace idesk
