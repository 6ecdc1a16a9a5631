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

HealthLevel severity(const QAbstractItemModel &m, int row, int column)
{
    return static_cast<HealthLevel>(m.data(m.index(row, column), ItemRoles::Health).toInt());
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
        // Block age: warning at period + half the request timeout (8 s), critical at the chain-halt limit
        // period + request timeout + 1 s, so one round change (period + timeout) never reads as a halt.
        QTest::newRow("RBB 4 s, 5 s polls") << 4.0 << 5000 << quint64(2) << quint64(8) << 8.0 << 13.0;
        QTest::newRow("IBFT 2 s") << 2.0 << 5000 << quint64(3) << quint64(15) << 6.0 << 11.0;
        QTest::newRow("slow 15 s") << 15.0 << 5000 << quint64(2) << quint64(5) << 19.0 << 24.0;
        QTest::newRow("1 s, 1 s polls") << 1.0 << 1000 << quint64(2) << quint64(30) << 5.0 << 10.0;
    }
    void thresholds()
    {
        QFETCH(double, period);
        QFETCH(int, pollMs);
        NetworkConfig n = network(period);
        n.polling.nodeStatusMs = pollMs;
        const HealthThresholds t = HealthThresholds::forNetwork(n);
        QTEST(t.lagWarningBlocks, "lagWarning");
        QTEST(t.lagCriticalBlocks, "lagCritical");
        QTEST(t.blockAgeWarningSeconds, "ageWarning");
        QTEST(t.blockAgeCriticalSeconds, "ageCritical");
        QCOMPARE(t.lag(t.lagWarningBlocks), HealthLevel::Ok);
        QCOMPARE(t.lag(t.lagWarningBlocks + 1), HealthLevel::Warning);
        QCOMPARE(t.lag(t.lagCriticalBlocks + 1), HealthLevel::Critical);
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
        s.txPool = besu::TxPoolStatistics {4096, 3, 9};
        state.applyRpcStatus(s);
        s.txPool.reset();
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
        QCOMPARE(severity(model, 1, NodeTableModel::Lag), HealthLevel::Warning);
        QVERIFY(text(model, 1, NodeTableModel::Lag).startsWith(u"▲ 5 block"_s));
        QCOMPARE(severity(model, 2, NodeTableModel::Lag), HealthLevel::Critical);
        QVERIFY(text(model, 2, NodeTableModel::Lag).startsWith(u"✖ 20 block"_s));
        QCOMPARE(severity(model, 2, NodeTableModel::Peers), HealthLevel::Critical);
        QCOMPARE(text(model, 0, NodeTableModel::InSync), u"in sync"_s);
        QCOMPARE(text(model, 0, NodeTableModel::Client), u"besu/v25.5.0/linux-x86_64/openjdk-java-21"_s);
        // txpool_besuStatistics: transactions held (local + remote) of the pool's room; a node without a reply is
        // unknown, and so is a reading older than the stale limit.
        QCOMPARE(text(model, 0, NodeTableModel::TxPool), u"12 / 4,096"_s);
        QCOMPARE(severity(model, 0, NodeTableModel::TxPool), HealthLevel::Ok);
        QVERIFY(model.index(0, NodeTableModel::TxPool)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"3 local and 9 remote"_s));
        QCOMPARE(text(model, 1, NodeTableModel::TxPool), u"? unknown"_s);
        QCOMPARE(severity(model, 1, NodeTableModel::TxPool), HealthLevel::Unknown);
        clock.advance(60000);
        QCOMPARE(severity(model, 0, NodeTableModel::TxPool), HealthLevel::Unknown);
        const QString stalePool = text(model, 0, NodeTableModel::TxPool);
        QVERIFY2(stalePool.startsWith(u"? 12 / 4,096 ("_s), qPrintable(stalePool));
        clock.advance(-60000);
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
        QCOMPARE(severity(model, 0, NodeTableModel::Up), HealthLevel::Critical);
        QCOMPARE(text(model, 0, NodeTableModel::Peers), u"▲ 23 / 25 (92%)"_s);
        QVERIFY(model.data(model.index(0, NodeTableModel::Peers), Qt::ToolTipRole)
                    .toString()
                    .contains(u"Prometheus: 23"_s));
        QCOMPARE(model.rowLevel(0), HealthLevel::Critical);

        // A higher tip (from another node) changes every lag.
        changed.clear();
        s.node = u"validator02"_s;
        s.blockNumber = 1010;
        s.peerCount = 5;
        state.applyRpcStatus(s);
        QCOMPARE(text(model, 1, NodeTableModel::Lag), u"at tip"_s);
        QVERIFY(text(model, 2, NodeTableModel::Lag).startsWith(u"✖ 30 block"_s));
        QCOMPARE(text(model, 0, NodeTableModel::Lag), u"? unknown"_s); // down (Prometheus): its height is not a lag

        // The head's verdict rests on how long the node had gone without a newer block when it was observed, not
        // on how old the observation is: a head seen 10 s ago is fine, one seen 20 s ago (stale) is unknown.
        chain::BlockHeader head;
        head.number = 1010;
        head.timestamp = quint64(t0.toSecsSinceEpoch());
        state.applyHead(u"validator02"_s, head, t0);
        clock.setNow(t0.addSecs(10));
        QCOMPARE(text(model, 1, NodeTableModel::LastBlock), u"10 s ago"_s);
        QCOMPARE(severity(model, 1, NodeTableModel::LastBlock), HealthLevel::Ok);
        clock.setNow(t0.addSecs(20));
        QCOMPARE(severity(model, 1, NodeTableModel::LastBlock), HealthLevel::Unknown);
        QCOMPARE(severity(model, 1, NodeTableModel::Node), HealthLevel::Unknown);
        QVERIFY(text(model, 1, NodeTableModel::Height).contains(u"old"_s)); // a stale height says its age
        // Observed now, with the head 20 s old: past the 13 s halt limit.
        head.timestamp = quint64(t0.toSecsSinceEpoch());
        state.applyHead(u"validator02"_s, head, t0.addSecs(20));
        QCOMPARE(severity(model, 1, NodeTableModel::LastBlock), HealthLevel::Critical);
        QVERIFY(text(model, 1, NodeTableModel::LastBlock).startsWith(u"✖ "_s));
        clock.setNow(t0.addSecs(60));

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
        QVERIFY(changed.first().at(0).value<QModelIndex>().column() <= int(NodeTableModel::LastBlock));
        QVERIFY(changed.first().at(1).value<QModelIndex>().column() >= int(NodeTableModel::LastBlock));
    }
};

QTEST_GUILESS_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"
