#pragma once

#include <QList>

#include <algorithm>
#include <chrono>
#include <functional>

namespace od::bench {

// Runs `work` once to warm caches, then `runs` times, and returns the median in milliseconds.
// `prepare` runs untimed before each run (a fresh page cache, say). `work` returns false when
// it failed; the median is then of the runs that worked, or -1 when none did.
inline double medianMs(int runs, const std::function<bool()>& work, const std::function<void()>& prepare = {})
{
    if (prepare)
        prepare();
    work();
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        const auto start = std::chrono::steady_clock::now();
        const bool ok = work();
        const auto end = std::chrono::steady_clock::now();
        if (ok)
            times << std::chrono::duration<double, std::milli>(end - start).count();
    }
    if (times.isEmpty())
        return -1;
    std::sort(times.begin(), times.end());
    const qsizetype n = times.size();
    return n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
}

} // namespace od::bench
