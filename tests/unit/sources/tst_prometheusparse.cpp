#include "sources/alertmanagerclient.h"
#include "sources/jsonlimits.h"
#include "sources/prometheusparse.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

nlohmann::json fixture(const QString &name)
{
    QFile file(QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/prometheus/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    const JsonParseResult parsed = parseJsonLimited(file.readAll(), name);
    if (!parsed.ok)
        qFatal("bad fixture %s: %s", qPrintable(name), qPrintable(parsed.error));
    return parsed.value;
}

const QString kOrigin = u"http://prom.example:9090/api/v1/query (bndes-l2)"_s;

} // namespace

class TestPrometheusParse : public QObject
{
    Q_OBJECT
private slots:
    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("expected");
        QTest::newRow("int") << u"184467"_s << true << 184467.0;
        QTest::newRow("decimal") << u"12.5"_s << true << 12.5;
        QTest::newRow("negative") << u"-0.25"_s << true << -0.25;
        QTest::newRow("exponent") << u"1e+06"_s << true << 1e6;
        QTest::newRow("plus") << u"+3"_s << true << 3.0;
        QTest::newRow("nan") << u"NaN"_s << true << std::nan("");
        QTest::newRow("+inf") << u"+Inf"_s << true << std::numeric_limits<double>::infinity();
        QTest::newRow("-inf") << u"-Inf"_s << true << -std::numeric_limits<double>::infinity();
        QTest::newRow("empty") << QString() << false << 0.0;
        QTest::newRow("word") << u"twelve"_s << false << 0.0;
        QTest::newRow("trailing") << u"12abc"_s << false << 0.0;
    }
    void values()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, expected);
        const std::string utf8 = text.toStdString();
        const auto value = prom::parseValue(utf8);
        QCOMPARE(value.has_value(), valid);
        if (!valid)
            return;
        if (std::isnan(expected))
            QVERIFY(std::isnan(*value));
        else
            QCOMPARE(*value, expected);
    }

    void formatTime()
    {
        QCOMPARE(prom::formatTime(1711929600123), u"1711929600.123"_s);
        QCOMPARE(prom::formatTime(1711929600005), u"1711929600.005"_s);
    }

    void vector()
    {
        PromQueryResult r;
        QVERIFY(prom::parseQuery(fixture(u"query_vector.json"_s), kOrigin, r));
        QVERIFY(r.ok);
        QCOMPARE(r.type, PromQueryResult::Type::Vector);
        QCOMPARE(r.series.size(), 6);
        const PromSeries *v1 = r.find({{u"node"_s, u"validator01"_s}});
        QVERIFY(v1);
        QCOMPARE(v1->labels.value(u"organization"_s), u"bndes"_s);
        QCOMPARE(v1->samples.size(), 1);
        QCOMPARE(v1->samples.first().timestampMs, 1711929600123);
        QCOMPARE(v1->samples.first().value, 184467.0);
        QVERIFY(std::isnan(r.find({{u"node"_s, u"boot01"_s}})->samples.first().value));
        QVERIFY(std::isinf(r.find({{u"node"_s, u"writer01"_s}})->samples.first().value));
        QVERIFY(r.find({{u"node"_s, u"writer02"_s}})->samples.first().value < 0);
        QCOMPARE(r.find({{u"node"_s, u"observer01"_s}})->samples.first().value, 1e6);
        QCOMPARE(r.newestTimestampMs().value_or(0), 1711929600123);
        QVERIFY(!r.find({{u"node"_s, u"nope"_s}}));
    }

    void matrixAndWarnings()
    {
        PromQueryResult r;
        QVERIFY(prom::parseQuery(fixture(u"query_matrix.json"_s), kOrigin, r));
        QCOMPARE(r.type, PromQueryResult::Type::Matrix);
        QCOMPARE(r.series.size(), 2);
        QCOMPARE(r.series.at(0).samples.size(), 3);
        QCOMPARE(r.series.at(0).samples.at(2).value, 12.5);
        QCOMPARE(r.series.at(0).samples.at(1).timestampMs, 1711929615000);
        QVERIFY(std::isnan(r.series.at(1).samples.at(0).value));
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(u"might not be a counter"_s));
    }

    void dropStale()
    {
        PromQueryResult r;
        QVERIFY(prom::parseQuery(fixture(u"query_matrix.json"_s), kOrigin, r));
        // "now" 20 s after the last point of series 0; keep 25 s.
        r.dropStale(1711929650000, 25000);
        QCOMPARE(r.series.size(), 1);
        QCOMPARE(r.series.first().samples.size(), 1);
        QCOMPARE(r.series.first().samples.first().value, 12.5);
    }

    void scalarAndString()
    {
        PromQueryResult s;
        QVERIFY(prom::parseQuery(fixture(u"query_scalar.json"_s), kOrigin, s));
        QCOMPARE(s.type, PromQueryResult::Type::Scalar);
        QCOMPARE(s.scalar.value, 4.0);
        QCOMPARE(s.scalar.timestampMs, 1711929600500);
        PromQueryResult t;
        QVERIFY(prom::parseQuery(fixture(u"query_string.json"_s), kOrigin, t));
        QCOMPARE(t.type, PromQueryResult::Type::String);
        QCOMPARE(t.stringValue, u"rbb"_s);
        PromQueryResult e;
        QVERIFY(prom::parseQuery(fixture(u"query_empty_vector.json"_s), kOrigin, e));
        QVERIFY(e.series.isEmpty());
        QVERIFY(!e.newestTimestampMs());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad_data") << u"error_bad_data.json"_s << u"bad_data"_s << u"parse error"_s;
        QTest::newRow("timeout") << u"error_timeout.json"_s << u"timeout"_s << u"timed out"_s;
        QTest::newRow("bad value") << u"bad_value.json"_s << u"parse"_s << u"twelve"_s;
        QTest::newRow("bad resultType") << u"bad_resulttype.json"_s << u"parse"_s << u"histogramish"_s;
        QTest::newRow("no status") << u"no_status.json"_s << u"parse"_s << u"status"_s;
        QTest::newRow("labels document") << u"labels.json"_s << u"parse"_s << u"resultType"_s;
        // Found by fuzzing: a time whose milliseconds overflow the age arithmetic is malformed, not a sample.
        QTest::newRow("absurd time") << u"bad_time.json"_s << u"parse"_s << u"1e+300"_s;
    }

    void absurdTimestampValue()
    {
        QVERIFY(!prom::sampleAgeMs({1'700'000'000'000, -9.3e15}));
        QVERIFY(!prom::sampleAgeMs({1'700'000'000'000, std::nan("")}));
        QCOMPARE(prom::sampleAgeMs({1'700'000'000'000, 1'699'999'990.0}), std::optional<qint64>(10'000));
    }
    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QString, errorType);
        QFETCH(QString, mentions);
        PromQueryResult r;
        QVERIFY(!prom::parseQuery(fixture(file), kOrigin, r));
        QVERIFY(!r.ok);
        QCOMPARE(r.errorType, errorType);
        QVERIFY2(r.error.contains(kOrigin), qPrintable(r.error));
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    }

    void errorKeepsWarnings()
    {
        PromQueryResult r;
        prom::parseQuery(fixture(u"error_timeout.json"_s), kOrigin, r);
        QCOMPARE(r.warnings, QStringList {u"partial data"_s});
    }

    void seriesLabelsTargets()
    {
        PromSeriesListResult s;
        QVERIFY(prom::parseSeriesList(fixture(u"series.json"_s), kOrigin, s));
        QCOMPARE(s.series.size(), 2);
        QCOMPARE(s.series.at(1).value(u"organization"_s), u"rnp"_s);

        PromStringListResult l;
        QVERIFY(prom::parseStringList(fixture(u"labels.json"_s), kOrigin, l));
        QVERIFY(l.values.contains(u"organization"_s));
        PromStringListResult n;
        QVERIFY(prom::parseStringList(fixture(u"label_values_null.json"_s), kOrigin, n));
        QVERIFY(n.values.isEmpty());
        PromStringListResult wrong;
        QVERIFY(!prom::parseStringList(fixture(u"series.json"_s), kOrigin, wrong));

        PromTargetsResult t;
        QVERIFY(prom::parseTargets(fixture(u"targets.json"_s), kOrigin, t));
        QCOMPARE(t.active.size(), 2);
        QCOMPARE(t.droppedCount, 1);
        QCOMPARE(t.active.at(0).health, u"up"_s);
        QCOMPARE(t.active.at(0).labels.value(u"node"_s), u"validator01"_s);
        QVERIFY(t.active.at(0).lastScrape.isValid());
        QCOMPARE(t.active.at(0).lastScrape.date(), QDate(2024, 4, 1));
        QCOMPARE(t.active.at(1).health, u"down"_s);
        QVERIFY(t.active.at(1).lastError.contains(u"connection refused"_s));
    }

    void alertmanager()
    {
        AmAlertsResult a;
        QVERIFY(am::parseAlerts(fixture(u"alerts.json"_s), kOrigin, a));
        QCOMPARE(a.alerts.size(), 1);
        const AmAlert &alert = a.alerts.first();
        QCOMPARE(alert.labels.value(u"alertname"_s), u"NodeDown"_s);
        QCOMPARE(alert.state, u"suppressed"_s);
        QVERIFY(alert.isSilenced());
        QVERIFY(!alert.isInhibited());
        QCOMPARE(alert.receivers, QStringList {u"noc"_s});
        QCOMPARE(alert.startsAt, QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC));

        AmSilencesResult s;
        QVERIFY(am::parseSilences(fixture(u"silences.json"_s), kOrigin, s));
        QCOMPARE(s.silences.size(), 1);
        QCOMPARE(s.silences.first().state, u"active"_s);
        QCOMPARE(s.silences.first().matchers.size(), 2);
        QVERIFY(s.silences.first().matchers.at(1).isRegex);

        AmSilencesResult bad;
        QVERIFY(!am::parseSilences(fixture(u"series.json"_s).at("data").at(0), kOrigin, bad));
        QVERIFY(bad.error.contains(kOrigin));

        // Round trip of what we post.
        AmSilence silence = s.silences.first();
        const JsonParseResult posted = parseJsonLimited(am::silenceToJson(silence), u"test"_s);
        QVERIFY(posted.ok);
        QCOMPARE(posted.value.at("matchers").size(), 2u);
        QCOMPARE(posted.value.at("id").get<std::string>(), std::string("d7c8"));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusParse)
#include "tst_prometheusparse.moc"
