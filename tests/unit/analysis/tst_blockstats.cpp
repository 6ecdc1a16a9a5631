#include "analysis/blockstats.h"

#include "chain/extradata.h"

#include <QTest>

using namespace analysis;

namespace {

QList<BlockPoint> fromIntervals(const QList<double> &intervals, quint64 firstNumber = 100)
{
    QList<BlockPoint> points;
    qint64 t = 1'700'000'000;
    BlockPoint first;
    first.number = firstNumber;
    first.timestamp = t;
    points.append(first); // no parent: no interval
    for (double i : intervals) {
        BlockPoint p;
        p.number = points.last().number + 1;
        t += static_cast<qint64>(i);
        p.timestamp = t;
        p.interval = i;
        p.round = 0;
        points.append(p);
    }
    return points;
}

QList<double> repeated(double value, int count)
{
    return QList<double>(count, value);
}

chain::BlockHeader header(quint64 number, quint64 timestamp, quint32 round)
{
    chain::BlockHeader h;
    h.number = number;
    h.timestamp = timestamp;
    h.miner = QByteArray(20, '\x11');
    h.gasLimit = 1000;
    h.gasUsed = 250;
    h.transactionCount = 3;
    chain::BftExtraData extra;
    extra.vanity = QByteArray(32, '\0');
    extra.validators = {QByteArray(20, '\x11'), QByteArray(20, '\x22')};
    extra.round = round;
    h.extraData = chain::encodeExtraData(extra);
    return h;
}

} // namespace

class TestBlockStats : public QObject
{
    Q_OBJECT
private slots:
    void percentiles_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p50");
        QTest::addColumn<double>("p95");
        QTest::addColumn<double>("p99");
        QTest::addColumn<double>("max");

        QList<double> oneToHundred;
        for (int i = 1; i <= 100; ++i)
            oneToHundred.append(i);
        QTest::newRow("1..100") << oneToHundred << 50.0 << 95.0 << 99.0 << 100.0;
        QTest::newRow("single") << QList<double> {7} << 7.0 << 7.0 << 7.0 << 7.0;
        QTest::newRow("steady 4 s") << repeated(4, 500) << 4.0 << 4.0 << 4.0 << 4.0;
        // 1000 intervals: 989 of 4 s, 10 of 12 s, one of 40 s. The 99th percentile is the 990th value.
        QList<double> mixed = repeated(4, 989) + repeated(12, 10) + QList<double> {40};
        QTest::newRow("mostly 4 s") << mixed << 4.0 << 4.0 << 12.0 << 40.0;
        QTest::newRow("two values") << QList<double> {2, 30} << 2.0 << 30.0 << 30.0 << 30.0;
    }
    void percentiles()
    {
        QFETCH(QList<double>, values);
        const IntervalStats s = intervalStats(fromIntervals(values), ServiceLevels::rbbDefaults());
        QCOMPARE(s.count, values.size());
        QCOMPARE(s.blocks, values.size() + 1);
        QTEST(s.p50, "p50");
        QTEST(s.p95, "p95");
        QTEST(s.p99, "p99");
        QTEST(s.max, "max");
    }

    void slaShares_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("fast");
        QTest::addColumn<int>("slow");
        QTest::addColumn<bool>("fastMet");
        QTest::addColumn<bool>("slowMet");

        QTest::newRow("steady") << repeated(4, 1000) << 1000 << 1000 << true << true;
        // 989/1000 = 98.9% < 99%; 999/1000 = 99.9% meets 99.9%.
        QTest::newRow("fast share just missed")
            << repeated(4, 989) + repeated(12, 10) + QList<double> {40} << 989 << 999 << false << true;
        QTest::newRow("exactly 99%") << repeated(4, 990) + repeated(12, 10) << 990 << 1000 << true << true;
        // "< 10 s" is strict: an interval of exactly 10 s is not fast; exactly 30 s is not under 30 s.
        QTest::newRow("boundaries") << QList<double> {9, 10, 29, 30} << 1 << 3 << false << false;
        QTest::newRow("slow share missed") << repeated(4, 997) + repeated(31, 3) << 997 << 997 << true << false;
    }
    void slaShares()
    {
        QFETCH(QList<double>, values);
        QFETCH(int, fast);
        QFETCH(int, slow);
        const IntervalStats s = intervalStats(fromIntervals(values), ServiceLevels::rbbDefaults());
        QCOMPARE(s.fastCount, fast);
        QCOMPARE(s.slowCount, slow);
        QCOMPARE(s.fastShare, double(fast) / values.size());
        QCOMPARE(s.slowShare, double(slow) / values.size());
        QTEST(s.fastMet, "fastMet");
        QTEST(s.slowMet, "slowMet");
    }

    void customThresholds()
    {
        ServiceLevels levels;
        levels.fastIntervalSeconds = 5;
        levels.slowIntervalSeconds = 8;
        const IntervalStats s = intervalStats(fromIntervals({2, 4, 6, 9}), levels);
        QCOMPARE(s.fastCount, 2);
        QCOMPARE(s.slowCount, 3);
        QCOMPARE(s.maxIntervalBlock, quint64(104));
    }

    void empty()
    {
        const IntervalStats s = intervalStats({}, ServiceLevels::rbbDefaults());
        QCOMPARE(s.count, 0);
        QCOMPARE(s.p99, 0.0);
        QVERIFY(!s.fastMet);
        QVERIFY(!s.slowMet);
    }

    void pointsFromHeaders()
    {
        // Blocks 10, 11, 13 (12 missing): 11 has an interval, 13 has none; 13 was decided in round 2.
        QList<::BlockRecord> records;
        for (const auto &h : {header(10, 1000, 0), header(11, 1004, 0), header(13, 1013, 2)}) {
            ::BlockRecord r;
            r.header = h;
            records.append(r);
        }
        const QList<BlockPoint> points = blockPoints(records);
        QCOMPARE(points.size(), 3);
        QVERIFY(!points.at(0).hasInterval());
        QCOMPARE(points.at(1).interval, 4.0);
        QVERIFY(!points.at(2).hasInterval());
        QCOMPARE(points.at(2).round, std::optional<quint32>(2));
        QVERIFY(points.at(2).roundChange());
        QVERIFY(!points.at(1).roundChange());
        QCOMPARE(points.at(1).transactions, 3);
        QCOMPARE(points.at(1).gasUsed, quint64(250));
        const IntervalStats s = intervalStats(points, ServiceLevels::rbbDefaults());
        QCOMPARE(s.roundChanges, 1);
        QCOMPARE(s.count, 1);
    }

    void undecodableExtraData()
    {
        chain::BlockHeader h = header(5, 100, 0);
        h.extraData = QByteArray("\x01\x02", 2);
        const BlockPoint p = blockPoint(h, nullptr, chain::BftType::Qbft);
        QVERIFY(!p.round.has_value());
        QVERIFY(!p.roundChange());
    }

    void histogram()
    {
        const QList<int> bins = intervalHistogram(fromIntervals({0, 4, 4, 4.5, 5, 31, 100}), 31);
        QCOMPARE(bins.size(), 31);
        QCOMPARE(bins.at(0), 1);
        QCOMPARE(bins.at(4), 3);
        QCOMPARE(bins.at(5), 1);
        QCOMPARE(bins.at(30), 2); // the last bin takes everything above
    }
};

QTEST_GUILESS_MAIN(TestBlockStats)
#include "tst_blockstats.moc"
