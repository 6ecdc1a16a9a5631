#pragma once

// Shared by the benchmarks: every figure is printed as one line that tests/bench/run.sh collects,
//   BENCH <bench>.<figure>|<what exactly is measured>|<value>|<unit>|<target>|<verdict>
// and each benchmark judges its own targets: in an optimised build (NDEBUG) a missed target is a FAIL and the exit
// code is 1; a Debug build (the dev preset's unoptimised libraries) and a quick run (SENTINELA_BENCH_QUICK=1, smaller
// workloads for CI) only print. A run that could not measure at all is a failure in every build.

#include <QByteArray>
#include <QString>
#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace bench {

enum class Goal { AtMost, Below, AtLeast };

inline bool optimisedBuild()
{
#ifdef NDEBUG
    return true;
#else
    return false;
#endif
}

// Quick mode: the environment variable SENTINELA_BENCH_QUICK=1 (set by `tests/bench/run.sh --quick`).
inline bool quick()
{
    return qEnvironmentVariableIntValue("SENTINELA_BENCH_QUICK") == 1;
}

class Report
{
public:
    explicit Report(const char *bench)
        : m_bench(QString::fromLatin1(bench))
    {
    }

    // A figure with a target, judged in optimised full runs.
    void figure(const char *name, const QString &what, double value, const char *unit, Goal goal, double target)
    {
        const bool met = goal == Goal::AtMost ? value <= target
            : goal == Goal::Below             ? value < target
                                              : value >= target;
        const char *op = goal == Goal::AtMost ? "<= " : goal == Goal::Below ? "< " : ">= ";
        QString verdict;
        if (!optimisedBuild())
            verdict = met ? QStringLiteral("pass (debug, not judged)") : QStringLiteral("miss (debug, not judged)");
        else if (quick())
            verdict = met ? QStringLiteral("pass (quick, not judged)") : QStringLiteral("miss (quick, not judged)");
        else
            verdict = met ? QStringLiteral("pass") : QStringLiteral("FAIL");
        if (optimisedBuild() && !quick() && !met)
            m_failed = true;
        print(name, what, value, unit, QLatin1StringView(op) + number(target), verdict);
    }

    // A figure printed for information: no target was set for it.
    void info(const char *name, const QString &what, double value, const char *unit)
    {
        print(name, what, value, unit, QStringLiteral("-"), QStringLiteral("info"));
    }

    // The run itself failed (a server did not start, a result is wrong): a failure in every build.
    void runFailed(const char *name, const QString &why)
    {
        m_failed = true;
        print(name, why, std::nan(""), "", QStringLiteral("-"), QStringLiteral("FAIL (run)"));
    }

    bool failed() const { return m_failed; }
    int exitCode() const { return m_failed ? 1 : 0; }

private:
    static QString number(double v)
    {
        if (std::isnan(v))
            return QStringLiteral("-");
        const double a = std::abs(v);
        return QString::number(v, 'f', a >= 1000 ? 0 : a >= 10 ? 1 : a >= 0.1 ? 2 : 4);
    }

    void print(const char *name, const QString &what, double value, const char *unit, const QString &target,
        const QString &verdict)
    {
        QTextStream out(stdout);
        out << "BENCH " << m_bench << '.' << name << '|' << QString(what).replace(u'|', u'/') << '|' << number(value)
            << '|' << unit << '|' << target << '|' << verdict << Qt::endl;
    }

    QString m_bench;
    bool m_failed = false;
};

} // namespace bench
