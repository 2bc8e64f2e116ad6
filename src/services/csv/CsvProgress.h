#pragma once

#include <QtGlobal>

#include <functional>

namespace od {

// Called now and then during an import or export with the work done so far and the total
// (units are only meaningful as a fraction). Returning false cancels.
using CsvProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// Reports progress about 200 times over a run, not once per row, so a GUI listening through a
// queued signal is not flooded; remembers a cancel.
class CsvProgress
{
public:
    CsvProgress(CsvProgressCallback callback, qint64 total);

    // Moves on by `steps`; false once the user has cancelled.
    bool advance(qint64 steps = 1);
    // Reports the current position unconditionally (start and end of a run).
    bool report();
    bool cancelled() const { return m_cancelled; }
    qint64 done() const { return m_done; }

private:
    CsvProgressCallback m_callback;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_nextReport = 0;
    qint64 m_stride = 1;
    bool m_cancelled = false;
};

} // namespace od
