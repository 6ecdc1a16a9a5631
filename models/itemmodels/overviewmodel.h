#pragma once

#include "analysis/validatoranalysis.h"

#include <QList>
#include <QObject>
#include <QString>

class BlockAnalysisCache;
class NetworkState;
class QTimer;

// The Overview page's figures as properties over NetworkState: chain height, time since the last block, the block
// interval against the target period, validators signing against the quorum, nodes up by type and institution, and
// how fresh the data is. Each figure comes with a StatusLevel (as int) so that any view can show it with colour,
// icon and text. Clock-dependent figures (ages) change without any state signal: call refresh() periodically.
class OverviewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasData READ hasData NOTIFY changed)
    Q_PROPERTY(QString emptyReason READ emptyReason NOTIFY changed)
    Q_PROPERTY(qint64 chainHeight READ chainHeight NOTIFY changed)
    Q_PROPERTY(qint64 lastBlockAgeMs READ lastBlockAgeMs NOTIFY changed)
    Q_PROPERTY(int lastBlockLevel READ lastBlockLevel NOTIFY changed)
    Q_PROPERTY(double lastIntervalSeconds READ lastIntervalSeconds NOTIFY changed)
    Q_PROPERTY(double averageIntervalSeconds READ averageIntervalSeconds NOTIFY changed)
    Q_PROPERTY(double targetPeriodSeconds READ targetPeriodSeconds NOTIFY changed)
    Q_PROPERTY(int intervalLevel READ intervalLevel NOTIFY changed)
    Q_PROPERTY(int signers READ signers NOTIFY changed)
    Q_PROPERTY(int validatorCount READ validatorCount NOTIFY changed)
    Q_PROPERTY(int quorum READ quorum NOTIFY changed)
    Q_PROPERTY(int quorumMargin READ quorumMargin NOTIFY changed)
    Q_PROPERTY(int signingLevel READ signingLevel NOTIFY changed)
    Q_PROPERTY(int nodesUp READ nodesUp NOTIFY changed)
    Q_PROPERTY(int nodesTotal READ nodesTotal NOTIFY changed)
    Q_PROPERTY(int nodesLevel READ nodesLevel NOTIFY changed)
    Q_PROPERTY(qint64 freshnessMs READ freshnessMs NOTIFY changed)
    Q_PROPERTY(int freshnessLevel READ freshnessLevel NOTIFY changed)
    Q_PROPERTY(int openIncidents READ openIncidents CONSTANT)
public:
    // Blocks averaged for averageIntervalSeconds.
    static constexpr int IntervalSamples = 20;

    struct NodeGroup
    {
        QString name; // node type display name or institution name
        int up = 0;
        int down = 0; // reported down
        int total = 0; // configured; total - up - down have not been observed yet
        StatusLevel level = StatusLevel::Unknown;
    };

    explicit OverviewModel(NetworkState *state, QObject *parent = nullptr);
    ~OverviewModel() override;

    bool hasData() const { return m_hasData; }
    QString emptyReason() const { return m_emptyReason; }
    qint64 chainHeight() const { return m_height; } // -1: unknown
    qint64 lastBlockAgeMs() const { return m_lastBlockAgeMs; } // -1: no block
    int lastBlockLevel() const { return int(m_lastBlockLevel); }
    double lastIntervalSeconds() const { return m_lastInterval; } // -1: fewer than two consecutive blocks
    double averageIntervalSeconds() const { return m_averageInterval; }
    double targetPeriodSeconds() const;
    int intervalLevel() const { return int(m_intervalLevel); }
    int signers() const { return m_signers; } // of the newest analysed block; -1: none
    int validatorCount() const { return m_validators; }
    int quorum() const { return m_quorum; }
    int quorumMargin() const { return m_quorumMargin; }
    int signingLevel() const { return int(m_signingLevel); }
    QList<QByteArray> missingSigners() const { return m_missing; }
    quint64 signingBlock() const { return m_signingBlock; }
    int nodesUp() const { return m_nodesUp; }
    int nodesTotal() const { return m_nodesTotal; }
    int nodesLevel() const { return int(m_nodesLevel); }
    QList<NodeGroup> nodesByType() const { return m_byType; }
    QList<NodeGroup> nodesByInstitution() const { return m_byInstitution; }
    qint64 freshnessMs() const { return m_freshnessMs; } // age of the newest observation; -1: none
    int freshnessLevel() const { return int(m_freshnessLevel); }
    // Incidents arrive in a later version: always 0, and the view says so.
    int openIncidents() const { return 0; }

    double fastIntervalSeconds() const; // SLA limits (10 s / 30 s for RBB)
    double slowIntervalSeconds() const;

    // Recomputes every figure now; emits changed() when any differs.
    void refresh();

signals:
    void changed();

private:
    void scheduleRefresh();

    NetworkState *m_state;
    BlockAnalysisCache *m_cache;
    QTimer *m_coalesce;

    bool m_hasData = false;
    QString m_emptyReason;
    qint64 m_height = -1;
    qint64 m_lastBlockAgeMs = -1;
    StatusLevel m_lastBlockLevel = StatusLevel::Unknown;
    double m_lastInterval = -1;
    double m_averageInterval = -1;
    StatusLevel m_intervalLevel = StatusLevel::Unknown;
    int m_signers = -1;
    int m_validators = 0;
    int m_quorum = 0;
    int m_quorumMargin = 0;
    quint64 m_signingBlock = 0;
    QList<QByteArray> m_missing;
    StatusLevel m_signingLevel = StatusLevel::Unknown;
    int m_nodesUp = 0;
    int m_nodesTotal = 0;
    StatusLevel m_nodesLevel = StatusLevel::Unknown;
    QList<NodeGroup> m_byType;
    QList<NodeGroup> m_byInstitution;
    qint64 m_freshnessMs = -1;
    StatusLevel m_freshnessLevel = StatusLevel::Unknown;
};
