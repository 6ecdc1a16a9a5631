#include "analysis/signercheck.h"

#include "chain/hex.h"

#include <QTest>

using namespace Qt::StringLiterals;
using analysis::SignerCheckVerdict;

namespace {

QByteArray validator(int i)
{
    return QByteArray(20, char(0xa0 + i));
}

besu::SignerMetric metric(int i, quint64 count, quint64 last)
{
    return {chain::toHex(validator(i)), count, last};
}

// Blocks [first, last]; block n proposed by validator n % 3.
QList<analysis::BlockRecord> chainOf(quint64 first, quint64 last)
{
    QList<analysis::BlockRecord> out;
    for (quint64 n = first; n <= last; ++n) {
        analysis::BlockRecord b;
        b.number = n;
        b.timestamp = qint64(n) * 2;
        b.proposer = validator(int(n % 3));
        b.validators = {validator(0), validator(1), validator(2)};
        out.append(b);
    }
    return out;
}

// In [10, 30): validator 0 proposed 6 (last 27), validator 1 7 (last 28), validator 2 7 (last 29).
QList<besu::SignerMetric> truth()
{
    return {metric(0, 6, 27), metric(1, 7, 28), metric(2, 7, 29)};
}

} // namespace

class TestSignerCheck : public QObject
{
    Q_OBJECT
private slots:
    void check_data();
    void check();
    void range();
};

void TestSignerCheck::check_data()
{
    QTest::addColumn<QList<besu::SignerMetric>>("metrics");
    QTest::addColumn<quint64>("heldFrom"); // blocks held: [heldFrom, 30]
    QTest::addColumn<quint64>("toMin");
    QTest::addColumn<quint64>("toMax");
    QTest::addColumn<int>("subject"); // the validator whose check is examined
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("summary"); // a fragment of its summary
    QTest::addColumn<int>("mismatches"); // over every entry

    QTest::newRow("agree") << truth() << quint64(1) << quint64(30) << quint64(30) << 0
                           << int(SignerCheckVerdict::Agrees) << u"agrees"_s << 0;
    QList<besu::SignerMetric> m = truth();
    m[0].proposedBlockCount = 5;
    QTest::newRow("count mismatch") << m << quint64(1) << quint64(30) << quint64(30) << 0
                                    << int(SignerCheckVerdict::Mismatch) << u"RPC says 5, blocks say 6"_s << 1;
    m = truth();
    m[0].lastProposedBlockNumber = 24;
    QTest::newRow("later proposal on chain") << m << quint64(1) << quint64(30) << quint64(30) << 0
                                             << int(SignerCheckVerdict::Mismatch) << u"RPC says last #24"_s << 1;
    m = truth();
    m[0].lastProposedBlockNumber = 26;
    QTest::newRow("last block by another") << m << quint64(1) << quint64(30) << quint64(30) << 0
                                           << int(SignerCheckVerdict::Mismatch) << u"another proposer"_s << 1;
    m = truth();
    m.removeFirst();
    QTest::newRow("missing from RPC") << m << quint64(1) << quint64(30) << quint64(30) << 0
                                      << int(SignerCheckVerdict::Mismatch) << u"missing from RPC"_s << 1;
    m = truth();
    m.append(metric(3, 1, 20));
    QTest::newRow("missing on chain") << m << quint64(1) << quint64(30) << quint64(30) << 3
                                      << int(SignerCheckVerdict::Mismatch) << u"RPC says 1, blocks say 0"_s << 1;
    QTest::newRow("range not covered") << truth() << quint64(15) << quint64(30) << quint64(30) << 0
                                       << int(SignerCheckVerdict::NotComparable) << u"not comparable"_s << 0;
    // The end is only known to lie in [28, 31): block 30 (validator 0's) may or may not count.
    m = truth();
    m[1].lastProposedBlockNumber = 25;
    m[1].proposedBlockCount = 6;
    m[2].lastProposedBlockNumber = 26;
    m[2].proposedBlockCount = 6;
    QTest::newRow("uncertain end, agree")
        << m << quint64(1) << quint64(27) << quint64(31) << 0 << int(SignerCheckVerdict::Agrees) << u"agrees"_s << 0;
    m[0].proposedBlockCount = 8;
    QTest::newRow("uncertain end, too many") << m << quint64(1) << quint64(27) << quint64(31) << 0
                                             << int(SignerCheckVerdict::Mismatch) << u"blocks say 5\u20137"_s << 1;
}

void TestSignerCheck::check()
{
    QFETCH(QList<besu::SignerMetric>, metrics);
    QFETCH(quint64, heldFrom);
    QFETCH(quint64, toMin);
    QFETCH(quint64, toMax);
    QFETCH(int, subject);
    QFETCH(int, verdict);
    QFETCH(QString, summary);
    QFETCH(int, mismatches);

    const analysis::SignerMetricsRange range {10, 10, toMin, toMax};
    const QList<analysis::SignerCheck> checks = analysis::checkSignerMetrics(metrics, range, chainOf(heldFrom, 30));
    const auto it = std::find_if(checks.cbegin(), checks.cend(),
        [&](const analysis::SignerCheck &c) { return c.address == validator(subject); });
    QVERIFY(it != checks.cend());
    QVERIFY2(it->summary.contains(summary), qPrintable(it->summary));
    QCOMPARE(int(it->verdict), verdict);
    QCOMPARE(it->mismatch(), verdict == int(SignerCheckVerdict::Mismatch));
    QVERIFY(!it->explanation.isEmpty());
    QCOMPARE(
        int(std::count_if(checks.cbegin(), checks.cend(), [](const auto &c) { return c.mismatch(); })), mismatches);
    if (verdict == int(SignerCheckVerdict::Agrees)) {
        QCOMPARE(it->rpcProposed, std::optional<quint64>(6));
        QVERIFY(it->chainProposed && *it->chainProposed <= 6);
        QVERIFY(it->chainProposedMax && *it->chainProposedMax >= 6);
        QCOMPARE(it->rpcLastProposed, std::optional<quint64>(27));
    }
}

void TestSignerCheck::range()
{
    SignerMetricsRecord record;
    record.metrics = {metric(0, 3, 131), metric(1, 0, 0)};
    // Default window: the start follows the uncertain end; the reply proves the end is past block 131.
    analysis::SignerMetricsRange r = analysis::signerMetricsRange(record, 130, 135);
    QCOMPARE(r.toMin, quint64(132));
    QCOMPARE(r.toMax, quint64(135));
    QCOMPARE(r.fromMin, quint64(32));
    QCOMPARE(r.fromMax, quint64(35));
    record.fromBlock = 100;
    r = analysis::signerMetricsRange(record, 140, 140);
    QCOMPARE(r.fromMin, quint64(100));
    QCOMPARE(r.fromMax, quint64(100));
    QCOMPARE(r.toMin, quint64(140));
    QCOMPARE(r.toMax, quint64(140));
}

QTEST_GUILESS_MAIN(TestSignerCheck)
#include "tst_signercheck.moc"
