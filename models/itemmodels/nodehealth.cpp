#include "nodehealth.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

QString severityMarker(Severity severity)
{
    switch (severity) {
    case Severity::Unknown:
        return u"? "_s;
    case Severity::Ok:
        return {};
    case Severity::Warning:
        return u"⚠ "_s;
    case Severity::Critical:
        return u"✖ "_s;
    }
    return {};
}

Severity worst(Severity a, Severity b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

NodeThresholds NodeThresholds::forNetwork(const NetworkConfig &network)
{
    NodeThresholds t;
    const double period = network.blockPeriodSeconds > 0 ? network.blockPeriodSeconds : 1;
    const double poll = std::max(1, network.polling.nodeStatusMs) / 1000.0;
    const ServiceLevels &sl = network.serviceLevels;
    t.lagWarningBlocks = static_cast<quint64>(std::max(2.0, std::ceil(poll / period)));
    t.lagCriticalBlocks = static_cast<quint64>(std::max(5.0, std::ceil(sl.slowIntervalSeconds / period)));
    t.headAgeWarningSeconds = std::max(3 * period, sl.fastIntervalSeconds) + poll;
    t.headAgeCriticalSeconds = std::max(8 * period, sl.slowIntervalSeconds) + poll;
    t.staleSeconds = 3 * poll;
    return t;
}

Severity NodeThresholds::lag(quint64 blocksBehind) const
{
    if (blocksBehind > lagCriticalBlocks)
        return Severity::Critical;
    return blocksBehind > lagWarningBlocks ? Severity::Warning : Severity::Ok;
}

Severity NodeThresholds::headAge(double seconds) const
{
    if (seconds < 0)
        return Severity::Unknown;
    if (seconds > headAgeCriticalSeconds)
        return Severity::Critical;
    return seconds > headAgeWarningSeconds ? Severity::Warning : Severity::Ok;
}

Severity NodeThresholds::peers(int count, int limit) const
{
    if (count < 0)
        return Severity::Unknown;
    if (count == 0)
        return Severity::Critical;
    if (limit > 0 && static_cast<double>(count) >= peerShareWarning * limit)
        return Severity::Warning;
    return Severity::Ok;
}

Severity NodeThresholds::up(const Figure<bool> &figure) const
{
    if (!figure.isSet())
        return Severity::Unknown;
    if ((figure.rpc.isSet() && !figure.rpc.value) || (figure.prometheus.isSet() && !figure.prometheus.value))
        return Severity::Critical;
    return Severity::Ok;
}

Severity NodeThresholds::inSync(const Figure<bool> &syncing) const
{
    if (!syncing.isSet())
        return Severity::Unknown;
    return syncing.value() ? Severity::Warning : Severity::Ok;
}
