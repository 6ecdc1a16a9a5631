#include "core/clock.h"
#include "itemmodels/federationhealthmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PromQueryResult vector(const QList<std::pair<QString, double>> &rows, qint64 atMs)
{
    PromQueryResult r;
    r.ok = true;
    r.type = PromQueryResult::Type::Vector;
    for (const auto &[org, value] : rows)
        r.series.append(PromSeries {PromLabels {{u"organization"_s, org}}, {PromSample {atMs, value}}});
    return r;
}

} // namespace

class TestFederationHealthModel : public QObject
{
    Q_OBJECT
private slots:
    void cells()
    {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);
        ManualClock clock(start);
        FederationHealthModel model(&clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.configure(
            {{u"alfa-l2"_s, QUrl(u"https://alfa"_s), {}, {}}, {u"beta-l2"_s, QUrl(u"https://beta"_s), {}, {}}},
            {{u"alfa"_s, u"Alfa"_s, {}}, {u"beta"_s, u"Beta"_s, {}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"alfa-l2"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Beta"_s);
        QCOMPARE(model.data(model.index(0, 0), FederationHealthModel::StateRole).toString(), u"unknown"_s);

        const qint64 t = start.toMSecsSinceEpoch();
        FederationProbeReply reply;
        reply.endpoint = u"beta-l2"_s;
        reply.at = start;
        reply.results = {vector({{u"alfa"_s, 4}, {u"beta"_s, 3}}, t), vector({{u"alfa"_s, 4}, {u"beta"_s, 4}}, t),
            vector({{u"alfa"_s, double(t / 1000 - 30)}, {u"beta"_s, double(t / 1000 - 2)}}, t), vector({}, t)};
        model.applyReply(reply);
        QCOMPARE(model.data(model.index(1, 0), FederationHealthModel::StateRole).toString(), u"ok"_s);
        QCOMPARE(model.data(model.index(1, 0)).toString(), u"\u2713 OK \u00B7 30 s"_s);
        QCOMPARE(model.data(model.index(1, 1), FederationHealthModel::StateRole).toString(), u"partial"_s);
        QCOMPARE(model.data(model.index(1, 1), FederationHealthModel::TargetsUpRole).toInt(), 3);
        QVERIFY(model.data(model.index(1, 1), Qt::ToolTipRole).toString().contains(u"3 of 4"_s));
        QCOMPARE(model.data(model.index(0, 1), FederationHealthModel::StateRole).toString(), u"unknown"_s);

        // Ages move with the clock; after the stale limit the cell says so.
        clock.advance(200000);
        model.refresh();
        QCOMPARE(model.data(model.index(1, 0), FederationHealthModel::StateRole).toString(), u"stale"_s);
        QCOMPARE(model.data(model.index(1, 0), FederationHealthModel::AgeMsRole).toLongLong(), 230000);
    }
};

QTEST_GUILESS_MAIN(TestFederationHealthModel)
#include "tst_federationhealthmodel.moc"
