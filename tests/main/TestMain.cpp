// main() for every test binary: a Qt application object (widgets for the UI tests, GUI for the
// document tests) on the offscreen platform, since gtest_discover_tests runs the binary at build
// time, headless.
#include <gtest/gtest.h>

#if defined(OD_TEST_WITH_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(OD_TEST_WITH_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <spdlog/spdlog.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    spdlog::set_level(spdlog::level::warn);
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
