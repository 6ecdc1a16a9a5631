#pragma once

// Shared by the fuzz targets. A target defines LLVMFuzzerTestOneInput and checks properties with fuzzViolated();
// under libFuzzer the abort is the crash libFuzzer saves, under g++ fuzzdriver.cpp names the input that broke it.

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzzsupport {

// The input being run by the replay driver (a file name or "mutation N"); nullptr under libFuzzer.
inline const char *currentInput = nullptr;

[[noreturn]] inline void violated(const char *property)
{
    std::fprintf(stderr, "fuzz property violated: %s%s%s\n", property, currentInput ? " on input " : "",
        currentInput ? currentInput : "");
    std::abort();
}

inline QByteArrayView view(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace fuzzsupport
