#pragma once

#include "analysis/health.h"
#include "analysis/validatoranalysis.h"

#include <QList>
#include <QObject>
#include <QString>

class BlockAnalysisCache;
class NetworkState;
class QTimer;

// The Overview page's figures as properties over NetworkState, all read from one judgeNetwork() verdict (the same
// function `sentinela-cli status` calls): chain height, time since the last block and the path it was seen through,
// the block interval against the target, validators sealing in the signing window against the quorum, nodes up by
// type and institution, and how fresh the data is. Each figure comes with a HealthLevel (as int). Clock-dependent
// figures (ages) change without any state signal: call refresh() periodically.
class OverviewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasData READ hasData NOTIFY changed)
    Q_PROPERTY(QString emptyReason READ emptyReason NOTIFY changed)
    Q_PROPERTY(int level READ level NOTIFY changed)
    Q_PROPERTY(qint64 chainHeight READ chainHeight NOTIFY changed)
    Q_PROPERTY(qint64 lastBlockAgeMs READ lastBlockAgeMs NOTIFY changed)
    Q_PROPERTY(int lastBlockLevel READ lastBlockLevel NOTIFY changed)
    Q_PROPERTY(double lastIntervalSeconds READ lastIntervalSeconds NOTIFY changed)
    Q_PROPERTY(double averageIntervalSeconds READ averageIntervalSeconds NOTIFY changed)
    Q_PROPERTY(double targetPeriodSeconds READ targetPeriodSeconds NOTIFY changed)
    Q_PROPERTY(int intervalLevel READ intervalLevel NOTIFY changed)
    Q_PROPERTY(int activeValidators READ activeValidators NOTIFY changed)
    Q_PROPERTY(int validatorCount READ validatorCount NOTIFY changed)
    Q_PROPERTY(int quorum READ quorum NOTIFY changed)
    Q_PROPERTY(int quorumMargin READ quorumMargin NOTIFY changed)
    Q_PROPERTY(int signingLevel READ signingLevel NOTIFY changed)
    Q_PROPERTY(int nodesUp READ nodesUp NOTIFY changed)
    Q_PROPERTY(int nodesTotal READ nodesTotal NOTIFY changed)
    Q_PROPERTY(int nodesLevel READ nodesLevel NOTIFY changed)
    Q_PROPERTY(qint64 freshnessMs READ freshnessMs NOTIFY changed)
    Q_PROPERTY(int freshnessLevel READ freshnessLevel NOTIFY changed)
public:
    // Blocks averaged for averageIntervalSeconds.
    static constexpr int IntervalSamples = 20;

    struct NodeGroup
    {
        QString name; // node type display name or institution name
        int up = 0;
        int down = 0; // reported down by a fresh figure
        int total = 0; // configured; total - up - down are unknown (never observed, or stale)
        HealthLevel level = HealthLevel::Unknown;
    };

    explicit OverviewModel(NetworkState *state, QObject *parent = nullptr);
    ~OverviewModel() override;

    const NetworkVerdict &verdict() const { return m_verdict; }
    const NetworkConfig &network() const;
    QDateTime now() const; // the state's clock
    int level() const { return int(m_verdict.level); }

    bool hasData() const { return m_hasData; }
    QString emptyReason() const { return m_emptyReason; }
    qint64 chainHeight() const { return m_height; } // -1: unknown
    qint64 lastBlockAgeMs() const { return m_verdict.tipBlock.blockAgeMs; } // -1: no block
    int lastBlockLevel() const { return int(m_verdict.tipBlock.level); }
    QString lastBlockText() const { return m_verdict.tipBlock.text; }
    double lastIntervalSeconds() const { return m_lastInterval; } // -1: fewer than two consecutive blocks
    double averageIntervalSeconds() const { return m_averageInterval; }
    double targetPeriodSeconds() const;
    int intervalLevel() const { return int(m_intervalLevel); }
    int activeValidators() const { return m_verdict.signing.active; }
    int validatorCount() const { return m_verdict.signing.validators; }
    int quorum() const { return m_verdict.signing.quorum; }
    int quorumMargin() const { return m_verdict.signing.margin; }
    int signingLevel() const { return int(m_verdict.signing.level); }
    const SigningSummary &signing() const { return m_verdict.signing; }
    int nodesUp() const { return m_nodesUp; }
    int nodesTotal() const { return m_nodesTotal; }
    int nodesLevel() const { return int(m_nodesLevel); }
    QList<NodeGroup> nodesByType() const { return m_byType; }
    QList<NodeGroup> nodesByInstitution() const { return m_byInstitution; }
    qint64 freshnessMs() const { return m_freshnessMs; } // age of the newest observation; -1: none
    int freshnessLevel() const { return int(m_freshnessLevel); }
    double staleAfterSeconds() const;
    HealthThresholds thresholds() const;

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

    NetworkVerdict m_verdict;
    QString m_verdictKey; // what the views show of the verdict, to tell whether it changed
    bool m_hasData = false;
    QString m_emptyReason;
    qint64 m_height = -1;
    double m_lastInterval = -1;
    double m_averageInterval = -1;
    HealthLevel m_intervalLevel = HealthLevel::Unknown;
    int m_nodesUp = 0;
    int m_nodesTotal = 0;
    HealthLevel m_nodesLevel = HealthLevel::Unknown;
    QList<NodeGroup> m_byType;
    QList<NodeGroup> m_byInstitution;
    qint64 m_freshnessMs = -1;
    HealthLevel m_freshnessLevel = HealthLevel::Unknown;
};
