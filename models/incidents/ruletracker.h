#pragma once

#include "config/inventory.h"
#include "incidents/incident.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Hysteresis over the rules' detections, per Detection::key: a condition is raised once it has held for the rule's
// raise-after time and cleared once it has been absent for its clear-after time, so a flapping node keeps one incident
// and one chain halt is one incident for the network. A detection of level Unknown (stale figures) neither raises nor
// clears: the key keeps its state, and its absence timer does not run while it is unknown.
//
// Cheap and without I/O: meant to run on every evaluation (each second) in the GUI thread.
struct RuleChange
{
    enum class Kind { Raise, Update, Clear };
    Kind kind = Kind::Update;
    QString key;
    Detection detection; // Raise/Update: the latest detection; Clear: the last one seen while it held
    QDateTime since; // Raise: when the condition started to hold; Clear: when it was last seen
    // Update only: severity, level, title or the affected nodes changed (else the condition is simply still holding,
    // with fresher figures).
    bool significant = false;
};

class RuleTracker
{
public:
    explicit RuleTracker(const NetworkConfig &network = {});

    void setNetwork(const NetworkConfig &network);

    // The settings in force for `rule`: the profile's incidents.rules.<rule> over the defaults below.
    bool enabled(const QString &rule) const;
    double raiseAfterSeconds(const QString &rule) const;
    double clearAfterSeconds(const QString &rule) const;
    // The defaults from the network's timing (see ruletracker.cpp for why each).
    static double defaultRaiseAfterSeconds(const QString &rule, const NetworkConfig &network);
    static double defaultClearAfterSeconds(const QString &rule, const NetworkConfig &network);

    // One evaluation's detections (all rules) at `now`: the changes, in the detections' order, then clears.
    QList<RuleChange> update(const QList<Detection> &detections, const QDateTime &now);

    // Keys already open elsewhere (the incident book after a restart): held as raised, so they are updated or cleared
    // rather than raised a second time.
    void restoreRaised(const QStringList &keys, const QDateTime &now);
    bool isRaised(const QString &key) const;
    QStringList raisedKeys() const;
    int pendingCount() const; // conditions holding but not yet raised
    void reset();

private:
    struct Entry
    {
        Detection last;
        QDateTime firstSeen; // start of the current holding run
        QDateTime lastSeen; // the condition last held (known)
        QDateTime absentSince; // invalid while it holds or is unknown
        bool raised = false;
        bool seenThisRound = false;
    };

    NetworkConfig m_network;
    QHash<QString, Entry> m_entries;
};
