#include "prometheusfederation.h"
#include "promql.h"

#include "core/clock.h"

#include <limits>

using namespace Qt::StringLiterals;

PromQuery PromQuery::instant(const QString &promql, qint64 timeMs)
{
    PromQuery q;
    q.promql = promql;
    q.timeMs = timeMs;
    return q;
}

PromQuery PromQuery::rangeOf(const QString &promql, qint64 startMs, qint64 endMs, int stepSeconds)
{
    PromQuery q;
    q.promql = promql;
    q.range = true;
    q.startMs = startMs;
    q.endMs = endMs;
    q.stepSeconds = stepSeconds;
    return q;
}

namespace {

// A query's own mistake (bad PromQL) is not the endpoint's fault and must not cause a failover.
bool endpointFault(const PromReply &reply)
{
    return !reply.ok && reply.errorType != u"bad_data"_s;
}

// "Cannot reach http://x (rnp-l2): Connection refused" -> "Connection refused"
QString shortReason(const QString &error)
{
    const qsizetype colon = error.lastIndexOf(u": "_s);
    return colon >= 0 && colon + 2 < error.size() ? error.mid(colon + 2) : error;
}

} // namespace

struct PrometheusFederation::Candidate
{
    int index = -1;
    QList<PromQueryResult> results;
    std::optional<qint64> newestMs;
    QHash<QString, qint64> ages;
    QStringList stale;
    QString staleText;
};

struct PrometheusFederation::Run
{
    QList<PromQuery> queries;
    std::function<void(const PromPollResult &)> callback;
    QList<int> order;
    int pos = 0;
    QStringList failures;
    // Current attempt
    int pending = 0;
    PromQueryResult freshness;
    QList<PromQueryResult> results;
    std::optional<Candidate> best; // the endpoint with the fewest stale institutions so far (first wins a tie)
};

PrometheusFederation::PrometheusFederation(
    const QList<PrometheusEndpoint> &endpoints, HttpFetcher *fetcher, QObject *parent)
    : QObject(parent)
{
    for (const PrometheusEndpoint &endpoint : endpoints) {
        auto *client = new PrometheusClient(endpoint, fetcher, this);
        m_clients.append(client);
        SourceHealth health;
        health.state = SourceHealth::State::Disabled;
        health.source = tr("Prometheus %1").arg(client->name());
        health.endpoint = endpoint.url.toDisplayString(QUrl::RemoveUserInfo);
        m_health.append(health);
        m_shortErrors.append(QString());
        m_ages.append(InstitutionAges());
    }
    m_overall.source = tr("Prometheus");
    m_overall.state = m_clients.isEmpty() ? SourceHealth::State::Disabled : SourceHealth::State::Down;
    m_overall.detail = m_clients.isEmpty() ? tr("no Prometheus endpoint configured") : tr("not polled yet");
}

PrometheusFederation::~PrometheusFederation() = default;

void PrometheusFederation::setPollIntervalMs(int ms)
{
    m_pollMs = qMax(1, ms);
}

void PrometheusFederation::setStaleFactor(double factor)
{
    m_staleFactor = factor;
}

void PrometheusFederation::setStaleAfterMs(qint64 ms)
{
    m_staleAfterMs = qMax<qint64>(0, ms);
}

void PrometheusFederation::setInstitutions(const QStringList &organizations)
{
    m_institutions = organizations;
}

qint64 PrometheusFederation::staleAfterMs() const
{
    return m_staleAfterMs > 0 ? m_staleAfterMs : qint64(m_staleFactor * m_pollMs);
}

InstitutionAges PrometheusFederation::institutionAges(int index) const
{
    return index >= 0 && index < m_ages.size() ? m_ages.at(index) : InstitutionAges();
}

void PrometheusFederation::setReprobeIntervalMs(int ms)
{
    m_reprobeMs = ms;
}

void PrometheusFederation::setJob(const QString &job)
{
    m_job = job;
}

void PrometheusFederation::setClock(Clock *clock)
{
    m_clock = clock;
}

qint64 PrometheusFederation::nowMs() const
{
    return (m_clock ? m_clock.data() : Clock::system())->nowMs();
}

PrometheusClient *PrometheusFederation::client(int index) const
{
    return index >= 0 && index < m_clients.size() ? m_clients.at(index) : nullptr;
}

QString PrometheusFederation::servingName() const
{
    const PrometheusClient *c = client(m_serving);
    return c ? c->name() : QString();
}

QString PrometheusFederation::freshnessQuery() const
{
    return freshnessQuery(m_job);
}

QString PrometheusFederation::freshnessQuery(const QString &job)
{
    // timestamp() of a plain selector gives each sample's own time, which federation keeps (honor_timestamps), while
    // the result's timestamp is the evaluation time: their difference is the age by the server's clock.
    if (job.isEmpty())
        return u"max by (organization) (timestamp(up))"_s;
    return u"max by (organization) (timestamp(up%1))"_s.arg(promql::jobSelector(job));
}

