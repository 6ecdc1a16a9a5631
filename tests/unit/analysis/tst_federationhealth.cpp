#include "analysis/federationhealth.h"
#include "core/format.h"
#include "sources/prometheusfederation.h"

#include <QTest>

using namespace analysis;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);

PromQueryResult vector(const QList<std::pair<QString, double>> &rows)
{
    PromQueryResult r;
    r.ok = true;
    r.type = PromQueryResult::Type::Vector;
    for (const auto &[org, value] : rows)
        r.series.append(
            PromSeries {PromLabels {{u"organization"_s, org}}, {PromSample {kNow.toMSecsSinceEpoch(), value}}});
    return r;
}

PromQueryResult failed(const QString &error)
{
    PromQueryResult r;
    r.ok = false;
    r.error = error;
    r.errorType = u"http"_s;
    return r;
}

FederationProbeReply reply(const QString &endpoint, const PromQueryResult &up, const PromQueryResult &total,
    const PromQueryResult &newest, const PromQueryResult &fed)
{
    FederationProbeReply r;
    r.endpoint = endpoint;
    r.at = kNow;
    r.results = {up, total, newest, fed};
    return r;
}

double ago(int seconds)
{
    return double(kNow.toSecsSinceEpoch() - seconds);
}

} // namespace

class TestFederationHealth : public QObject
{
    Q_OBJECT
private slots:
    void matrix_data()
    {
        QTest::addColumn<FederationProbeReply>("probe");
        QTest::addColumn<QStringList>("states"); // per institution: alfa, beta, gama
        QTest::addColumn<QList<qint64>>("ages");

        QTest::newRow("all fresh") << reply(u"alfa-l2"_s, vector({{u"alfa"_s, 4}, {u"beta"_s, 4}, {u"gama"_s, 4}}),
            vector({{u"alfa"_s, 4}, {u"beta"_s, 4}, {u"gama"_s, 4}}),
            vector({{u"alfa"_s, ago(10)}, {u"beta"_s, ago(20)}, {u"gama"_s, ago(5)}}), vector({}))
                                   << QStringList {u"ok"_s, u"ok"_s, u"ok"_s} << QList<qint64> {10000, 20000, 5000};
        QTest::newRow("stale, partial and missing")
            << reply(u"alfa-l2"_s, vector({{u"alfa"_s, 4}, {u"beta"_s, 2}}), vector({{u"alfa"_s, 4}, {u"beta"_s, 4}}),
                   vector({{u"alfa"_s, ago(600)}, {u"beta"_s, ago(15)}}), vector({}))
            << QStringList {u"stale"_s, u"partial"_s, u"missing"_s} << QList<qint64> {600000, 15000, -1};
        QTest::newRow("federation job down for one institution")
            << reply(u"alfa-l2"_s, vector({{u"alfa"_s, 4}, {u"beta"_s, 4}, {u"gama"_s, 4}}),
                   vector({{u"alfa"_s, 4}, {u"beta"_s, 4}, {u"gama"_s, 4}}),
                   vector({{u"alfa"_s, ago(1)}, {u"beta"_s, ago(1)}, {u"gama"_s, ago(1)}}),
                   vector({{u"alfa"_s, 1}, {u"beta"_s, 0}}))
            << QStringList {u"ok"_s, u"federation-down"_s, u"ok"_s} << QList<qint64> {1000, 1000, 1000};
        QTest::newRow("endpoint unreachable")
            << reply(u"alfa-l2"_s, failed(u"Cannot reach https://alfa (alfa-l2): Connection refused"_s), failed(u"x"_s),
                   failed(u"x"_s), failed(u"x"_s))
            << QStringList {u"endpoint-down"_s, u"endpoint-down"_s, u"endpoint-down"_s} << QList<qint64> {-1, -1, -1};
    }

    void matrix()
    {
        QFETCH(FederationProbeReply, probe);
        QFETCH(QStringList, states);
        QFETCH(QList<qint64>, ages);

        QList<PrometheusEndpoint> endpoints {
            {u"alfa-l2"_s, QUrl(u"https://alfa"_s), {}, {}}, {u"beta-l2"_s, QUrl(u"https://beta"_s), {}, {}}};
        QList<Institution> institutions {
            {u"alfa"_s, u"Alfa"_s, {}}, {u"beta"_s, u"Beta"_s, {}}, {u"gama"_s, u"Gama"_s, {}}};
        QHash<QString, FederationSample> samples;
        samples.insert(probe.endpoint, FederationSample::fromReply(probe));
        const FederationMatrix m = federationMatrix(endpoints, institutions, samples, kNow, 120000);
        QCOMPARE(m.endpoints, (QStringList {u"alfa-l2"_s, u"beta-l2"_s}));
        QCOMPARE(m.institutions, (QStringList {u"alfa"_s, u"beta"_s, u"gama"_s}));
        for (int c = 0; c < 3; ++c) {
            QCOMPARE(federationCellStateKey(m.cell(0, c).state), states.at(c));
            QCOMPARE(m.cell(0, c).ageMs, ages.at(c));
            QVERIFY(!m.cell(0, c).text.isEmpty());
            QVERIFY(!m.cell(0, c).detail.isEmpty());
            // The second endpoint was never probed.
            QCOMPARE(m.cell(1, c).state, FederationCellState::Unknown);
        }
    }

