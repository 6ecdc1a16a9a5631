#include "snapshotreplay.h"

#include "incidents/incidentbook.h"
#include "incidents/incidentreplay.h"
#include "monitor/monitor.h"
#include "state/networkstate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Identifies what the book would show: each incident's status and how much of its timeline and runs there is.
QString incidentsKey(const QList<Incident> &incidents, const QList<ChecklistRun> &runs)
{
    QString key;
    for (const Incident &i : incidents)
        key += u"%1:%2:%3;"_s.arg(i.uid).arg(int(i.status)).arg(i.timeline.size());
    for (const ChecklistRun &r : runs) {
        const auto done = std::count_if(r.steps.cbegin(), r.steps.cend(), [](const RunStep &s) { return s.done; });
        key += u"%1:%2:%3;"_s.arg(r.uid).arg(done).arg(int(r.finishedAt.isValid()));
    }
    return key;
}

} // namespace

SnapshotReplay::SnapshotReplay(const SnapshotData &data, Monitor *monitor, IncidentBook *book, QObject *parent)
    : QObject(parent)
    , m_incidents(data.incidents)
    , m_runs(data.runs)
    , m_monitor(monitor)
    , m_book(book)
{
    const SnapshotHeader &h = data.header;
    m_history.capturedAt = (h.createdAt.isValid() ? h.createdAt : h.windowTo).toUTC();
    m_history.nodes = data.nodes;
    m_history.samples = data.samples;
    m_history.prometheusSamples = data.prometheusSamples;
    m_history.scrapeMs = qint64(data.network.federation.scrapeIntervalSeconds * 1000);
    m_history.blocks = data.blocks;
    std::sort(m_history.blocks.begin(), m_history.blocks.end(),
        [](const BlockRecord &a, const BlockRecord &b) { return a.number() < b.number(); });
    for (auto it = m_history.samples.begin(); it != m_history.samples.end(); ++it)
        std::sort(it->begin(), it->end(), [](const NodeSample &a, const NodeSample &b) { return a.at < b.at; });
    m_history.validators = data.validators;
    m_history.federation = data.federation;
    m_history.changes = data.changes;
    m_history.federationProbeMs = federationProbeIntervalMs(data.network);
    m_history.federationFreshMs = federatedSampleFreshMs(data.network);
    m_history.alertsPollMs = alertmanagerPollMs(data.network.polling);
    m_history.signerMetricsPollMs = slowPollMs(data.network.polling);
    m_history.intervalHistory = data.intervalHistory;
    m_history.health = data.health;
    m_history.pendingVotes = data.pendingVotes;
    m_history.signerMetrics = data.signerMetrics;
    // As SnapshotReader::apply shows them: alerts only when a poll was recorded.
    if (data.alerts.at.isValid() || !data.alerts.error.isEmpty())
        m_history.alerts = data.alerts;
    if (data.usage)
        m_history.usage = data.usage->ledger;

    m_to = m_history.capturedAt;
    m_from = h.windowFrom.isValid() ? h.windowFrom.toUTC() : m_to;
    // A window that starts before its first record would only show an empty state there.
    if (!m_history.blocks.isEmpty()) {
        const QDateTime first = QDateTime::fromSecsSinceEpoch(qint64(m_history.blocks.constFirst().header.timestamp), Qt::UTC);
        if (first > m_from && first <= m_to)
            m_from = first;
    }
    if (m_from > m_to)
        m_from = m_to;
    m_time = m_to;
    m_incidentsShown = incidentsKey(m_incidents, m_runs);
}

SnapshotReplay::~SnapshotReplay() = default;

void SnapshotReplay::setTime(const QDateTime &requested)
{
    if (!requested.isValid())
        return;
    const QDateTime at = qBound(m_from, requested.toUTC(), m_to);
    if (at == m_time)
        return;
    m_time = at;
    if (Monitor *monitor = m_monitor.data(); monitor && monitor->isSnapshot()) {
        // The clock first: whatever the state's signals make recompute judges ages at the new moment.
        monitor->setReviewTime(at);
        monitor->state()->present(m_history, replay::stateAt(m_history, at));
    }
    if (IncidentBook *book = m_book.data()) {
        QList<Incident> incidents = replay::incidentsAt(m_incidents, at);
        QList<ChecklistRun> runs = replay::runsAt(m_runs, at);
        const QString key = incidentsKey(incidents, runs);
        if (key != m_incidentsShown) {
            m_incidentsShown = key;
            book->restore(incidents, runs);
        }
    }
    emit timeChanged(at);
}

std::optional<QDateTime> SnapshotReplay::previousBlock() const
{
    const auto t = replay::previousBlockTime(m_history.blocks, m_time);
    return t && *t >= m_from ? t : std::nullopt;
}

std::optional<QDateTime> SnapshotReplay::nextBlock() const
{
    const auto t = replay::nextBlockTime(m_history.blocks, m_time);
    return t && *t <= m_to ? t : std::nullopt;
}