void PrometheusFederation::poll(const QList<PromQuery> &queries, std::function<void(const PromPollResult &)> callback)
{
    auto run = std::make_shared<Run>();
    run->queries = queries;
    run->callback = std::move(callback);
    const int n = int(m_clients.size());
    const qint64 now = nowMs();
    const int reprobe = m_reprobeMs > 0 ? m_reprobeMs : 4 * m_pollMs;
    int first = m_serving < 0 ? 0 : m_serving;
    if (first > 0 && now - m_lastPreferredProbeMs >= reprobe) {
        first = 0; // time to see whether a preferred endpoint is back
        m_lastPreferredProbeMs = now;
    }
    run->order.append(first);
    for (int i = 0; i < n; ++i) {
        if (i != first)
            run->order.append(i);
    }
    if (n == 0) {
        PromPollResult result;
        result.error = tr("No Prometheus endpoint configured");
        QMetaObject::invokeMethod(
            this, [run, result] { run->callback(result); }, Qt::QueuedConnection);
        return;
    }
    attempt(run);
}

void PrometheusFederation::query(const QString &promql, std::function<void(const PromQueryResult &)> callback)
{
    poll({PromQuery::instant(promql)}, [callback](const PromPollResult &poll) {
        if (!poll.results.isEmpty() && (poll.ok || !poll.results.first().error.isEmpty())) {
            callback(poll.results.first());
            return;
        }
        PromQueryResult result;
        result.errorType = u"unavailable"_s;
        result.error = poll.error;
        result.endpoint = poll.servedBy;
        callback(result);
    });
}

void PrometheusFederation::attempt(const std::shared_ptr<Run> &run)
{
    const int index = run->order.at(run->pos);
    PrometheusClient *c = m_clients.at(index);
    if (index == 0)
        m_lastPreferredProbeMs = nowMs();
    run->results = QList<PromQueryResult>(run->queries.size());
    run->freshness = PromQueryResult();
    run->pending = int(run->queries.size()) + 1;
    auto done = [this, run, index] {
        if (--run->pending == 0)
            finishAttempt(run, index);
    };
    c->query(freshnessQuery(), [run, done](const PromQueryResult &r) {
        run->freshness = r;
        done();
    });
    for (int i = 0; i < run->queries.size(); ++i) {
        const PromQuery &q = run->queries.at(i);
        auto store = [run, i, done](const PromQueryResult &r) {
            run->results[i] = r;
            done();
        };
        if (q.range)
            c->queryRange(q.promql, q.startMs, q.endMs, q.stepSeconds, store);
        else
            c->query(q.promql, store, q.timeMs);
    }
}

void PrometheusFederation::finishAttempt(const std::shared_ptr<Run> &run, int index)
{
    const QString name = m_clients.at(index)->name();
    QString failure;
    SourceHealth::State failState = SourceHealth::State::Down;
    if (endpointFault(run->freshness)) {
        failure = run->freshness.error;
    } else {
        for (const PromQueryResult &r : std::as_const(run->results)) {
            if (endpointFault(r)) {
                failure = r.error;
                break;
            }
        }
    }
    Candidate candidate;
    candidate.index = index;
    if (failure.isEmpty()) {
        // An empty vector means no target of the job was scraped within the lookback window.
        candidate.ages = prom::ageByOrganization(run->freshness);
        m_ages[index] = {QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC), candidate.ages};
        if (candidate.ages.isEmpty()) {
            failState = SourceHealth::State::Degraded;
            failure = tr("%1 has no recent samples of %2").arg(name, freshnessQuery());
        } else {
            qint64 newestAge = std::numeric_limits<qint64>::max();
            for (const qint64 age : std::as_const(candidate.ages))
                newestAge = qMin(newestAge, age);
            candidate.newestMs = nowMs() - newestAge;
            // Never tighter than the per-institution threshold: a short poll interval must not fail an endpoint
            // whose data is as fresh as the federation interval allows.
            const qint64 limit = qMax(qint64(m_staleFactor * m_pollMs), staleAfterMs());
            if (newestAge > limit) {
                failState = SourceHealth::State::Degraded;
                failure = tr("%1 serves stale data: newest sample is %2 s old (limit %3 s)")
                              .arg(name)
                              .arg(newestAge / 1000)
                              .arg(limit / 1000);
            }
        }
    }

    if (!failure.isEmpty()) {
        markEndpoint(index, failState, failure);
        run->failures.append(u"%1: %2"_s.arg(name, failure));
        nextOrFinish(run);
        return;
    }

    // Score: the institutions this endpoint has no fresh data of.
    QStringList expected = m_institutions;
    for (auto it = candidate.ages.cbegin(); it != candidate.ages.cend(); ++it)
        if (!it.key().isEmpty() && !expected.contains(it.key()))
            expected.append(it.key());
    QStringList described;
    for (const QString &org : std::as_const(expected)) {
        const auto age = candidate.ages.constFind(org);
        if (age == candidate.ages.cend()) {
            candidate.stale.append(org);
            described.append(tr("%1 (no sample)").arg(org));
        } else if (*age > staleAfterMs()) {
            candidate.stale.append(org);
            described.append(tr("%1 (%2 s old)").arg(org).arg(*age / 1000));
        }
    }
    candidate.results = run->results;
    if (candidate.stale.isEmpty()) {
        serve(run, candidate);
        return;
    }
    candidate.staleText = tr("no fresh data of %1").arg(described.join(u", "_s));
    markEndpoint(index, SourceHealth::State::Degraded, candidate.staleText);
    if (!run->best || candidate.stale.size() < run->best->stale.size())
        run->best = candidate;
    nextOrFinish(run);
}

