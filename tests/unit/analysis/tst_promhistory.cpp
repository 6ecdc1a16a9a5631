#include "analysis/promhistory.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A one-series matrix from (time s, value) pairs.
PromQueryResult matrix(const QList<std::pair<qint64, double>> &samples)
{
    PromQueryResult r;
    r.ok = true;
    r.type = PromQueryResult::Type::Matrix;
    PromSeries s;
    for (const auto &[t, v] : samples)
        s.samples.append({t * 1000, v});
    r.series.append(s);
    return r;
}

struct Expected
{
    qint64 timeS;
    double interval;
    double blocks;
};

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class TestPromHistory : public QObject
{
    Q_OBJECT
private slots:
    void stepIntervals_data()
    {
        QTest::addColumn<PromQueryResult>("height");
        QTest::addColumn<PromQueryResult>("stamp");
        QTest::addColumn<QList<Expected>>("expected");

        const double nan = qQNaN();
        // Step 60 s, one block every 4 s: 15 blocks per step, the head timestamp 60 s later each step.
        QTest::newRow("steady") << matrix({{1000, 100}, {1060, 115}, {1120, 130}})
                                << matrix({{1000, 996}, {1060, 1056}, {1120, 1116}})
                                << QList<Expected> {{1060, 4, 15}, {1120, 4, 15}};
        // A 12 s round change within the step: 13 blocks over 60 s.
        QTest::newRow("round change") << matrix({{1000, 100}, {1060, 113}}) << matrix({{1000, 996}, {1060, 1056}})
                                      << QList<Expected> {{1060, 60.0 / 13, 13}};
        // Production stops after 1060 (head made at 1056): no block in the next two steps; the stalled interval
        // is at least the step and grows with the time since the head block.
        QTest::newRow("stop") << matrix({{1000, 100}, {1060, 115}, {1120, 115}, {1180, 115}, {1240, 118}})
                              << matrix({{1000, 996}, {1060, 1056}, {1120, 1056}, {1180, 1056}, {1240, 1236}})
                              << QList<Expected> {{1060, 4, 15}, {1120, 64, 0}, {1180, 124, 0}, {1240, 60, 3}};
        // No block in a step but the head was made just before the step's start: at least the step.
        QTest::newRow("stop, fresh head") << matrix({{1000, 100}, {1060, 100}}) << matrix({{1000, 1000}, {1060, 1000}})
                                          << QList<Expected> {{1060, 60, 0}};
        // Scrapes missing from 1060 to 1180 (a gap in the counters): the next step spans the gap, exactly.
        QTest::newRow("gap") << matrix({{1000, 100}, {1180, 145}, {1240, 160}})
                             << matrix({{1000, 996}, {1180, 1176}, {1240, 1236}})
                             << QList<Expected> {{1180, 4, 45}, {1240, 4, 15}};
        // The height goes down (the best-synced node left): no point for that step, the next one counts again.
        QTest::newRow("height drops") << matrix({{1000, 100}, {1060, 90}, {1120, 105}})
                                      << matrix({{1000, 996}, {1060, 956}, {1120, 1016}})
                                      << QList<Expected> {{1120, 4, 15}};
        // NaN in either series drops that sample; a timestamp without a height too.
        QTest::newRow("NaN") << matrix({{1000, 100}, {1060, nan}, {1120, 130}, {1180, 145}})
                             << matrix({{1000, 996}, {1060, 1056}, {1120, nan}, {1180, 1176}, {1240, 1236}})
                             << QList<Expected> {{1180, 4, 45}};
        QTest::newRow("empty") << PromQueryResult() << matrix({{1000, 996}}) << QList<Expected> {};
        QTest::newRow("one sample") << matrix({{1000, 100}}) << matrix({{1000, 996}}) << QList<Expected> {};
    }

    void stepIntervals()
    {
        QFETCH(PromQueryResult, height);
        QFETCH(PromQueryResult, stamp);
        QFETCH(QList<Expected>, expected);
        const QList<analysis::StepInterval> got = analysis::stepIntervals(height, stamp);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).timeMs, expected.at(i).timeS * 1000);
            QVERIFY2(std::abs(got.at(i).meanInterval - expected.at(i).interval) < 1e-9,
                qPrintable(u"%1: %2 vs %3"_s.arg(i).arg(got.at(i).meanInterval).arg(expected.at(i).interval)));
            QCOMPARE(got.at(i).blocks, expected.at(i).blocks);
            QCOMPARE(got.at(i).stopped(), expected.at(i).blocks == 0);
            QVERIFY(std::isfinite(got.at(i).meanInterval));
        }
    }

    void rangeStep_data()
    {
        QTest::addColumn<double>("period");
        QTest::addColumn<qint64>("window");
        QTest::addColumn<int>("step");
        QTest::newRow("1 h") << 4.0 << qint64(3600) << 5;
        QTest::newRow("24 h") << 4.0 << qint64(86400) << 60;
        QTest::newRow("7 d") << 4.0 << qint64(7 * 86400) << 300;
        QTest::newRow("slow chain") << 15.0 << qint64(3600) << 15;
        QTest::newRow("zero period") << 0.0 << qint64(3600) << 2;
    }

    void rangeStep()
    {
        QFETCH(double, period);
        QFETCH(qint64, window);
        QFETCH(int, step);
        QCOMPARE(analysis::rangeStepSeconds(period, window), step);
    }

    void queries()
    {
        QCOMPARE(analysis::chainHeightQuery(u"rbb"_s), u"max(ethereum_blockchain_height{job=\"rbb\"})"_s);
        QCOMPARE(analysis::chainHeadTimestampQuery(u"a\"b"_s),
            u"max(besu_blockchain_chain_head_timestamp{job=\"a\\\"b\"})"_s);
    }
};

QTEST_GUILESS_MAIN(TestPromHistory)
#include "tst_promhistory.moc"
