#include "analysis/validatoranalysis.h"

#include "analysis/blockstats.h"
#include "chain/blockanalysis.h"
#include "chain/hex.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's messages (a class, so that lupdate finds them).
struct ValidatorAnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(ValidatorAnalysis)
};

QList<QByteArray> toAddresses(const QStringList &hex)
{
    QList<QByteArray> out;
    for (const QString &h : hex) {
        if (auto bytes = chain::fromHex(QStringView(h)); bytes && bytes->size() == 20)
            out.append(*bytes);
    }
    return out;
}

} // namespace

HealthLevel participationLevel(analysis::ParticipationStatus status)
{
    switch (status) {
    case analysis::ParticipationStatus::Ok:
        return HealthLevel::Ok;
    case analysis::ParticipationStatus::Yellow:
        return HealthLevel::Warning;
    case analysis::ParticipationStatus::Red:
    case analysis::ParticipationStatus::Inactive:
        return HealthLevel::Critical;
    case analysis::ParticipationStatus::NotEnoughData:
        break;
    }
    return HealthLevel::Unknown;
}

AnalysedBlock analyseBlock(
    const chain::BlockHeader &header, std::optional<chain::BftType> forced, const QList<QByteArray> &fallbackValidators)
{
    chain::BlockAnalysis a = chain::analyzeBlock(header, forced);
    if (a.ok() && a.validators.isEmpty() && !fallbackValidators.isEmpty())
        a = chain::analyzeBlock(header, forced, fallbackValidators);
    AnalysedBlock out;
    out.record = analysis::fromAnalysis(a);
    out.hash = header.hash;
    out.missing = a.missing;
    out.quorum = a.quorum;
    out.quorumMargin = a.quorumMargin;
    out.quorumMet = a.quorumMet;
    out.nonMemberSigners = static_cast<int>(a.nonMemberSigners.size());
    out.invalidSeals = a.invalidSeals;
    out.error = a.error;
    return out;
}

// ---- BlockAnalysisCache -----------------------------------------------------------------------------------------

