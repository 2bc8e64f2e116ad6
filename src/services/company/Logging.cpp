#include "Logging.h"

#include "AppPaths.h"
#include "OwnerOnlyFile.h"

#include <QFileInfo>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace od {

void Logging::init(const QString& appName, bool toStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    // The log names users and what they did: owner-only, like the database. spdlog creates the
    // file with the process's defaults, so it is made (or mended) here first.
    const QString logFile = AppPaths::logFilePath();
    if (QFileInfo::exists(logFile))
        (void)OwnerOnlyFile::restrict(logFile);
    else
        (void)OwnerOnlyFile::createEmpty(logFile);
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            AppPaths::logFilePath().toStdString(), 5 * 1024 * 1024, 3));
    } catch (const spdlog::spdlog_ex&) {
        // A read-only data folder must not stop the app; stderr still gets the log.
    }
    if (toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        sinks.push_back(err);
    }
    auto logger = std::make_shared<spdlog::logger>(appName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

void Logging::mutation(const QString& user, const QString& action, const QString& subject)
{
    spdlog::info("user={} action={} subject={}", user.toStdString(), action.toStdString(),
                 subject.toStdString());
}

} // namespace od
