#pragma once

#include "analysis/health.h"
#include "analysis/participation.h"
#include "analysis/signercheck.h"
#include "chain/blockheader.h"
#include "config/inventory.h"
#include "core/format.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <limits>
#include <map>
#include <optional>
#include <set>

class NetworkState;
class QTimer;

// Seal analysis of the blocks a NetworkState holds, computed once per block (ecrecover is the expensive part) and
// shared by every view of validator participation. Also the window arithmetic (1 h, 24 h, 2,000 blocks, calendar
// month) those views share.

// A participation status in the health vocabulary: OLA yellow is a warning, red and inactive are critical, too
// few blocks is unknown. The status's own words come from analysis::statusName.
HealthLevel participationLevel(analysis::ParticipationStatus status);

// What one analysed block tells about its validators; a compact form of chain::BlockAnalysis.
struct AnalysedBlock
{
    analysis::BlockRecord record; // number, timestamp, proposer, round, signers, validators
    QByteArray hash;
    QList<QByteArray> missing; // validators that did not sign
    int quorum = 0;
    int quorumMargin = 0;
    bool quorumMet = false;
    int nonMemberSigners = 0;
    int invalidSeals = 0;
    QString error; // extraData did not decode; the record then has only number, time and proposer

    bool ok() const { return error.isEmpty(); }
};

// chain::analyzeBlock reduced to AnalysedBlock. `fallbackValidators` is used when extraData carries no validator
// list (contract validator mode). Thread-safe (pure).
AnalysedBlock analyseBlock(const chain::BlockHeader &header, std::optional<chain::BftType> forced,
    const QList<QByteArray> &fallbackValidators = {});


class BlockAnalysisCache : public QObject
{
    Q_OBJECT
public:
    // Up to this many new blocks are analysed in the GUI thread at once (a live chain adds one at a time);
    // more (a backfill) go to a worker thread in batches of WorkerBatch, newest first.
    static constexpr int InlineLimit = 16;
    static constexpr int WorkerBatch = 400;

    explicit BlockAnalysisCache(NetworkState *state, QObject *parent = nullptr);
    ~BlockAnalysisCache() override;

    // The cache shared by every view of `state` (created on first use as a child of the state).
    static BlockAnalysisCache *of(NetworkState *state);

    NetworkState *state() const { return m_state; }
    const std::map<quint64, AnalysedBlock> &blocks() const { return m_blocks; }
    const AnalysedBlock *block(quint64 number) const;
    int count() const { return static_cast<int>(m_blocks.size()); }
    std::optional<quint64> newest() const;
    std::optional<quint64> oldest() const;
    // The participation records of the analysed blocks in [from, to], ascending.
    QList<analysis::BlockRecord> records(quint64 from = 0, quint64 to = std::numeric_limits<quint64>::max()) const;

    // Analyses made elsewhere (an opened snapshot's decoded seals, as its producer's cache held them): each is taken
    // for the block of that number and hash when the state holds it, instead of recovering its seals again.
    void adopt(std::map<quint64, AnalysedBlock> analyses);

    bool isBusy() const { return !m_pending.empty() || m_jobRunning; }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    // How many times chain::analyzeBlock ran (tests check that no block is analysed twice).
    int analyseRuns() const { return m_runs.load(); }

signals:
    void blocksAnalysed(quint64 first, quint64 last); // newly analysed blocks lie within [first, last]
    void blocksDropped(quint64 first, quint64 last); // analyses in [first, last] were removed (eviction, reorg)
    void cleared(); // the network was reconfigured
    void progressChanged(int done, int total); // of the current analysis run; done == total when idle
    void busyChanged(bool busy);

private:
    struct Job
    {
        quint64 number = 0;
        chain::BlockHeader header;
        std::optional<chain::BftType> forced;
        QList<QByteArray> fallback;
    };
    struct Result
    {
        quint64 number = 0;
        QByteArray hash;
        AnalysedBlock analysis;
    };

    void onBlocksAdded(quint64 first, quint64 last);
    void onBlocksRemoved(quint64 first, quint64 last);
    void onConfigured();
    void onValidatorsChanged(quint64 fromBlock);
    void schedule();
    void processPending();
    QList<Job> takeJobs(int count);
    void merge(const QList<Result> &results);
    void setBusy(bool busy);
    static QList<Result> runJobs(const QList<Job> &jobs, std::atomic<int> *runs);

    NetworkState *m_state;
    std::map<quint64, AnalysedBlock> m_blocks;
    // Analyses of blocks a replayed state hid (a time cursor before them): put back when the same block shows again,
    // so moving the cursor never recovers the same seals twice.
    std::map<quint64, AnalysedBlock> m_parked;
    std::set<quint64> m_pending;
    QFutureWatcher<QList<Result>> m_watcher;
    QTimer *m_scheduler;
    std::atomic<int> m_runs {0};
    int m_runDone = 0;
    int m_runTotal = 0;
    bool m_busy = false;
    bool m_jobRunning = false; // from setFuture() until its finished() has been handled
    quint64 m_generation = 0; // bumped by a reconfiguration so stale worker results are dropped
    quint64 m_jobGeneration = 0;
};

// The state's latest qbft_getSignerMetrics reply checked against the analysed blocks; the reply's range end is
// bounded by the answering node's heights sampled just before and after it. Empty before any reply.
QList<analysis::SignerCheck> signerChecks(const BlockAnalysisCache &cache);

// ---- Windows ------------------------------------------------------------------------------------------------------

enum class ParticipationWindow { LastHour, LastDay, LastBlocks, CalendarMonth };
QString participationWindowName(ParticipationWindow window); // translated, for selectors
QList<ParticipationWindow> participationWindows();

struct WindowedParticipation
{
    ParticipationWindow window = ParticipationWindow::LastBlocks;
    analysis::ParticipationReport report;
    QDateTime windowStart; // invalid for the block-count window
    bool partial = false; // the history in memory does not cover the whole window (or has gaps in it)
    QString coverage; // translated, e.g. "blocks 100-2099 (2,000 blocks)" or "partial: history since 09:12"
};

// A validator's status needs this many rotations of the set (N blocks each) in the window, else "not enough data".
inline constexpr int MinimumRotations = 5;

// Participation over `window` of the analysed blocks, judged against the network's OLA thresholds; `now` anchors the
// time windows (the calendar month is the network's service-hours time zone month).
WindowedParticipation computeWindow(const BlockAnalysisCache &cache, const NetworkConfig &network,
    ParticipationWindow window, const QDateTime &now, int lastBlocks = 2000);

// A validator as the inventory knows it.
struct ValidatorIdentity
{
    QByteArray address; // 20 bytes; empty when the inventory has none
    QString node; // node name, e.g. "validator01"; empty for an address not in the inventory
    QString institution; // display name
};

// The inventory's validators, in inventory order.
QList<ValidatorIdentity> inventoryValidators(const NetworkConfig &network);
// address -> identity for the inventory's validators with an address.
QHash<QByteArray, ValidatorIdentity> validatorDirectory(const NetworkConfig &network);
// "validator01" or, for an address not in the inventory, the shortened address "0x1234…abcd".
QString validatorLabel(const QHash<QByteArray, ValidatorIdentity> &directory, const QByteArray &address);
