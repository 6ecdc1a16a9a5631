#pragma once

// A test that needs a tool, a server or a file the machine may lack skips without it on a developer's machine, but
// fails under CI=true: CI installs everything (scripts/setup.sh), so a missing piece there is a broken setup, and a
// skip would let the suite pass without running the test.

#include <QString>
#include <QTest>

namespace testsupport {

inline bool underCi()
{
    return qEnvironmentVariable("CI").trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace testsupport

// `message` is a const char * (a literal or qPrintable(...)). Only in a test function returning void, like QSKIP.
#define SENTINELA_REQUIRE_OR_SKIP(condition, message)                                                                   \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            if (testsupport::underCi())                                                                                \
                QFAIL(message);                                                                                        \
            else                                                                                                       \
                QSKIP(message);                                                                                        \
        }                                                                                                              \
    } while (false)
