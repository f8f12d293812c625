#pragma once

#include <QtGlobal>

#include <vector>

namespace idesk {

// Week costs remembered by a 64-bit key: open addressing in one flat array,
// so the millions of lookups of a trust's year allocate nothing.
class CostMemo
{
public:
    const qint64 *find(quint64 key) const
    {
        if (m_slots.empty())
            return nullptr;
        const quint64 stored = key + 1; // 0 marks an empty slot
        for (size_t i = spread(key) & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i].key == stored)
                return &m_slots[i].value;
            if (m_slots[i].key == 0)
                return nullptr;
        }
    }

    void insert(quint64 key, qint64 value)
    {
        if ((m_used + 1) * 4 > m_slots.size() * 3)
            grow();
        const quint64 stored = key + 1;
        size_t i = spread(key) & m_mask;
        while (m_slots[i].key != 0 && m_slots[i].key != stored)
            i = (i + 1) & m_mask;
        if (m_slots[i].key == 0)
            ++m_used;
        m_slots[i] = {stored, value};
    }

    void clear()
    {
        m_slots.clear();
        m_used = 0;
        m_mask = 0;
    }

private:
    struct Slot
    {
        quint64 key = 0;
        qint64 value = 0;
    };

    static size_t spread(quint64 key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdULL;
        key ^= key >> 33;
        return size_t(key);
    }

    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
        m_mask = m_slots.size() - 1;
        m_used = 0;
        for (const Slot &s : old) {
            if (s.key != 0)
                insert(s.key - 1, s.value);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_used = 0;
};

} // namespace idesk
