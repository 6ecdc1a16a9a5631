#include "federationprobe.h"
#include "promql.h"

#include "core/clock.h"
#include "prometheusclient.h"
#include "prometheusfederation.h"

#include <QTimer>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

FederationProbe::FederationProbe(
    const QList<PrometheusEndpoint> &endpoints, HttpFetcher *fetcher, const QString &job, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_clock(clock ? clock : Clock::system())
    , m_timer(new QTimer(this))
{
    for (const PrometheusEndpoint &endpoint : endpoints)
        m_clients.append(new PrometheusClient(endpoint, fetcher, this));
    m_pending = QList<bool>(m_clients.size(), false);
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, &FederationProbe::probeNow);
}

FederationProbe::FederationProbe(PrometheusFederation *federation, const QString &job, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_clock(clock ? clock : Clock::system())
    , m_timer(new QTimer(this))
{
    for (int i = 0; federation && i < federation->endpointCount(); ++i)
        m_clients.append(federation->client(i));
    m_pending = QList<bool>(m_clients.size(), false);
    m_timer->setInterval(30000);
    connect(m_timer, &QTimer::timeout, this, &FederationProbe::probeNow);
}

FederationProbe::~FederationProbe() = default;

namespace {

bool sameValue(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

// The same answer apart from evaluation times; for the newest-sample query (`freshMs` set), a sample fresh in both
// or the same older sample in both.
bool sameResult(const PromQueryResult &a, const PromQueryResult &b, std::optional<qint64> freshMs)
{
    if (a.ok != b.ok || a.error != b.error || a.errorType != b.errorType || a.type != b.type
        || a.series.size() != b.series.size() || !sameValue(a.scalar.value, b.scalar.value)
        || a.stringValue != b.stringValue)
        return false;
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        const PromSeries &x = a.series.at(i);
        const PromSeries &y = b.series.at(i);
        if (x.labels != y.labels || x.samples.size() != y.samples.size())
            return false;
        for (qsizetype k = 0; k < x.samples.size(); ++k) {
            const PromSample &p = x.samples.at(k);
            const PromSample &q = y.samples.at(k);
            // A fresh sample only equals a fresh one (an older one is ageing: it must not stand for fresh data).
            const auto ageP = freshMs ? prom::sampleAgeMs(p) : std::nullopt;
            const auto ageQ = freshMs ? prom::sampleAgeMs(q) : std::nullopt;
            const bool freshP = ageP && *ageP <= *freshMs;
            const bool freshQ = ageQ && *ageQ <= *freshMs;
            if (freshP != freshQ || (!freshP && !sameValue(p.value, q.value)))
                return false;
        }
    }
    return true;
}

} // namespace

bool FederationProbe::sameAnswers(const FederationProbeReply &a, const FederationProbeReply &b, qint64 freshMs)
{
    if (a.index != b.index || a.endpoint != b.endpoint || a.results.size() != b.results.size())
        return false;
    for (qsizetype q = 0; q < a.results.size(); ++q) {
        const auto fresh = q == NewestSample ? std::optional<qint64>(freshMs) : std::nullopt;
        if (!sameResult(a.results.at(q), b.results.at(q), fresh))
            return false;
    }
    return true;
}

FederationProbeReply FederationProbe::repeatedAt(const FederationProbeReply &reply, const QDateTime &at, qint64 freshMs)
{
    if (!reply.at.isValid() || !at.isValid() || reply.at == at)
        return reply;
    FederationProbeReply out = reply;
    const qint64 delta = reply.at.msecsTo(at);
    out.at = at;
    for (qsizetype q = 0; q < out.results.size(); ++q) {
        PromQueryResult &r = out.results[q];
        r.scalar.timestampMs += delta;
        r.stringTimeMs += delta;
        for (PromSeries &s : r.series) {
            for (PromSample &p : s.samples) {
                // timestamp() answers in seconds: fresh data is as much later as the answer.
                const auto age = q == NewestSample ? prom::sampleAgeMs(p) : std::nullopt;
                if (age && *age <= freshMs)
                    p.value += double(delta) / 1000.0;
                p.timestampMs += delta;
            }
        }
    }
    return out;
}

QStringList FederationProbe::queries(const QString &job, const QString &federationJobRegex)
{
    const QString sel = promql::jobMatcher(job);
    QStringList q(QueryCount);
    q[TargetsUp] = u"sum by (organization) (up{%1})"_s.arg(sel);
    q[TargetsTotal] = u"count by (organization) (up{%1})"_s.arg(sel);
    // Federation keeps the level-1 scrape timestamps, so this gives the age of each institution's newest data; the
    // same query (and so the same ages) as PrometheusFederation's failover.
    q[NewestSample] = PrometheusFederation::freshnessQuery(job);
    // The level-2 jobs that scrape /federate; their `up` says whether the level 1 answers (meaningful per
    // institution when the federation targets carry an `organization` label).
    q[FederationUp] = u"max by (organization) (up{job=~\"%1\"})"_s.arg(promql::escapeLabel(federationJobRegex));
    return q;
}

void FederationProbe::setIntervalMs(int ms)
{
    m_timer->setInterval(qMax(1000, ms));
}

void FederationProbe::setFederationJobRegex(const QString &regex)
{
    m_federationJobs = regex;
}

void FederationProbe::start()
{
    m_timer->start();
    probeNow();
}

void FederationProbe::stop()
{
    m_timer->stop();
}

QStringList FederationProbe::endpointNames() const
{
    QStringList names;
    for (const auto &client : m_clients)
        names.append(client ? client->name() : QString());
    return names;
}

void FederationProbe::probeNow()
{
    for (int i = 0; i < m_clients.size(); ++i)
        if (!m_pending.at(i) && m_clients.at(i))
            probe(i);
}

void FederationProbe::probe(int index)
{
    PrometheusClient *client = m_clients.at(index);
    m_pending[index] = true;
    auto reply = std::make_shared<FederationProbeReply>();
    reply->index = index;
    reply->endpoint = client->name();
    reply->results = QList<PromQueryResult>(QueryCount);
    auto remaining = std::make_shared<int>(QueryCount);
    const QStringList promql = queries(m_job, m_federationJobs);
    QPointer<FederationProbe> self(this);
    for (int q = 0; q < QueryCount; ++q) {
        client->query(promql.at(q), [self, reply, remaining, q, index](const PromQueryResult &result) {
            reply->results[q] = result;
            if (--*remaining > 0 || !self)
                return;
            self->m_pending[index] = false;
            reply->at = self->m_clock ? self->m_clock->now() : QDateTime::currentDateTimeUtc();
            emit self->endpointProbed(*reply);
        });
    }
}