    void prometheusOrganizationLabel()
    {
        QList<Institution> institutions {{u"bndes"_s, u"BNDES"_s, u"BNDES-RJ"_s}};
        QList<PrometheusEndpoint> endpoints {{u"l2"_s, QUrl(u"https://l2"_s), {}, {}}};
        QHash<QString, FederationSample> samples;
        samples.insert(u"l2"_s,
            FederationSample::fromReply(reply(u"l2"_s, vector({{u"BNDES-RJ"_s, 2}}), vector({{u"BNDES-RJ"_s, 2}}),
                vector({{u"BNDES-RJ"_s, ago(3)}}), vector({}))));
        const FederationMatrix m = federationMatrix(endpoints, institutions, samples, kNow);
        QCOMPARE(m.cell(0, 0).state, FederationCellState::Ok);
        QCOMPARE(m.cell(0, 0).targetsUp, 2);
    }

    void queriesAskPerOrganization()
    {
        const QStringList q = FederationProbe::queries(u"rbb"_s, u".*federat.*"_s);
        QCOMPARE(q.size(), int(FederationProbe::QueryCount));
        for (const QString &s : q)
            QVERIFY2(s.contains(u"by (organization)"_s), qPrintable(s));
        // The failover's own freshness query: matrix and failover judge by the same ages.
        QCOMPARE(q.at(FederationProbe::NewestSample), PrometheusFederation::freshnessQuery(u"rbb"_s));
        QVERIFY(q.at(FederationProbe::NewestSample).contains(u"timestamp(up{job=\"rbb\"})"_s));
    }

    void agesComeFromTheEndpointsClock()
    {
        // The endpoint's clock runs 1 h ahead of ours; its samples of alfa are 8 s old by that clock, beta's 50 s.
        const qint64 serverNow = kNow.toMSecsSinceEpoch() + 3'600'000;
        PromQueryResult newest;
        newest.ok = true;
        newest.type = PromQueryResult::Type::Vector;
        newest.series = {{{{u"organization"_s, u"alfa"_s}}, {{serverNow, double(serverNow - 8000) / 1000.0}}},
            {{{u"organization"_s, u"beta"_s}}, {{serverNow, double(serverNow - 50000) / 1000.0}}}};
        const FederationSample sample = FederationSample::fromReply(reply(u"alfa-l2"_s,
            vector({{u"alfa"_s, 2}, {u"beta"_s, 2}}), vector({{u"alfa"_s, 2}, {u"beta"_s, 2}}), newest, vector({})));
        QList<PrometheusEndpoint> endpoints {{u"alfa-l2"_s, QUrl(u"https://alfa"_s), {}, {}}};
        QList<Institution> institutions {{u"alfa"_s, u"Alfa"_s, {}}, {u"beta"_s, u"Beta"_s, {}}};
        // Judged 2 s after the answer, with the failover's threshold (25 s at RBB).
        const FederationMatrix m
            = federationMatrix(endpoints, institutions, {{u"alfa-l2"_s, sample}}, kNow.addSecs(2), 25000);
        QCOMPARE(m.cell(0, 0).ageMs, qint64(10000));
        QCOMPARE(m.cell(0, 0).state, FederationCellState::Ok);
        QCOMPARE(m.cell(0, 1).ageMs, qint64(52000));
        QCOMPARE(m.cell(0, 1).state, FederationCellState::Stale);
    }

    void ages_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(12500) << u"12 s"_s;
        QTest::newRow("minutes") << qint64(600000) << u"10 min"_s;
        QTest::newRow("hours") << qint64(3 * 3600000) << u"3 h"_s;
        QTest::newRow("days") << qint64(3 * 86400000) << u"3 d"_s;
        QTest::newRow("unknown") << qint64(-1) << u"never"_s;
    }

    void ages()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(formatAge(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestFederationHealth)
#include "tst_federationhealth.moc"
