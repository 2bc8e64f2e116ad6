#include "CsvProgress.h"

#include <algorithm>

namespace od {

CsvProgress::CsvProgress(CsvProgressCallback callback, qint64 total)
    : m_callback(std::move(callback)), m_total(std::max<qint64>(total, 0)),
      m_stride(std::max<qint64>(1, m_total / 200))
{
    m_nextReport = m_stride;
}

bool CsvProgress::advance(qint64 steps)
{
    m_done = std::min(m_done + steps, m_total);
    if (m_done < m_nextReport && m_done < m_total)
        return !m_cancelled;
    m_nextReport = m_done + m_stride;
    return report();
}

bool CsvProgress::report()
{
    if (m_cancelled)
        return false;
    if (m_callback && !m_callback(m_done, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

} // namespace od