BlockAnalysisCache::BlockAnalysisCache(NetworkState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_scheduler(new QTimer(this))
{
    m_scheduler->setSingleShot(true);
    m_scheduler->setInterval(0);
    connect(m_scheduler, &QTimer::timeout, this, &BlockAnalysisCache::processPending);
    connect(state, &NetworkState::blocksAdded, this, &BlockAnalysisCache::onBlocksAdded);
    connect(state, &NetworkState::blocksRemoved, this, &BlockAnalysisCache::onBlocksRemoved);
    connect(state, &NetworkState::configured, this, &BlockAnalysisCache::onConfigured);
    connect(state, &NetworkState::validatorsChanged, this, &BlockAnalysisCache::onValidatorsChanged);
    connect(&m_watcher, &QFutureWatcher<QList<Result>>::finished, this, [this] {
        m_jobRunning = false;
        const QList<Result> results = m_watcher.result();
        if (m_jobGeneration == m_generation)
            merge(results);
        processPending();
    });
    if (const auto lo = state->lowestBlock(); lo)
        onBlocksAdded(*lo, *state->highestBlock());
}

BlockAnalysisCache::~BlockAnalysisCache()
{
    m_watcher.waitForFinished();
}

BlockAnalysisCache *BlockAnalysisCache::of(NetworkState *state)
{
    if (auto *existing = state->findChild<BlockAnalysisCache *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new BlockAnalysisCache(state, state);
}

const AnalysedBlock *BlockAnalysisCache::block(quint64 number) const
{
    const auto it = m_blocks.find(number);
    return it == m_blocks.end() ? nullptr : &it->second;
}

std::optional<quint64> BlockAnalysisCache::newest() const
{
    return m_blocks.empty() ? std::nullopt : std::optional<quint64>(m_blocks.rbegin()->first);
}

std::optional<quint64> BlockAnalysisCache::oldest() const
{
    return m_blocks.empty() ? std::nullopt : std::optional<quint64>(m_blocks.begin()->first);
}

QList<analysis::BlockRecord> BlockAnalysisCache::records(quint64 from, quint64 to) const
{
    QList<analysis::BlockRecord> out;
    for (auto it = m_blocks.lower_bound(from); it != m_blocks.end() && it->first <= to; ++it) {
        if (it->second.ok())
            out.append(it->second.record);
    }
    return out;
}

void BlockAnalysisCache::onBlocksAdded(quint64 first, quint64 last)
{
    std::optional<quint64> unparkedFirst;
    quint64 unparkedLast = 0;
    m_state->forEachBlock(first, last, [&](const BlockRecord &b) {
        if (b.number() == 0)
            return; // the genesis block carries no committed seals
        const AnalysedBlock *held = block(b.number());
        if (held && held->hash == b.header.hash)
            return; // already analysed: never recover the same seals twice
        if (const auto parked = m_parked.find(b.number()); parked != m_parked.end()) {
            const bool same = parked->second.hash == b.header.hash;
            if (same) {
                m_blocks.insert_or_assign(b.number(), std::move(parked->second));
                if (!unparkedFirst)
                    unparkedFirst = b.number();
                unparkedLast = b.number();
            }
            m_parked.erase(parked);
            if (same)
                return;
        }
        if (m_pending.insert(b.number()).second)
            ++m_runTotal;
    });
    if (unparkedFirst)
        emit blocksAnalysed(*unparkedFirst, unparkedLast);
    schedule();
}

void BlockAnalysisCache::adopt(std::map<quint64, AnalysedBlock> analyses)
{
    std::optional<quint64> lo;
    quint64 hi = 0;
    for (auto &[number, analysed] : analyses) {
        const BlockRecord *held = m_state->block(number);
        if (!held) {
            // Added later (restoreBlocks): onBlocksAdded takes it from here when the hash matches.
            m_parked.insert_or_assign(number, std::move(analysed));
            continue;
        }
        if (held->header.hash != analysed.hash)
            continue;
        if (m_pending.erase(number) > 0)
            ++m_runDone;
        m_blocks.insert_or_assign(number, std::move(analysed));
        if (!lo)
            lo = number;
        hi = number;
    }
    if (lo)
        emit blocksAnalysed(*lo, hi);
}

void BlockAnalysisCache::onBlocksRemoved(quint64 first, quint64 last)
{
    bool any = false;
    for (auto it = m_blocks.lower_bound(first); it != m_blocks.end() && it->first <= last;) {
        if (!m_state->block(it->first) || m_state->block(it->first)->header.hash != it->second.hash) {
            if (m_state->isReplaying() && !m_state->block(it->first))
                m_parked.insert_or_assign(it->first, std::move(it->second));
            it = m_blocks.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    for (auto it = m_pending.lower_bound(first); it != m_pending.end() && *it <= last;) {
        if (!m_state->block(*it))
            it = m_pending.erase(it);
        else
            ++it;
    }
    if (any)
        emit blocksDropped(first, last);
}

void BlockAnalysisCache::onConfigured()
{
    ++m_generation;
    m_pending.clear();
    m_blocks.clear();
    m_parked.clear();
    m_runDone = m_runTotal = 0;
    emit cleared();
    if (const auto lo = m_state->lowestBlock(); lo)
        onBlocksAdded(*lo, *m_state->highestBlock());
    else
        setBusy(m_jobRunning);
}

void BlockAnalysisCache::onValidatorsChanged(quint64 fromBlock)
{
    // Only blocks analysed against a fallback set (no list in their extraData) depend on the state's sets.
    const auto hi = m_state->highestBlock();
    if (!hi)
        return;
    bool any = false;
    for (auto it = m_blocks.lower_bound(fromBlock + 1); it != m_blocks.end();) {
        const auto extra = chain::decodeExtraData(
            m_state->block(it->first) ? m_state->block(it->first)->header.extraData : QByteArray(),
            analysis::bftTypeAt(m_state->network(), it->first));
        if (extra && extra->validators.isEmpty()) {
            if (m_pending.insert(it->first).second)
                ++m_runTotal;
            any = true;
        }
        ++it;
    }
    if (any)
        schedule();
}

void BlockAnalysisCache::schedule()
{
    if (!m_pending.empty()) {
        setBusy(true);
        if (!m_scheduler->isActive())
            m_scheduler->start();
    }
}

QList<BlockAnalysisCache::Job> BlockAnalysisCache::takeJobs(int count)
{
    QList<Job> jobs;
    const NetworkConfig &network = m_state->network();
    // Newest first, so that a live view fills from the present backwards.
    while (!m_pending.empty() && jobs.size() < count) {
        const auto it = std::prev(m_pending.end());
        const quint64 number = *it;
        m_pending.erase(it);
        const BlockRecord *b = m_state->block(number);
        if (!b) {
            ++m_runDone;
            continue;
        }
        // Contract validator mode: block N's seals are checked against the set after block N - 1
        // (Besu's BftCommitSealsValidationRule with TransactionValidatorProvider), which the state holds as
        // qbft_getValidatorsByBlockNumber(N - 1).
        const QStringList set = m_state->validatorsAt(number > 0 ? number - 1 : 0);
        jobs.append({number, b->header, analysis::bftTypeAt(network, number), toAddresses(set)});
    }
    return jobs;
}

QList<BlockAnalysisCache::Result> BlockAnalysisCache::runJobs(const QList<Job> &jobs, std::atomic<int> *runs)
{
    QList<Result> out;
    out.reserve(jobs.size());
    for (const Job &job : jobs) {
        AnalysedBlock a = analyseBlock(job.header, job.forced, job.fallback);
        runs->fetch_add(1);
        out.append({job.number, job.header.hash, std::move(a)});
    }
    return out;
}

void BlockAnalysisCache::processPending()
{
    // Not m_watcher.isRunning(): between a job's end and the delivery of its finished() signal the watcher is
    // idle, and starting the next job then would drop the finished one's results.
    if (m_jobRunning)
        return;
    if (m_pending.empty()) {
        m_runDone = m_runTotal;
        emit progressChanged(m_runDone, m_runTotal);
        m_runDone = m_runTotal = 0;
        setBusy(false);
        return;
    }
    if (static_cast<int>(m_pending.size()) <= InlineLimit) {
        merge(runJobs(takeJobs(InlineLimit), &m_runs));
        processPending();
        return;
    }
    const QList<Job> jobs = takeJobs(WorkerBatch);
    m_jobGeneration = m_generation;
    m_jobRunning = true;
    m_watcher.setFuture(QtConcurrent::run([jobs, runs = &m_runs] { return runJobs(jobs, runs); }));
}

void BlockAnalysisCache::merge(const QList<Result> &results)
{
    std::optional<quint64> lo;
    std::optional<quint64> hi;
    for (const Result &r : results) {
        ++m_runDone;
        const BlockRecord *held = m_state->block(r.number);
        if (!held || held->header.hash != r.hash)
            continue; // replaced or evicted while the worker ran; a replacement is queued on its own
        m_blocks[r.number] = r.analysis;
        lo = lo ? qMin(*lo, r.number) : r.number;
        hi = hi ? qMax(*hi, r.number) : r.number;
    }
    if (m_runTotal < m_runDone)
        m_runTotal = m_runDone;
    emit progressChanged(m_runDone, m_runTotal);
    if (lo && hi)
        emit blocksAnalysed(*lo, *hi);
}

void BlockAnalysisCache::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

// ---- Windows ------------------------------------------------------------------------------------------------------

QString participationWindowName(ParticipationWindow window)
{
    switch (window) {
    case ParticipationWindow::LastHour:
        return ValidatorAnalysisText::tr("Last hour");
    case ParticipationWindow::LastDay:
        return ValidatorAnalysisText::tr("Last 24 hours");
    case ParticipationWindow::LastBlocks:
        return ValidatorAnalysisText::tr("Last 2,000 blocks");
    case ParticipationWindow::CalendarMonth:
        return ValidatorAnalysisText::tr("This calendar month");
    }
    return {};
}

QList<ParticipationWindow> participationWindows()
{
    return {ParticipationWindow::LastHour, ParticipationWindow::LastDay, ParticipationWindow::LastBlocks,
        ParticipationWindow::CalendarMonth};
}

WindowedParticipation computeWindow(const BlockAnalysisCache &cache, const NetworkConfig &network,
    ParticipationWindow window, const QDateTime &now, int lastBlocks)
{
    WindowedParticipation out;
    out.window = window;
    analysis::ParticipationOptions options;
    options.thresholds = network.serviceLevels.ola;
    options.inactiveAfterBlocks = network.serviceLevels.inactivityWindowBlocks;
    switch (window) {
    case ParticipationWindow::LastHour:
        out.windowStart = now.addSecs(-3600);
        break;
    case ParticipationWindow::LastDay:
        out.windowStart = now.addSecs(-24 * 3600);
        break;
    case ParticipationWindow::LastBlocks:
        options.lastBlocks = lastBlocks;
        break;
    case ParticipationWindow::CalendarMonth: {
        QTimeZone zone(network.serviceHours.timeZone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        const QDate today = now.toTimeZone(zone).date();
        out.windowStart = QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), zone);
        break;
    }
    }
    if (out.windowStart.isValid())
        options.sinceTimestamp = out.windowStart.toSecsSinceEpoch();

    const QList<analysis::BlockRecord> records = cache.records();
    // A status needs a few rotations of the validator set behind it; fewer blocks say "not enough data".
    if (!records.isEmpty())
        options.minimumBlocks = MinimumRotations * int(records.last().validators.size());
    out.report = analysis::computeParticipation(records, options);
    const analysis::ParticipationReport &r = out.report;
    if (records.isEmpty() || r.blockCount == 0) {
        out.partial = true;
        out.coverage = ValidatorAnalysisText::tr("no analysed blocks in the window yet");
        return out;
    }
    const quint64 oldestHeld = records.first().number;
    const bool gaps = quint64(r.blockCount) < r.lastBlock - r.firstBlock + 1;
    bool shortHistory = false;
    if (window == ParticipationWindow::LastBlocks) {
        const quint64 wanted = qMin<quint64>(quint64(lastBlocks), r.lastBlock); // block 0 (genesis) has no seals
        shortHistory = quint64(r.blockCount) < wanted;
    } else {
        // The history reaches the window start unless its oldest block is newer than the start and not the chain's
        // first.
        const qint64 oldestTime = records.first().timestamp;
        const double slack = qMax(1.0, network.blockPeriodSeconds);
        shortHistory = oldestHeld > 1 && oldestTime > options.sinceTimestamp.value_or(0) + qint64(slack);
    }
    out.partial = gaps || shortHistory;
    const QLocale locale;
    const QString span
        = ValidatorAnalysisText::tr("blocks %1–%2 (%3 blocks)")
              .arg(locale.toString(r.firstBlock), locale.toString(r.lastBlock), locale.toString(r.blockCount));
    if (!out.partial) {
        out.coverage = span;
    } else {
        const QDateTime since = QDateTime::fromSecsSinceEpoch(records.first().timestamp, Qt::UTC).toLocalTime();
        out.coverage = ValidatorAnalysisText::tr("partial: %1; the history in memory starts at %2")
                           .arg(span, locale.toString(since, QLocale::ShortFormat));
        if (gaps)
            out.coverage += ValidatorAnalysisText::tr("; some blocks are missing");
    }
    return out;
}

QList<ValidatorIdentity> inventoryValidators(const NetworkConfig &network)
{
    QList<ValidatorIdentity> out;
    for (const NodeConfig &n : network.nodes) {
        if (n.type != NodeType::Validator)
            continue;
        ValidatorIdentity id;
        if (auto bytes = chain::fromHex(QStringView(n.address)); bytes && bytes->size() == 20)
            id.address = *bytes;
        id.node = n.name;
        const Institution *inst = network.institution(n.institution);
        id.institution = inst && !inst->name.isEmpty() ? inst->name : n.institution;
        out.append(id);
    }
    return out;
}

QHash<QByteArray, ValidatorIdentity> validatorDirectory(const NetworkConfig &network)
{
    QHash<QByteArray, ValidatorIdentity> out;
    for (const ValidatorIdentity &id : inventoryValidators(network)) {
        if (!id.address.isEmpty())
            out.insert(id.address, id);
    }
    return out;
}

QString validatorLabel(const QHash<QByteArray, ValidatorIdentity> &directory, const QByteArray &address)
{
    const auto it = directory.constFind(address);
    if (it != directory.constEnd() && !it->node.isEmpty())
        return it->node;
    const QString hex = chain::toHex(address);
    return hex.size() > 12 ? hex.left(6) + u"\u2026"_s + hex.right(4) : hex;
}

QList<analysis::SignerCheck> signerChecks(const BlockAnalysisCache &cache)
{
    const NetworkState &state = *cache.state();
    const SignerMetricsRecord &record = state.signerMetrics();
    if (!record.at.isValid())
        return {};
    quint64 headMin = 0;
    std::optional<quint64> headMax;
    for (const NodeSample &s : state.samples(record.node)) {
        if (s.at <= record.at)
            headMin = std::max(headMin, s.height);
        else if (!headMax)
            headMax = s.height;
    }
    if (!headMax) {
        const NodeState *node = state.node(record.node);
        headMax = node && node->height.isSet() ? node->height.value() : state.tip().value_or(headMin);
    }
    const analysis::SignerMetricsRange range = analysis::signerMetricsRange(record, headMin, *headMax);
    return analysis::checkSignerMetrics(
        record.metrics, range, cache.records(range.fromMin, range.toMax > 0 ? range.toMax - 1 : 0));
}
