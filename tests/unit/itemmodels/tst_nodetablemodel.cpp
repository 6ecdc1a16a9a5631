#include "itemmodels/nodetablemodel.h"

#include "core/clock.h"
#include "state/networkstate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

NetworkConfig network(double period = 4)
{
    NetworkConfig n;
    n.name = u"test"_s;
    n.blockPeriodSeconds = period;
    n.institutions = {{u"bndes"_s, u"BNDES"_s, {}}};
    for (const QString &name : {u"validator01"_s, u"validator02"_s, u"boot01"_s}) {
        NodeConfig node;
        node.name = name;
        node.type = name.startsWith(u"boot"_s) ? NodeType::Boot : NodeType::Validator;
        node.institution = u"bndes"_s;
        n.nodes.append(node);
    }
    return n;
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

Severity severity(const QAbstractItemModel &m, int row, int column)
{
    return static_cast<Severity>(m.data(m.index(row, column), ItemRoles::Severity).toInt());
}

} // namespace

class TestNodeTableModel : public QObject
{
    Q_OBJECT
private slots:
    void thresholds_data()
    {
        QTest::addColumn<double>("period");
        QTest::addColumn<int>("pollMs");
        QTest::addColumn<quint64>("lagWarning");
        QTest::addColumn<quint64>("lagCritical");
        QTest::addColumn<double>("ageWarning");
        QTest::addColumn<double>("ageCritical");
        QTest::newRow("RBB 4 s, 5 s polls") << 4.0 << 5000 << quint64(2) << quint64(8) << 17.0 << 37.0;
        QTest::newRow("IBFT 2 s") << 2.0 << 5000 << quint64(3) << quint64(15) << 15.0 << 35.0;
        QTest::newRow("slow 15 s") << 15.0 << 5000 << quint64(2) << quint64(5) << 50.0 << 125.0;
        QTest::newRow("1 s, 1 s polls") << 1.0 << 1000 << quint64(2) << quint64(30) << 11.0 << 31.0;
    }
    void thresholds()
    {
        QFETCH(double, period);
        QFETCH(int, pollMs);
        NetworkConfig n = network(period);
        n.polling.nodeStatusMs = pollMs;
        const NodeThresholds t = NodeThresholds::forNetwork(n);
        QTEST(t.lagWarningBlocks, "lagWarning");
        QTEST(t.lagCriticalBlocks, "lagCritical");
        QTEST(t.headAgeWarningSeconds, "ageWarning");
        QTEST(t.headAgeCriticalSeconds, "ageCritical");
        QCOMPARE(t.lag(t.lagWarningBlocks), Severity::Ok);
        QCOMPARE(t.lag(t.lagWarningBlocks + 1), Severity::Warning);
        QCOMPARE(t.lag(t.lagCriticalBlocks + 1), Severity::Critical);
    }

    void figures()
    {
        const QDateTime t0(QDate(2024, 3, 4), QTime(12, 0), Qt::UTC);
        ManualClock clock(t0);
        NetworkState state(&clock);
        state.configure(network());
        NodeTableModel model(&state);
        model.setAgeRefreshInterval(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model, 0, NodeTableModel::Node), u"? validator01"_s);
        QCOMPARE(text(model, 0, NodeTableModel::Lag), u"? unknown"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        NodeRpcStatus s;
        s.node = u"validator01"_s;
        s.at = t0;
        s.reachable = true;
        s.blockNumber = 1000;
        s.peerCount = 5;
        s.clientVersion = u"besu/v25.5.0/linux-x86_64/openjdk-java-21"_s;
        s.syncing = besu::SyncStatus {};
        state.applyRpcStatus(s);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);

        s.node = u"validator02"_s;
        s.blockNumber = 995; // 5 behind: warning (> 2), not critical (<= 8)
        state.applyRpcStatus(s);
        s.node = u"boot01"_s;
        s.blockNumber = 980; // 20 behind: critical
        s.peerCount = 0;
        state.applyRpcStatus(s);

