#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// Every data source reports one of these; the status bar and `sentinela-cli status` show them.
struct SourceHealth
{
    enum class State { Disabled, Ok, Degraded, Down };
    State state = State::Disabled;
    QString source; // human name of the source, e.g. "Prometheus bndes-l2" or "RPC validator01"
    QString endpoint; // URL it talks to
    QString lastError; // empty when the last reply was good
    QDateTime lastGood; // time of the last good reply (UTC)
    QString detail; // e.g. "serving: bndes-l2 (failover from rnp-l2)" or "namespace QBFT not enabled"

    static QString stateKey(State state); // "ok", "degraded", "down", "disabled"
    QString stateText() const; // translated
};

Q_DECLARE_METATYPE(SourceHealth)
