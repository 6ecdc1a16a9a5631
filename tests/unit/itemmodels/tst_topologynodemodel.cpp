#include "../../fixtures/topology/topologyfixture.h"

#include "itemmodels/topologynodemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace analysis;
using namespace Qt::StringLiterals;

namespace {

TopologyGraph graphOf(const char *file, int minPeers = -1)
{
    TopologyFixture f = loadTopologyFixture(
        QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/topology/") + QString::fromLatin1(file));
    if (minPeers >= 0)
        f.input.minPeers = minPeers;
    return buildTopology(f.input);
}

} // namespace

class TestTopologyNodeModel : public QObject
{
    Q_OBJECT
private slots:
    void rows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("findingContains");
        QTest::newRow("partition") << u"partition.json"_s << u"validator03"_s << u"partition 2 of 2"_s;
        QTest::newRow("quorum") << u"quorum.json"_s << u"validator07"_s << u"quorum needs 5"_s;
        QTest::newRow("missing") << u"missing.json"_s << u"validator01"_s << u"1 expected link(s) missing"_s;
        QTest::newRow("observers") << u"observers.json"_s << u"observers@observer-boot01"_s << QString();
    }

    void rows()
    {
        QFETCH(QString, file);
        QFETCH(QString, node);
        QFETCH(QString, findingContains);
        TopologyNodeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TopologyGraph g = graphOf(file.toLatin1().constData());
        model.setGraph(g);
        QCOMPARE(model.rowCount(), int(g.nodes.size()));
        const int row = model.rowOf(node);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row, 0), TopologyNodeModel::IdRole).toString(), node);
        const QString findings = model.data(model.index(row, TopologyNodeModel::Findings)).toString();
        if (findingContains.isEmpty())
            QVERIFY2(findings.isEmpty(), qPrintable(findings));
        else
            QVERIFY2(findings.contains(findingContains), qPrintable(findings));
        QVERIFY(!model.headerData(TopologyNodeModel::Findings, Qt::Horizontal).toString().isEmpty());
    }

    void sameNodesGiveDataChangedNotReset()
    {
        TopologyNodeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(graphOf("missing.json"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setGraph(graphOf("missing.json", 3)); // more nodes now short of peers
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() > 0);
        const int before = int(changed.count());
        model.setGraph(graphOf("missing.json", 3));
        QCOMPARE(changed.count(), before); // nothing changed
        model.setGraph(graphOf("quorum.json"));
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTopologyNodeModel)
#include "tst_topologynodemodel.moc"
