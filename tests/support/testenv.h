#pragma once

#include <QString>
#include <QtTest/QTest>

// Services a test needs but cannot start itself (PostgreSQL, a keyring) are started by
// scripts/test.sh. Without them a test skips and says why; under CI=true it fails instead,
// so a missing service can never pass silently.
namespace TestEnv {
inline bool isCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}
} // namespace TestEnv

#define USERSYNC_REQUIRE(condition, why)                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            if (TestEnv::isCi())                                                                   \
                QFAIL(qPrintable(QStringLiteral("required under CI=true: ") + (why)));             \
            QSKIP(qPrintable(QString(why)));                                                       \
        }                                                                                          \
    } while (false)

#include "store/result.h"

namespace TestEnv {
inline bool isOk(const StoreError &error)
{
    return !error.isError();
}
inline QString errorText(const StoreError &error)
{
    return error.message() + QStringLiteral(" [") + error.detail() + QLatin1Char(']');
}
template<typename T>
bool isOk(const Result<T> &result)
{
    return result.ok();
}
template<typename T>
QString errorText(const Result<T> &result)
{
    return errorText(result.error());
}
} // namespace TestEnv

// Verifies that a StoreError is empty or a Result holds a value, printing the error otherwise.
#define USERSYNC_VERIFY_OK(expression)                                                             \
    do {                                                                                           \
        const auto &usersyncResult_ = (expression);                                                \
        QVERIFY2(TestEnv::isOk(usersyncResult_), qPrintable(TestEnv::errorText(usersyncResult_))); \
    } while (false)
