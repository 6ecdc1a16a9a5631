#pragma once

#include "config/inventory.h"
#include "prometheusparse.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

class Clock;
class HttpFetcher;
class PrometheusClient;
class PrometheusFederation;
class QTimer;

// What one level-2 endpoint answered to the federation queries (FederationProbe::queries), in that order.
struct FederationProbeReply
{
    int index = -1; // endpoint index in the configured order
    QString endpoint; // endpoint name
    QDateTime at; // when the answers were complete (UTC)
    QList<PromQueryResult> results;
};

Q_DECLARE_METATYPE(FederationProbeReply)

// Asks EVERY configured level-2 Prometheus endpoint, separately, what it holds of each institution's level-1 data,
// so that the Topology page can show which level 2 sees which institution (PrometheusFederation only ever asks the
// serving one). Only fetches: analysis::federationMatrix interprets the replies.
class FederationProbe : public QObject
{
    Q_OBJECT
public:
    enum Query { TargetsUp, TargetsTotal, NewestSample, FederationUp, QueryCount };

    // Own clients for the endpoints, through the shared fetcher.
    FederationProbe(const QList<PrometheusEndpoint> &endpoints, HttpFetcher *fetcher, const QString &job,
        Clock *clock = nullptr, QObject *parent = nullptr);
    // The clients of an existing federation (not owned).
    FederationProbe(
        PrometheusFederation *federation, const QString &job, Clock *clock = nullptr, QObject *parent = nullptr);
    ~FederationProbe() override;

    // PromQL per Query, for `job` (the level-1 scrape job, "rbb") and the level-2 federation jobs' name regex.
    static QStringList queries(const QString &job, const QString &federationJobRegex);
    // Whether two replies of an endpoint say the same: the same answers (success, errors, series, values) apart from
    // the evaluation times, and each institution's newest sample (NewestSample) either fresh in both, no older than
    // `freshMs` (federatedSampleFreshMs: it is that old at some probe while all is well), or the very same older one.
    static bool sameAnswers(const FederationProbeReply &a, const FederationProbeReply &b, qint64 freshMs);
    // `reply` given again at `at` with the same answers: the evaluation times move to `at`, and so does each fresh
    // newest sample (its age stays), while an older one stays the same sample and ages (a stalled level 1).
    static FederationProbeReply repeatedAt(const FederationProbeReply &reply, const QDateTime &at, qint64 freshMs);

    void setIntervalMs(int ms); // default 30000
    void setFederationJobRegex(const QString &regex); // default ".*federat.*"
    void start(); // probes now and every interval
    void stop();
    void probeNow(); // an endpoint whose previous round is still pending is skipped

    int endpointCount() const { return int(m_clients.size()); }
    QStringList endpointNames() const;

signals:
    void endpointProbed(const FederationProbeReply &reply);

private:
    void probe(int index);

    QList<QPointer<PrometheusClient>> m_clients;
    QList<bool> m_pending;
    QString m_job;
    QString m_federationJobs {QStringLiteral(".*federat.*")};
    QPointer<Clock> m_clock;
    QTimer *m_timer;
};
