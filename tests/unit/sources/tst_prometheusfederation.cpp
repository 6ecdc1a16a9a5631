// PrometheusFederation's choice of endpoint when a level 2 answers but lacks fresh data of an institution, against
// small fake Prometheus HTTP APIs whose clocks are skewed from the local one.

#include "core/clock.h"
#include "sources/httpfetcher.h"
#include "sources/prometheusfederation.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

// Answers GET /api/v1/query: the freshness query with one series per organization, aged as configured by the
// fake's own clock (local time + skew); every other query with an empty vector.
class FakePrometheus : public QObject
{
public:
    qint64 skewMs = 0; // the server's clock minus the local clock
    QHash<QString, qint64> agesMs; // organization -> age of its newest `up` sample
    QStringList queries;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    FakePrometheus()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    m_buffers[s] += s->readAll();
                    QByteArray &buffer = m_buffers[s];
                    qsizetype end;
                    while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
                        const QByteArray head = buffer.left(end);
                        buffer.remove(0, end + 4);
                        const QList<QByteArray> requestLine = head.split('\n').first().split(' ');
                        const QUrl url(QString::fromLatin1(requestLine.value(1)));
                        const QByteArray body = answer(QUrlQuery(url).queryItemValue(u"query"_s, QUrl::FullyDecoded));
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    }
                });
            }
        });
    }

private:
    QByteArray answer(const QString &query)
    {
        queries.append(query);
        const double evalSeconds = double(QDateTime::currentMSecsSinceEpoch() + skewMs) / 1000.0;
        json result = json::array();
        if (query.startsWith(u"max by (organization) (timestamp(up"_s)) {
            for (auto it = agesMs.cbegin(); it != agesMs.cend(); ++it) {
                const double sample = evalSeconds - double(it.value()) / 1000.0;
                result.push_back({{"metric", {{"organization", it.key().toStdString()}}},
                    {"value", {evalSeconds, QString::number(sample, 'f', 3).toStdString()}}});
            }
        }
        const json doc {{"status", "success"}, {"data", {{"resultType", "vector"}, {"result", result}}}};
        return QByteArray::fromStdString(doc.dump());
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

PrometheusEndpoint endpoint(const QString &name, const FakePrometheus &server)
{
    PrometheusEndpoint e;
    e.name = name;
    e.url = server.url();
    return e;
}

} // namespace

class TestPrometheusFederation : public QObject
{
    Q_OBJECT
private:
    HttpFetcher *m_fetcher = nullptr;
    FakePrometheus *m_a = nullptr;
    FakePrometheus *m_b = nullptr;

    std::unique_ptr<PrometheusFederation> federation()
    {
        auto f = std::make_unique<PrometheusFederation>(
            QList<PrometheusEndpoint> {endpoint(u"l2-a"_s, *m_a), endpoint(u"l2-b"_s, *m_b)}, m_fetcher);
        f->setPollIntervalMs(15000);
        f->setStaleAfterMs(25000); // staleAfterSeconds() of an RBB profile: 5 + 15 + 5
        f->setInstitutions({u"bndes"_s, u"rnp"_s, u"tcu"_s});
        return f;
    }

    PromPollResult poll(PrometheusFederation &f)
    {
        std::optional<PromPollResult> out;
        f.poll({PromQuery::instant(u"ethereum_blockchain_height{job=\"rbb\"}"_s)},
            [&out](const PromPollResult &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            qFatal("no poll result");
        return *out;
    }

private slots:
    void init()
    {
        m_fetcher = new HttpFetcher(this);
        m_a = new FakePrometheus;
        m_b = new FakePrometheus;
        QVERIFY(m_a->listen());
        QVERIFY(m_b->listen());
        // Both servers' clocks are far from the local one: ages must come from each server's own clock.
        m_a->skewMs = 3'600'000;
        m_b->skewMs = -90'000;
    }

    void cleanup()
    {
        delete m_a;
        delete m_b;
        delete m_fetcher;
    }

    void completeEndpointServesDespiteSkew()
    {
        m_a->agesMs = {{u"bndes"_s, 3000}, {u"rnp"_s, 9000}, {u"tcu"_s, 20000}};
        m_b->agesMs = m_a->agesMs;
        auto f = federation();
        const PromPollResult r = poll(*f);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.servedBy, u"l2-a"_s);
        QVERIFY(r.staleInstitutions.isEmpty());
        QVERIFY(r.failures.isEmpty());
        // Ages by the server's clock (+1 h skew), not "1 h in the future" or "stale".
        QVERIFY(qAbs(r.institutionAgesMs.value(u"rnp"_s) - 9000) < 50);
        QCOMPARE(f->health().state, SourceHealth::State::Ok);
        QVERIFY(m_b->queries.isEmpty()); // a complete first endpoint needs no partner
        QCOMPARE(f->institutionAges(0).agesMs.size(), 3);
        QVERIFY(!f->institutionAges(1).at.isValid());
    }

    void partnerThatSeesTheInstitutionWins()
    {
        // l2-a still answers but its copy of rnp's level 1 stopped 60 s ago; l2-b sees rnp.
        m_a->agesMs = {{u"bndes"_s, 3000}, {u"rnp"_s, 60000}, {u"tcu"_s, 4000}};
        m_b->agesMs = {{u"bndes"_s, 5000}, {u"rnp"_s, 6000}, {u"tcu"_s, 7000}};
        auto f = federation();
        QSignalSpy serving(f.get(), &PrometheusFederation::servingChanged);
        const PromPollResult r = poll(*f);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.servedBy, u"l2-b"_s);
        QVERIFY(r.staleInstitutions.isEmpty());
        QCOMPARE(r.failures.size(), 1);
        QVERIFY2(
            r.failures.first().startsWith(u"l2-a: no fresh data of rnp (60 s old)"_s), qPrintable(r.failures.first()));
        QCOMPARE(f->endpointHealth().at(0).state, SourceHealth::State::Degraded);
        QCOMPARE(f->health().state, SourceHealth::State::Degraded);
        QVERIFY2(f->health().detail.contains(u"rnp"_s), qPrintable(f->health().detail));
        QCOMPARE(serving.size(), 1);
        // The per-endpoint ages are kept for the federation matrix.
        QVERIFY(qAbs(f->institutionAges(0).agesMs.value(u"rnp"_s) - 60000) < 50);
        QVERIFY(qAbs(f->institutionAges(1).agesMs.value(u"rnp"_s) - 6000) < 50);
    }

