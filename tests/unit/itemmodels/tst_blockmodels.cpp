#include "itemmodels/blockhistory.h"
#include "analysis/validatoranalysis.h"
#include "itemmodels/recentblocksmodel.h"

#include "chain/extradata.h"
#include "chain/hex.h"
#include "chain/secp256k1.h"
#include "core/clock.h"
#include "state/networkstate.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray key(int i)
{
    QByteArray k(32, '\0');
    k[31] = static_cast<char>(i + 1);
    return k;
}

QByteArray validatorAddress(int i)
{
    return chain::addressFromPublicKey(chain::publicKey(key(i)));
}

QList<QByteArray> validatorSet()
{
    QList<QByteArray> set;
    for (int i = 0; i < 4; ++i)
        set.append(validatorAddress(i));
    std::sort(set.begin(), set.end());
    return set;
}

// A QBFT block proposed by validator `proposer`, decided in `round`, with committed seals from the first
// `sealCount` validators; `salt` changes the hash (another block at the same height).
chain::BlockHeader makeBlock(
    quint64 number, quint64 timestamp, int proposer = 0, quint32 round = 0, int sealCount = 3, int salt = 0)
{
    chain::BlockHeader h;
    h.number = number;
    h.timestamp = timestamp;
    h.parentHash = QByteArray(32, '\x01');
    h.sha3Uncles = QByteArray(32, '\x02');
    h.miner = validatorAddress(proposer);
    h.stateRoot = QByteArray(32, '\x03');
    h.transactionsRoot = QByteArray(32, '\x04');
    h.receiptsRoot = QByteArray(32, '\x05');
    h.logsBloom = QByteArray(256, '\0');
    h.difficulty = QByteArray(1, '\x01');
    h.gasLimit = 100'000'000;
    h.gasUsed = 21'000 * quint64(number % 5);
    h.mixHash = QByteArray(32, '\x06');
    h.nonce = QByteArray(8, '\0');
    h.transactionCount = int(number % 5);
    chain::BftExtraData extra;
    extra.vanity = QByteArray(32, static_cast<char>(salt));
    extra.validators = validatorSet();
    extra.round = round;
    const QByteArray sealHash = h.sealHash(extra);
    for (int i = 0; i < sealCount; ++i)
        extra.seals.append(chain::sign(sealHash, key(i)));
    h.extraData = chain::encodeExtraData(extra);
    h.hash = h.computeHash(extra);
    return h;
}

NetworkConfig network()
{
    NetworkConfig n;
    n.name = u"test"_s;
    n.blockPeriodSeconds = 4;
    n.institutions = {{u"bndes"_s, u"BNDES"_s, {}}, {u"tcu"_s, u"TCU"_s, {}}};
    for (int i = 0; i < 4; ++i) {
        NodeConfig node;
        node.name = u"validator%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        node.type = NodeType::Validator;
        node.institution = i < 2 ? u"bndes"_s : u"tcu"_s;
        node.address = chain::toHex(validatorAddress(i));
        n.nodes.append(node);
    }
    return n;
}

