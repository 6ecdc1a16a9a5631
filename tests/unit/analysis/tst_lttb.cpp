#include "analysis/lttb.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace analysis;

namespace {

QList<QPointF> noisy(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append(QPointF(i, 4 + std::sin(i / 50.0) + rng.bounded(1.0)));
    return points;
}

} // namespace

class TestLttb : public QObject
{
    Q_OBJECT
private slots:
    void keepsEndpointsAndSize_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threshold");
        QTest::newRow("100k to 2000") << 100000 << 2000;
        QTest::newRow("1000 to 100") << 1000 << 100;
        QTest::newRow("10 to 3") << 10 << 3;
        QTest::newRow("uneven buckets") << 1237 << 97;
    }
    void keepsEndpointsAndSize()
    {
        QFETCH(int, count);
        QFETCH(int, threshold);
        const QList<QPointF> points = noisy(count, 42);
        const QList<QPointF> out = lttb(points, threshold, false);
        QCOMPARE(out.size(), threshold);
        const QList<QPointF> withExtremes = lttb(points, threshold);
        QVERIFY(withExtremes.size() == threshold || withExtremes.size() == threshold + 1);
        QCOMPARE(withExtremes.first(), points.first());
        QCOMPARE(withExtremes.last(), points.last());
        QCOMPARE(out.first(), points.first());
        QCOMPARE(out.last(), points.last());
        QVERIFY(
            std::is_sorted(out.begin(), out.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        // Every kept point is an input point.
        for (const QPointF &p : out)
            QCOMPARE(points.at(static_cast<qsizetype>(p.x())), p);
    }

    void keepsExtremes_data()
    {
        QTest::addColumn<int>("spikeAt");
        QTest::addColumn<int>("dipAt");
        QTest::newRow("middle") << 5000 << 7000;
        QTest::newRow("same bucket") << 5000 << 5001;
        QTest::newRow("next to the ends") << 1 << 9998;
    }
    void keepsExtremes()
    {
        QFETCH(int, spikeAt);
        QFETCH(int, dipAt);
        QList<QPointF> points = noisy(10000, 7);
        points[spikeAt].setY(600); // a ten-minute halt in a week of 4 s blocks
        points[dipAt].setY(-1);
        const QList<QPointF> out = lttb(points, 200);
        QVERIFY(out.contains(points.at(spikeAt)));
        QVERIFY(out.contains(points.at(dipAt)));
    }

    void plainLttbStillKeepsALoneSpike()
    {
        QList<QPointF> points;
        for (int i = 0; i < 5000; ++i)
            points.append(QPointF(i, 4));
        points[2500].setY(90);
        const QList<QPointF> out = lttb(points, 100, false);
        QVERIFY(out.contains(points.at(2500)));
    }

    void smallInputsUnchanged_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threshold");
        QTest::newRow("threshold above count") << 10 << 20;
        QTest::newRow("threshold equal") << 10 << 10;
        QTest::newRow("threshold 2 keeps all") << 10 << 2;
        QTest::newRow("empty") << 0 << 10;
    }
    void smallInputsUnchanged()
    {
        QFETCH(int, count);
        QFETCH(int, threshold);
        const QList<QPointF> points = noisy(count, 1);
        QCOMPARE(lttb(points, threshold), points);
    }
};

QTEST_GUILESS_MAIN(TestLttb)
#include "tst_lttb.moc"
