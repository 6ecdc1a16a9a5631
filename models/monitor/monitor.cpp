#include "monitor/monitor.h"

#include "analysis/promhistory.h"
#include "analysis/validatoranalysis.h"
#include "core/clock.h"
#include "sources/alertmanagerclient.h"
#include "sources/federationprobe.h"
#include "sources/httpfetcher.h"
#include "sources/prometheusfederation.h"
#include "state/collector.h"
#include "state/networkstate.h"

#include <QTimer>

using namespace Qt::StringLiterals;

Monitor::Monitor(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(new ReplayClock(clock, this))
    , m_state(new NetworkState(m_clock, this))
    , m_analysis(BlockAnalysisCache::of(m_state))
    , m_collector(new Collector(m_state, nullptr, m_clock, this))
    , m_amTimer(new QTimer(this))
{
    connect(m_amTimer, &QTimer::timeout, this, &Monitor::pollAlertmanager);
}

Monitor::~Monitor()
{
    stop();
}

Clock *Monitor::clock() const
{
    return m_clock;
}

void Monitor::setReviewTime(const QDateTime &at)
{
    if (m_snapshot)
        m_clock->pin(at);
}

const NetworkConfig &Monitor::network() const
{
    return m_state->network();
}

void Monitor::setNetwork(const NetworkConfig &network, bool live)
{
    stop();
    delete m_probe;
    ++m_historyGeneration; // a reply for the previous network is dropped
    m_live = live;
    m_snapshot = false;
    m_clock->release();
    delete m_alertmanager;
    m_alertmanager = nullptr;
    ++m_amGeneration;
    m_amInFlight = false;
    if (live && network.alertmanager && network.alertmanager->url.isValid()) {
        if (!m_amFetcher)
            m_amFetcher = new HttpFetcher(this);
        m_alertmanager = new AlertmanagerClient(*network.alertmanager, m_amFetcher, this);
    }
    if (live) {
        m_collector->setNetwork(network);
        if (PrometheusFederation *federation = m_collector->prometheus()) {
            m_probe = new FederationProbe(federation, network.prometheusJob, m_clock, this);
            m_probe->setIntervalMs(federationProbeIntervalMs(network));
            connect(m_probe, &FederationProbe::endpointProbed, m_state, &NetworkState::applyFederationReply);
        }
    } else {
        m_collector->setNetwork({});
        m_state->configure(network);
    }
}

void Monitor::openSnapshot(const NetworkConfig &network)
{
    setNetwork(network, false);
    m_snapshot = true;
}

void Monitor::start()
{
    if (!m_live || m_running)
        return;
    m_running = true;
    m_collector->start();
    if (m_probe)
        m_probe->start();
    if (m_alertmanager) {
        m_amTimer->start(alertmanagerPollMs(network().polling));
        pollAlertmanager();
    }
}

void Monitor::stop()
{
    m_running = false;
    m_collector->stop();
    if (m_probe)
        m_probe->stop();
    m_amTimer->stop();
}

void Monitor::pollAlertmanager()
{
    if (!m_alertmanager || m_amInFlight)
        return;
    m_amInFlight = true;
    // Active alerts only: silenced and inhibited ones are someone's decision already.
    AmAlertFilter filter;
    filter.silenced = false;
    filter.inhibited = false;
    const quint64 generation = m_amGeneration;
    QPointer<Monitor> self(this);
    m_alertmanager->alerts(filter, [self, generation](const AmAlertsResult &result) {
        if (!self || generation != self->m_amGeneration)
            return;
        self->m_amInFlight = false;
        AlertmanagerAlerts alerts;
        if (result.ok) {
            alerts.alerts = result.alerts;
            alerts.at = self->m_clock->now().toUTC();
        } else {
            alerts.error = result.error.isEmpty() ? tr("no answer") : result.error;
        }
        self->m_state->setAlertmanagerAlerts(alerts);
    });
}

bool Monitor::canQueryHistory() const
{
    return m_live && m_collector->prometheus() && m_collector->prometheus()->endpointCount() > 0;
}

void Monitor::requestIntervalHistory(qint64 fromMs, qint64 toMs, int stepSeconds)
{
    if (!canQueryHistory() || stepSeconds <= 0)
        return;
    const PromRangeHistory &held = m_state->intervalHistory();
    const bool same = held.stepSeconds == stepSeconds && held.fromMs <= fromMs && held.toMs + qint64(stepSeconds) * 1000 >= toMs;
    const bool retry = !held.error.isEmpty() && held.at.isValid() && held.at.msecsTo(m_clock->now()) >= HistoryRetryMs;
    if (held.pending || (same && (held.error.isEmpty() || !retry)))
        return;
    PromRangeHistory request = held.stepSeconds == stepSeconds ? held : PromRangeHistory {};
    request.fromMs = fromMs;
    request.toMs = toMs;
    request.stepSeconds = stepSeconds;
    request.pending = true;
    m_state->setIntervalHistory(request);

    const quint64 generation = ++m_historyGeneration;
    const QString job = m_state->network().prometheusJob;
    QPointer<Monitor> self(this);
    m_collector->prometheus()->poll(
        {PromQuery::rangeOf(analysis::chainHeightQuery(job), fromMs, toMs, stepSeconds),
            PromQuery::rangeOf(analysis::chainHeadTimestampQuery(job), fromMs, toMs, stepSeconds)},
        [self, generation, request](const PromPollResult &result) {
            if (!self || generation != self->m_historyGeneration)
                return;
            PromRangeHistory out = request;
            out.pending = false;
            out.at = self->m_clock->now().toUTC();
            QString error = result.ok ? QString() : result.error;
            for (const PromQueryResult &r : result.results) {
                if (error.isEmpty() && !r.ok)
                    error = r.error;
            }
            if (error.isEmpty() && result.results.size() == 2) {
                out.results = result.results;
                out.servedBy = result.servedBy;
                out.error.clear();
            } else {
                out.error = error.isEmpty() ? tr("incomplete reply") : error;
            }
            self->m_state->setIntervalHistory(out);
        });
}