void PrometheusFederation::nextOrFinish(const std::shared_ptr<Run> &run)
{
    ++run->pos;
    if (run->pos < run->order.size()) {
        attempt(run);
        return;
    }
    if (run->best) {
        // Every endpoint lacks some institution: the most complete one serves.
        serve(run, *run->best);
        return;
    }
    // Every endpoint failed: nobody serves.
    const int previous = m_serving;
    m_serving = -1;
    updateOverall();
    if (previous != -1)
        emit servingChanged(-1, QString());
    PromPollResult result;
    result.error = tr("No Prometheus endpoint could answer: %1").arg(run->failures.join(u"; "_s));
    result.failures = run->failures;
    result.results = run->results;
    run->callback(result);
}

void PrometheusFederation::serve(const std::shared_ptr<Run> &run, const Candidate &candidate)
{
    const int index = candidate.index;
    const QString name = m_clients.at(index)->name();
    if (candidate.stale.isEmpty())
        markEndpoint(index, SourceHealth::State::Ok, QString());
    else
        m_health[index].lastGood = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    const int previous = m_serving;
    m_serving = index;
    PromPollResult result;
    result.ok = true;
    result.servedByIndex = index;
    result.servedBy = name;
    result.results = candidate.results;
    result.newestSampleMs = candidate.newestMs;
    result.institutionAgesMs = candidate.ages;
    result.staleInstitutions = candidate.stale;
    // Partial endpoints that were passed over are reported like failed ones.
    result.failures = run->failures;
    for (int pos = 0; pos < run->pos && pos < run->order.size(); ++pos) {
        const int other = run->order.at(pos);
        if (other != index && m_health.at(other).state == SourceHealth::State::Degraded
            && !m_shortErrors.at(other).isEmpty()) {
            const QString line = u"%1: %2"_s.arg(m_clients.at(other)->name(), m_shortErrors.at(other));
            if (!result.failures.contains(line))
                result.failures.append(line);
        }
    }
    updateOverall();
    if (previous != index)
        emit servingChanged(index, name);
    run->callback(result);
}

void PrometheusFederation::markEndpoint(int index, SourceHealth::State state, const QString &error)
{
    SourceHealth &h = m_health[index];
    h.state = state;
    h.lastError = error;
    if (state == SourceHealth::State::Ok) {
        h.lastGood = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
        h.detail.clear();
        m_shortErrors[index].clear();
    } else {
        m_shortErrors[index] = state == SourceHealth::State::Degraded ? error : shortReason(error);
        h.detail = m_shortErrors[index];
    }
}

void PrometheusFederation::updateOverall()
{
    const SourceHealth before = m_overall;
    QStringList problems;
    for (int i = 0; i < m_clients.size(); ++i) {
        if ((i == m_serving && m_health.at(i).state != SourceHealth::State::Degraded)
            || m_health.at(i).state == SourceHealth::State::Ok || m_health.at(i).state == SourceHealth::State::Disabled)
            continue;
        const QString what = m_health.at(i).state == SourceHealth::State::Degraded ? tr("stale") : tr("down");
        problems.append(tr("%1 %2: %3").arg(m_clients.at(i)->name(), what, m_shortErrors.at(i)));
    }
    if (m_serving >= 0) {
        const SourceHealth &serving = m_health.at(m_serving);
        m_overall.state = m_serving == 0 && serving.state == SourceHealth::State::Ok ? SourceHealth::State::Ok
                                                                                     : SourceHealth::State::Degraded;
        m_overall.endpoint = serving.endpoint;
        m_overall.lastGood = serving.lastGood;
        m_overall.lastError = problems.join(u"; "_s);
        m_overall.detail = problems.isEmpty() ? tr("serving %1").arg(servingName())
                                              : tr("serving %1 (%2)").arg(servingName(), problems.join(u"; "_s));
    } else {
        m_overall.state = SourceHealth::State::Down;
        m_overall.endpoint.clear();
        m_overall.lastError = problems.join(u"; "_s);
        m_overall.detail = tr("no endpoint serving (%1)").arg(problems.join(u"; "_s));
    }
    if (before.state != m_overall.state || before.detail != m_overall.detail || before.lastGood != m_overall.lastGood)
        emit healthChanged(m_overall);
}
