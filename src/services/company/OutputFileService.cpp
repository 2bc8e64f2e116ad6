#include "OutputFileService.h"

#include "Database.h"
#include "OutputFile.h"

namespace od {

Status OutputFileService::write(const QString& target, const Fill& fill)
{
    auto written = OutputFile::write(target, m_session.db().path(), [&](QIODevice& device) -> Result<bool> {
        if (auto ok = fill(device); !ok)
            return std::unexpected(ok.error());
        return true;
    });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

} // namespace od
