#pragma once

#include <atomic>
#include <functional>

namespace idesk {

// What long work (a file read, planning a term) is given to report its
// progress and notice that it was cancelled. Both may be left empty.
struct TaskControl
{
    std::function<void(int)> progress; // 0 to 100; called on the worker's thread
    const std::atomic_bool *cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(); }
    void report(int percent) const
    {
        if (progress)
            progress(percent);
    }
};

} // namespace idesk