        QCOMPARE(text(model, 0, NodeTableModel::Lag), u"at tip"_s);
        QCOMPARE(severity(model, 1, NodeTableModel::Lag), Severity::Warning);
        QVERIFY(text(model, 1, NodeTableModel::Lag).startsWith(u"⚠ 5 block"_s));
        QCOMPARE(severity(model, 2, NodeTableModel::Lag), Severity::Critical);
        QVERIFY(text(model, 2, NodeTableModel::Lag).startsWith(u"✖ 20 block"_s));
        QCOMPARE(severity(model, 2, NodeTableModel::Peers), Severity::Critical);
        QCOMPARE(text(model, 0, NodeTableModel::InSync), u"in sync"_s);
        QCOMPARE(text(model, 0, NodeTableModel::Client), u"besu/v25.5.0/linux-x86_64/openjdk-java-21"_s);
        QCOMPARE(text(model, 0, NodeTableModel::Up), u"up (RPC)"_s);

        // Prometheus: peer limit and a disagreeing `up`.
        PrometheusNodeFigures f;
        f.at = t0.addSecs(1);
        f.peers = 23;
        f.peerLimit = 25;
        f.up = false;
        f.inSync = true;
        state.applyPrometheus(u"validator01"_s, f);
        QCOMPARE(text(model, 0, NodeTableModel::Up), u"✖ up (RPC), down (Prometheus)"_s);
        QCOMPARE(severity(model, 0, NodeTableModel::Up), Severity::Critical);
        QCOMPARE(text(model, 0, NodeTableModel::Peers), u"⚠ 23 / 25 (92%)"_s);
        QVERIFY(model.data(model.index(0, NodeTableModel::Peers), Qt::ToolTipRole)
                    .toString()
                    .contains(u"Prometheus: 23"_s));
        QCOMPARE(model.rowSeverity(0), Severity::Critical);

        // A higher tip (from another node) changes every lag.
        changed.clear();
        s.node = u"validator02"_s;
        s.blockNumber = 1010;
        s.peerCount = 5;
        state.applyRpcStatus(s);
        QCOMPARE(text(model, 1, NodeTableModel::Lag), u"at tip"_s);
        QVERIFY(text(model, 0, NodeTableModel::Lag).startsWith(u"✖ 10 block"_s));

        // Head age follows the clock.
        chain::BlockHeader head;
        head.number = 1010;
        head.timestamp = quint64(t0.toSecsSinceEpoch());
        state.applyHead(u"validator02"_s, head, t0);
        clock.setNow(t0.addSecs(10));
        QCOMPARE(text(model, 1, NodeTableModel::LastBlock), u"10 s ago"_s);
        QCOMPARE(severity(model, 1, NodeTableModel::LastBlock), Severity::Ok);
        clock.setNow(t0.addSecs(20));
        QCOMPARE(severity(model, 1, NodeTableModel::LastBlock), Severity::Warning);
        clock.setNow(t0.addSecs(60));
        QCOMPARE(severity(model, 1, NodeTableModel::LastBlock), Severity::Critical);
        QVERIFY(text(model, 1, NodeTableModel::LastBlock).startsWith(u"✖ "_s));

        state.markRpcUnreachable(u"validator02"_s, u"connection refused"_s, t0.addSecs(60));
        QCOMPARE(text(model, 1, NodeTableModel::Up), u"✖ down (RPC)"_s);
        QVERIFY(model.data(model.index(1, NodeTableModel::Up), Qt::ToolTipRole)
                    .toString()
                    .contains(u"connection refused"_s));

        state.configure(network());
        QCOMPARE(text(model, 0, NodeTableModel::Lag), u"? unknown"_s);
    }

    void ageRefresh()
    {
        NetworkState state;
        state.configure(network());
        NodeTableModel model(&state);
        model.setAgeRefreshInterval(10);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(NodeTableModel::LastBlock));
    }
};

QTEST_GUILESS_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"
