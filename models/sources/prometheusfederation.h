#pragma once

#include "config/inventory.h"
#include "prometheusclient.h"
#include "sourcehealth.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class Clock;
class HttpFetcher;

struct PromQuery
{
    QString promql;
    bool range = false;
    qint64 timeMs = 0; // instant: 0 = server's now
    qint64 startMs = 0;
    qint64 endMs = 0;
    int stepSeconds = 15;

    static PromQuery instant(const QString &promql, qint64 timeMs = 0);
    static PromQuery rangeOf(const QString &promql, qint64 startMs, qint64 endMs, int stepSeconds);
};

struct PromPollResult
{
    bool ok = false; // one endpoint answered every query with fresh data
    int servedByIndex = -1; // index into the endpoint list
    QString servedBy; // endpoint name
    QList<PromQueryResult> results; // one per query, in order (a query's own error, e.g. bad_data, stays in it)
    std::optional<qint64> newestSampleMs; // newest timestamp(up) on the serving endpoint, on the local clock
    // Per `organization`, the age of the newest `up` sample on the serving endpoint (server clock) when it answered.
    QHash<QString, qint64> institutionAgesMs;
    QStringList staleInstitutions; // expected organizations the serving endpoint has no fresh data of
    QString error; // when !ok: every endpoint's failure
    QStringList failures; // endpoints skipped in this poll, "name: reason"
};

// What one endpoint last said about each institution's freshness.
struct InstitutionAges
{
    QDateTime at; // local time of the answer; invalid = never answered
    QHash<QString, qint64> agesMs; // organization -> age of its newest `up` sample by the server's clock
};

// The level-2 Prometheus endpoints of a network, in order of preference, with failover. Every poll is answered by one
// endpoint, chosen in this order:
// 1. An endpoint that fails (connection, HTTP, TLS, parse) or whose newest `up` sample of the job is older than
//    max(staleFactor x poll interval, staleAfterMs) is skipped and the next one is tried within the same poll.
// 2. Per institution (`organization` label), the age of its newest `up` sample is read on the endpoint's own clock
//    (timestamp(up) against the evaluation time). An institution is stale there when that age exceeds staleAfterMs
//    or it has no sample at all (after Prometheus' 5-minute lookback). An endpoint with no stale institution is taken
//    at once. Otherwise the next endpoints are tried too, and the one with the fewest stale institutions serves; a
//    tie keeps the order of preference (the serving one first). So a level 2 that still answers but no longer sees
//    institution X gives way to a partner that sees X, and never to one that sees less.
// While a less-preferred endpoint serves, the preferred ones are re-probed at most every reprobe interval and take
// over again once they are complete. Works the same against VictoriaMetrics (only API v1 queries are used).
class PrometheusFederation : public QObject
{
    Q_OBJECT
public:
    PrometheusFederation(const QList<PrometheusEndpoint> &endpoints, HttpFetcher *fetcher, QObject *parent = nullptr);
    ~PrometheusFederation() override;

    void setPollIntervalMs(int ms); // default 15000 (PollingConfig::prometheusMs)
    void setStaleFactor(double factor); // default 3
    // Age after which an institution's data counts as stale on an endpoint (staleAfterSeconds(network)); 0: the
    // endpoint-wide limit, staleFactor x poll interval.
    void setStaleAfterMs(qint64 ms);
    // The `organization` label values the network expects; one missing on an endpoint counts as stale there.
    void setInstitutions(const QStringList &organizations);
    void setReprobeIntervalMs(int ms); // default 4 x poll interval
    void setJob(const QString &job); // default "rbb"; empty: `up` of every job
    void setClock(Clock *clock); // default Clock::system()

    // Runs the queries on the serving endpoint (failing over as needed) and calls back once.
    void poll(const QList<PromQuery> &queries, std::function<void(const PromPollResult &)> callback);
    // One instant query; result.endpoint names the endpoint that answered.
    void query(const QString &promql, std::function<void(const PromQueryResult &)> callback);

    int endpointCount() const { return int(m_clients.size()); }
    PrometheusClient *client(int index) const;
    int servingIndex() const { return m_serving; } // -1 before the first good poll
    QString servingName() const;
    QList<SourceHealth> endpointHealth() const { return m_health; }
    SourceHealth health() const { return m_overall; }
    // max by (organization) (timestamp(up{job="..."})): shared with FederationProbe, so that the federation matrix
    // judges each endpoint by the same ages.
    QString freshnessQuery() const;
    static QString freshnessQuery(const QString &job);
    InstitutionAges institutionAges(int index) const;
    qint64 staleAfterMs() const;

signals:
    void servingChanged(int index, const QString &name);
    void healthChanged(const SourceHealth &overall);

private:
    struct Run;
    struct Candidate;
    void attempt(const std::shared_ptr<Run> &run);
    void finishAttempt(const std::shared_ptr<Run> &run, int index);
    void nextOrFinish(const std::shared_ptr<Run> &run);
    void serve(const std::shared_ptr<Run> &run, const Candidate &candidate);
    void markEndpoint(int index, SourceHealth::State state, const QString &error);
    void updateOverall();
    qint64 nowMs() const;

    QList<PrometheusClient *> m_clients;
    QList<SourceHealth> m_health;
    QStringList m_shortErrors; // per endpoint, for the overall detail
    SourceHealth m_overall;
    int m_serving = -1;
    int m_pollMs = 15000;
    double m_staleFactor = 3;
    qint64 m_staleAfterMs = 0;
    QStringList m_institutions;
    QList<InstitutionAges> m_ages; // per endpoint
    int m_reprobeMs = 0; // 0: 4 x poll
    qint64 m_lastPreferredProbeMs = 0;
    QString m_job {QStringLiteral("rbb")};
    QPointer<Clock> m_clock;
};