QList<chain::BlockHeader> range(quint64 from, quint64 to)
{
    QList<chain::BlockHeader> out;
    for (quint64 n = from; n <= to; ++n)
        out.append(makeBlock(n, 1'700'000'000 + 4 * n, int(n % 4)));
    return out;
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

HealthLevel severity(const QAbstractItemModel &m, int row, int column)
{
    return static_cast<HealthLevel>(m.data(m.index(row, column), ItemRoles::Health).toInt());
}

// Seals and rounds come from the state's analysis cache, which analyses new blocks on the next event-loop turn.
bool analysed(NetworkState *state)
{
    return QTest::qWaitFor([state] { return !BlockAnalysisCache::of(state)->isBusy(); }, 5000);
}

QList<quint64> shownNumbers(const RecentBlocksModel &m)
{
    QList<quint64> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.data(m.index(r, 0), ItemRoles::Key).toULongLong());
    return out;
}

} // namespace

class TestBlockModels : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2024, 3, 4), QTime(12, 0), Qt::UTC));
        m_state = std::make_unique<NetworkState>(m_clock.get());
        m_state->configure(network());
        m_model = std::make_unique<RecentBlocksModel>(m_state.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_state.reset();
    }

    void rowsNewestFirst()
    {
        m_state->addBlocks(range(1, 10));
        QVERIFY(analysed(m_state.get()));
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(shownNumbers(*m_model), (QList<quint64> {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Interval), u"4 s"_s);
        QCOMPARE(text(*m_model, 9, RecentBlocksModel::Interval), u"—"_s); // block 1: parent not held
        QCOMPARE(severity(*m_model, 9, RecentBlocksModel::Interval), HealthLevel::Unknown);
        // Block 10's miner is validator index 2 -> validator03 of TCU.
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Proposer), u"validator03"_s);
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Institution), u"TCU"_s);
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Signers), u"3/4"_s);
        QCOMPARE(severity(*m_model, 0, RecentBlocksModel::Signers), HealthLevel::Ok);
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Round), u"0"_s);
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Transactions), u"0"_s);
        QCOMPARE(m_model->data(m_model->index(1, RecentBlocksModel::Gas), ItemRoles::Sort).toULongLong(),
            quint64(4 * 21000));
    }

    void roundChangeAndQuorum_data()
    {
        QTest::addColumn<quint32>("round");
        QTest::addColumn<int>("seals");
        QTest::addColumn<quint64>("gap");
        QTest::addColumn<QString>("roundText");
        QTest::addColumn<int>("roundSeverity");
        QTest::addColumn<QString>("sealText");
        QTest::addColumn<int>("sealSeverity");
        QTest::addColumn<int>("intervalSeverity");
        QTest::newRow("normal") << 0u << 3 << quint64(4) << u"0"_s << int(HealthLevel::Ok) << u"3/4"_s << int(HealthLevel::Ok)
                                << int(HealthLevel::Ok);
        QTest::newRow("round change") << 1u << 4 << quint64(12) << u"▲ 1 (round change)"_s << int(HealthLevel::Warning)
                                      << u"4/4"_s << int(HealthLevel::Ok) << int(HealthLevel::Warning);
        QTest::newRow("below quorum, slow")
            << 3u << 2 << quint64(40) << u"▲ 3 (round change)"_s << int(HealthLevel::Warning) << u"✖ 2/4 below quorum 3"_s
            << int(HealthLevel::Critical) << int(HealthLevel::Critical);
    }
    void roundChangeAndQuorum()
    {
        QFETCH(quint32, round);
        QFETCH(int, seals);
        QFETCH(quint64, gap);
        m_state->addBlocks({makeBlock(100, 1000), makeBlock(101, 1000 + gap, 1, round, seals)});
        QVERIFY(analysed(m_state.get()));
        QCOMPARE(m_model->rowCount(), 2);
        QTEST(text(*m_model, 0, RecentBlocksModel::Round), "roundText");
        QTEST(int(severity(*m_model, 0, RecentBlocksModel::Round)), "roundSeverity");
        QTEST(text(*m_model, 0, RecentBlocksModel::Signers), "sealText");
        QTEST(int(severity(*m_model, 0, RecentBlocksModel::Signers)), "sealSeverity");
        QTEST(int(severity(*m_model, 0, RecentBlocksModel::Interval)), "intervalSeverity");
    }

    void maxRowsAndEviction()
    {
        m_model->setMaxRows(5);
        m_state->addBlocks(range(1, 20));
        QCOMPARE(shownNumbers(*m_model), (QList<quint64> {20, 19, 18, 17, 16}));
        m_state->addBlocks(range(21, 22));
        QCOMPARE(shownNumbers(*m_model), (QList<quint64> {22, 21, 20, 19, 18}));
        m_model->setMaxRows(8);
        QCOMPARE(shownNumbers(*m_model), (QList<quint64> {22, 21, 20, 19, 18, 17, 16, 15}));
        m_state->setBlockCapacity(3);
        QCOMPARE(shownNumbers(*m_model), (QList<quint64> {22, 21, 20}));
    }

    void reorgAndBackfill()
    {
        m_model->setMaxRows(6);
        m_state->addBlocks(range(1, 5));
        m_state->addBlocks(range(8, 10));
        QCOMPARE(shownNumbers(*m_model), (QList<quint64> {10, 9, 8, 5, 4, 3}));
        QCOMPARE(text(*m_model, 2, RecentBlocksModel::Interval), u"—"_s);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_state->addBlocks(range(6, 7)); // the hole is filled: block 8 gets its interval
        QCOMPARE(shownNumbers(*m_model), (QList<quint64> {10, 9, 8, 7, 6, 5}));
        QCOMPARE(text(*m_model, 2, RecentBlocksModel::Interval), u"4 s"_s);
        QVERIFY(!changed.isEmpty());

        // Another block at height 9: 9 and 10 are dropped, the new 9 shown with its own round.
        m_state->addBlocks({makeBlock(9, 1'700'000'000 + 40, 3, 2, 3, 7)});
        QCOMPARE(shownNumbers(*m_model), (QList<quint64> {9, 8, 7, 6, 5, 4}));
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Round), u"…"_s); // until the cache analyses the new block
        QVERIFY(analysed(m_state.get()));
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Round), u"▲ 2 (round change)"_s);
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Proposer), u"validator04"_s);
    }

    void unknownProposerAndReconfigure()
    {
        chain::BlockHeader h = makeBlock(50, 2000);
        h.miner = QByteArray(20, '\x7f');
        m_state->addBlocks({h});
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Proposer), chain::toHex(h.miner));
        QCOMPARE(text(*m_model, 0, RecentBlocksModel::Institution), QString());
        m_state->configure(network());
        QCOMPARE(m_model->rowCount(), 0);
    }

    void blockHistory()
    {
        BlockHistory history(m_state.get());
        QSignalSpy spy(&history, &BlockHistory::changed);
        m_state->addBlocks(range(1, 5));
        m_state->addBlocks({makeBlock(6, 1'700'000'000 + 4 * 6 + 30, 2, 1)});
        QCOMPARE(history.size(), 6);
        QVERIFY(spy.count() >= 2);
        const auto points = history.points();
        QCOMPARE(points.first().number, quint64(1));
        QVERIFY(!points.first().hasInterval());
        QCOMPARE(points.at(1).interval, 4.0);
        QCOMPARE(points.last().interval, 34.0);
        QVERIFY(points.last().roundChange());
        QCOMPARE(history.lastPoints(2).size(), 2);
        QCOMPARE(history.pointsBetween(1'700'000'000 + 8, 1'700'000'000 + 16).size(), 3);
        m_state->dropBlocksFrom(5);
        QCOMPARE(history.size(), 4);
        m_state->addBlocks(range(3, 3)); // same block: nothing changes
        QCOMPARE(history.points().at(2).interval, 4.0);
        m_state->setBlockCapacity(2);
        QCOMPARE(history.size(), 2);
        QVERIFY(!history.points().first().hasInterval()); // its parent was evicted
    }

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<NetworkState> m_state;
    std::unique_ptr<RecentBlocksModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestBlockModels)
#include "tst_blockmodels.moc"