    void missingInstitutionCountsAsStale()
    {
        // After the 5-minute lookback the institution has no series at all on l2-a.
        m_a->agesMs = {{u"bndes"_s, 3000}, {u"rnp"_s, 3000}};
        m_b->agesMs = {{u"bndes"_s, 3000}, {u"rnp"_s, 3000}, {u"tcu"_s, 3000}};
        auto f = federation();
        const PromPollResult r = poll(*f);
        QCOMPARE(r.servedBy, u"l2-b"_s);
        QVERIFY2(r.failures.value(0).contains(u"tcu (no sample)"_s), qPrintable(r.failures.join(u"; "_s)));
    }

    void fewestStaleInstitutionsServe()
    {
        // Neither is complete: l2-a lacks rnp, l2-b lacks rnp and tcu. l2-a serves, and says what it lacks.
        m_a->agesMs = {{u"bndes"_s, 3000}, {u"rnp"_s, 70000}, {u"tcu"_s, 3000}};
        m_b->agesMs = {{u"bndes"_s, 3000}, {u"rnp"_s, 70000}, {u"tcu"_s, 40000}};
        auto f = federation();
        PromPollResult r = poll(*f);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.servedBy, u"l2-a"_s);
        QCOMPARE(r.staleInstitutions, QStringList {u"rnp"_s});
        QCOMPARE(f->health().state, SourceHealth::State::Degraded);
        QVERIFY2(f->health().detail.startsWith(u"serving l2-a (l2-a stale: no fresh data of rnp"_s),
            qPrintable(f->health().detail));

        // A tie keeps the serving endpoint.
        m_b->agesMs = {{u"bndes"_s, 3000}, {u"rnp"_s, 3000}, {u"tcu"_s, 40000}};
        r = poll(*f);
        QCOMPARE(r.servedBy, u"l2-a"_s);
        QCOMPARE(r.staleInstitutions, QStringList {u"rnp"_s});

        // Once l2-a sees rnp again it is complete and the partner is no longer asked.
        m_a->agesMs[u"rnp"_s] = 2000;
        const qsizetype asked = m_b->queries.size();
        r = poll(*f);
        QCOMPARE(r.servedBy, u"l2-a"_s);
        QVERIFY(r.staleInstitutions.isEmpty());
        QCOMPARE(m_b->queries.size(), asked);
        QCOMPARE(f->health().state, SourceHealth::State::Ok);
    }

    void everyInstitutionTooOldIsAFailure()
    {
        // The endpoint-wide rule still holds: nothing newer than staleFactor x poll interval (45 s) is a failure.
        m_a->agesMs = {{u"bndes"_s, 50000}, {u"rnp"_s, 50000}, {u"tcu"_s, 50000}};
        m_b->agesMs = {{u"bndes"_s, 1000}, {u"rnp"_s, 1000}, {u"tcu"_s, 1000}};
        auto f = federation();
        const PromPollResult r = poll(*f);
        QCOMPARE(r.servedBy, u"l2-b"_s);
        QVERIFY2(r.failures.value(0).contains(u"serves stale data"_s), qPrintable(r.failures.join(u"; "_s)));
    }

    void freshnessQueryIsShared()
    {
        QCOMPARE(
            PrometheusFederation::freshnessQuery(u"rbb"_s), u"max by (organization) (timestamp(up{job=\"rbb\"}))"_s);
        QCOMPARE(PrometheusFederation::freshnessQuery(QString()), u"max by (organization) (timestamp(up))"_s);
    }

    void sampleAges()
    {
        // timestamp(): value = sample time (s), timestamp = evaluation time (ms).
        QCOMPARE(prom::sampleAgeMs({1'000'000'030'000, 1'000'000'000.5}), std::optional<qint64>(29'500));
        QCOMPARE(prom::sampleAgeMs({1'000'000'000'000, 1'000'000'002.0}), std::optional<qint64>(0)); // level 1 ahead
        QCOMPARE(prom::sampleAgeMs({1'000'000'000'000, qQNaN()}), std::nullopt);
        QCOMPARE(prom::seriesKey({{u"__name__"_s, u"up"_s}, {u"node"_s, u"boot01"_s}}),
            prom::seriesKey({{u"node"_s, u"boot01"_s}}));
        QVERIFY(prom::seriesKey({{u"node"_s, u"a"_s}}) != prom::seriesKey({{u"node"_s, u"b"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusFederation)
#include "tst_prometheusfederation.moc"
