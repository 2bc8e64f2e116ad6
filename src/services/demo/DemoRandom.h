#pragma once

#include "FixedPoint.h"

#include <QtGlobal>

#include <span>

namespace od {

// A small deterministic generator (splitmix64) for the demo company: the same seed gives the
// same numbers on every platform and Qt version, which std::rand and QRandomGenerator's
// global instance do not promise.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [low, high], both included.
    qint64 between(qint64 low, qint64 high)
    {
        const quint64 span = quint64(high - low) + 1;
        return low + qint64((static_cast<UInt128>(next()) * span) >> 64);
    }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return between(0, 999) < perMille; }

    // An index into `weights`, each chosen in proportion to its weight.
    int weighted(std::span<const int> weights)
    {
        qint64 total = 0;
        for (int w : weights)
            total += w;
        qint64 r = between(0, total - 1);
        for (int i = 0; i < int(weights.size()); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return int(weights.size()) - 1;
    }

    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[size_t(between(0, qint64(items.size()) - 1))];
    }

private:
    quint64 m_state;
};

} // namespace od
