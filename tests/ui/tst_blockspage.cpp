#include "blockchartview.h"
#include "blockspage.h"
#include "monitor/monitor.h"

#include "chain/extradata.h"
#include "chain/hex.h"
#include "chain/secp256k1.h"
#include "core/clock.h"
#include "sources/httpfetcher.h"
#include "sources/prometheusfederation.h"
#include "state/networkstate.h"

#include <QApplication>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "../common/imagecheck.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray key(int i)
{
    QByteArray k(32, '\0');
    k[31] = static_cast<char>(i + 1);
    return k;
}

QByteArray address(int i)
{
    return chain::addressFromPublicKey(chain::publicKey(key(i)));
}

NetworkConfig network()
{
    NetworkConfig n;
    n.name = u"rbb-lab"_s;
    n.blockPeriodSeconds = 4;
    n.institutions = {
        {u"bndes"_s, u"BNDES"_s, {}}, {u"tcu"_s, u"TCU"_s, {}}, {u"rnp"_s, u"RNP"_s, {}}, {u"cpqd"_s, u"CPqD"_s, {}}};
    for (int i = 0; i < 4; ++i) {
        NodeConfig v;
        v.name = u"validator%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        v.type = NodeType::Validator;
        v.institution = n.institutions.at(i).id;
        v.address = chain::toHex(address(i));
        n.nodes.append(v);
    }
    NodeConfig boot;
    boot.name = u"boot01"_s;
    boot.type = NodeType::Boot;
    boot.institution = u"bndes"_s;
    n.nodes.append(boot);
    return n;
}

// `count` blocks ending at `end`: mostly 4 s, every 97th block a round change after 12 s, one 35 s halt.
QList<chain::BlockHeader> chainOf(int count, qint64 end)
{
    QList<QByteArray> set;
    for (int i = 0; i < 4; ++i)
        set.append(address(i));
    std::sort(set.begin(), set.end());
    QList<qint64> times;
    qint64 t = end;
    for (int k = count - 1; k >= 0; --k) {
        times.prepend(t);
        t -= (k % 97 == 0) ? 12 : (k == count / 2 ? 35 : (k % 13 == 0 ? 5 : 4));
    }
    QList<chain::BlockHeader> out;
    for (int k = 0; k < count; ++k) {
        chain::BlockHeader h;
        h.number = 10'000 + quint64(k);
        h.timestamp = quint64(times.at(k));
        h.miner = set.at(k % 4);
        h.gasLimit = 30'000'000;
        h.transactionCount = (k * 7) % 23;
        h.gasUsed = quint64(h.transactionCount) * 52'000;
        h.logsBloom = QByteArray(256, '\0');
        chain::BftExtraData extra;
        extra.vanity = QByteArray(32, '\0');
        extra.validators = set;
        extra.round = (k % 97 == 0) ? 1 : 0;
        const QByteArray sealHash = h.sealHash(extra);
        for (int i = 0; i < 3; ++i)
            extra.seals.append(chain::sign(sealHash, key(i)));
        h.extraData = chain::encodeExtraData(extra);
        h.hash = h.computeHash(extra);
        out.append(h);
    }
    return out;
}

// Every label's text in the widget tree, for asserting what is shown.
QString allText(QWidget *w)
{
    QStringList parts;
    for (QLabel *l : w->findChildren<QLabel *>())
        if (l->isVisibleTo(w))
            parts << l->text();
    return parts.join(u'\n');
}

// A fake level-2 Prometheus: the freshness query answers `now`; range queries of the chain height and head
// timestamp describe a chain with a block every 4 s that stopped for the hour after `stopFrom`.
class FakePrometheus : public QObject
{
public:
    FakePrometheus(qint64 nowS, qint64 stopFromS)
        : m_now(nowS)
        , m_stopFrom(stopFromS)
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (m_buffer[socket].contains("\r\n\r\n"))
                        answer(socket, m_buffer.take(socket));
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int rangeQueries = 0;

private:
    // Chain time that passed by `t`, leaving out the stop.
    qint64 chainTime(qint64 t) const { return t < m_stopFrom ? t : (t < m_stopFrom + 3600 ? m_stopFrom : t - 3600); }

    void answer(QTcpSocket *socket, const QByteArray &request)
    {
        const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
        const QUrl url(QString::fromLatin1(line.value(1)));
        const QUrlQuery query(url);
        QByteArray body;
        if (url.path() == u"/api/v1/query"_s) {
            body = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[)"
                + QByteArray::number(m_now) + ",\"" + QByteArray::number(m_now) + "\"]}]}}";
        } else if (url.path() == u"/api/v1/query_range"_s) {
            ++rangeQueries;
            const QString promql = query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
            const bool height = promql.contains(u"ethereum_blockchain_height"_s);
            const qint64 start = qint64(query.queryItemValue(u"start"_s).toDouble());
            const qint64 end = qint64(query.queryItemValue(u"end"_s).toDouble());
            const qint64 step = query.queryItemValue(u"step"_s).toLongLong();
            const qint64 origin = start - 86400;
            QByteArray values;
            for (qint64 t = start; step > 0 && t <= end; t += step) {
                const qint64 blocks = (chainTime(t) - origin) / 4;
                const qint64 value = height ? 1000 + blocks : origin + blocks * 4;
                values += (values.isEmpty() ? "[" : ",[") + QByteArray::number(t) + ",\"" + QByteArray::number(value)
                    + "\"]";
            }
            body = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[)" + values
                + "]}]}}";
        }
        const QByteArray status = body.isEmpty() ? "404 Not Found" : "200 OK";
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    qint64 m_now;
    qint64 m_stopFrom;
};

} // namespace

class TestBlocksPage : public QObject
{
    Q_OBJECT
private slots:
    // Refreshes with new blocks keep the part of the chart the operator zoomed into.
    void zoomSurvivesNewData()
    {
        BlockChartView view;
        auto *series = view.addLine(u"intervals"_s, QPen(Qt::blue));
        QList<QPointF> points;
        for (int i = 0; i < 1000; ++i)
            points.append(QPointF(i * 1000.0, 4));
        view.setData(series, points);
        view.setFullRange(0, 999000);
        QVERIFY(!view.isZoomed());
        QDateTimeAxis *axis = view.xAxis();
        QVERIFY(axis);
        axis->setRange(QDateTime::fromMSecsSinceEpoch(100000), QDateTime::fromMSecsSinceEpoch(200000));
        QVERIFY(view.isZoomed());
        points.append(QPointF(1000000.0, 4));
        view.setData(series, points);
        view.setFullRange(0, 1000000);
        QCOMPARE(axis->min().toMSecsSinceEpoch(), 100000);
        QCOMPARE(axis->max().toMSecsSinceEpoch(), 200000);
        view.resetZoom();
        QVERIFY(!view.isZoomed());
        QCOMPARE(axis->max().toMSecsSinceEpoch(), 1000000);
    }

    void emptyState()
    {
        ManualClock clock(QDateTime(QDate(2024, 3, 4), QTime(15, 0), Qt::UTC));
        Monitor monitor(&clock);
        NetworkState &state = *monitor.state();
        BlocksPage page(&monitor);
        QVERIFY(page.showsEmptyState());
        QVERIFY(allText(&page).contains(u"No network is configured"_s));
        state.configure(network());
        page.refresh();
        QVERIFY(page.showsEmptyState());
        QVERIFY(allText(&page).contains(u"No block received yet"_s));
    }

    void withData()
    {
        const QDateTime now(QDate(2024, 3, 4), QTime(15, 0), Qt::UTC); // Monday, 12:00 in São Paulo
        ManualClock clock(now);
        Monitor monitor(&clock);
        NetworkState &state = *monitor.state();
        monitor.setNetwork(network(), false);
        state.addBlocks(chainOf(600, now.toSecsSinceEpoch() - 2));
        for (const QString &name : state.nodeNames()) {
            NodeRpcStatus s;
            s.node = name;
            s.at = now;
            s.reachable = true;
            s.blockNumber = name == u"boot01"_s ? 10'590 : 10'599;
            s.peerCount = name == u"boot01"_s ? 24 : 5;
            s.clientVersion = u"besu/v25.5.0/linux-x86_64/openjdk-java-21"_s;
            s.syncing = besu::SyncStatus {};
            state.applyRpcStatus(s);
            PrometheusNodeFigures f;
            f.at = now;
            f.up = name != u"validator04"_s;
            f.peerLimit = 25;
            state.applyPrometheus(name, f);
        }

        BlocksPage page(&monitor);
        page.resize(1400, 900);
        page.setWindow(TimeWindowBox::LastHour);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.showsEmptyState());

        QCOMPARE(page.windowStats().blocks, 600);
        QCOMPARE(page.windowStats().count, 599);
        QCOMPARE(page.windowStats().max, 35.0);
        QCOMPARE(page.windowStats().roundChanges, 7); // k = 0, 97, ..., 582
        QCOMPARE(page.windowStats().p50, 4.0);
        // ~40 minutes of blocks in a one-hour window: the page says the local history is shorter.
        QVERIFY2(page.coverageText().contains(u"covers only"_s), qPrintable(page.coverageText()));
        const QString text = allText(&page);
        for (const QString &needle : {u"p99"_s, u"Max (block"_s, u"Round changes"_s, u"Service hours"_s, u"All hours"_s,
                 u"not met"_s, u"Partial"_s})
            QVERIFY2(text.contains(needle), qPrintable(needle));
        // The month began before the held history: partial, and a 35 s halt breaks the 99.9% < 30 s level.
        QVERIFY(page.monthReport().month.partial);
        QVERIFY(!page.windowStats().slowMet);
        // 40 minutes of history cannot fail a month: its production verdict is "partial", not "not met".
        QCOMPARE(page.monthReport().month.overall.verdict, analysis::ProductionFigures::Verdict::Partial);
        QVERIFY2(text.contains(u"partial — history since"_s), qPrintable(text));

        // LTTB leaves short windows as they are.
        QVERIFY(page.intervalChart()->drawnPoints() >= 599);

        const QImage image = page.grab().toImage();
        QVERIFY(testsupport::distinctColours(image) > 20);
        QTemporaryDir dir;
        const QString png = QDir::temp().filePath(u"sentinela-blockspage.png"_s);
        QVERIFY(image.save(png));
        qInfo("screenshot: %s", qPrintable(png));
        if (const QByteArray out = qgetenv("SENTINELA_SCREENSHOT_DIR"); !out.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(out));
            QVERIFY(image.save(QDir(QString::fromLocal8Bit(out)).filePath(u"blockspage.png"_s)));
        }

        // Exports.
        const QString chartPng = dir.filePath(u"chart.png"_s);
        QVERIFY(page.exportPng(chartPng));
        QVERIFY(QImage(chartPng).width() > 100);
        const QString csv = dir.filePath(u"blocks.csv"_s);
        QVERIFY(page.exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(
            lines.first(), QByteArray("number,timestamp_utc,interval_s,round,transactions,gas_used,gas_limit,miner"));
        QCOMPARE(lines.size(), 600 + 2); // header, rows, trailing newline
        QVERIFY(lines.at(1).startsWith("10000,"));
        QString error;
        QVERIFY(!page.exportCsv(dir.filePath(u"missing/dir/x.csv"_s), &error));
        QVERIFY(error.contains(u"missing/dir"_s));

        // Last 100 blocks: a full window, no coverage note.
        page.setWindow(TimeWindowBox::Last100Blocks);
        QCOMPARE(page.windowStats().blocks, 100);
        QVERIFY(page.coverageText().isEmpty());

        // A new block arrives: the page follows after its coalescing delay.
        clock.advance(4000);
        chain::BlockHeader next = chainOf(601, now.toSecsSinceEpoch() + 2).last();
        state.addBlocks({next});
        QTRY_COMPARE(page.windowPoints().last().number, next.number);
    }

    void prometheusOlderPart()
    {
        const QDateTime now(QDate(2024, 3, 4), QTime(15, 0), Qt::UTC);
        ManualClock clock(now);
        FakePrometheus server(now.toSecsSinceEpoch(), now.toSecsSinceEpoch() - 6 * 3600);
        QVERIFY(server.listen());
        // The page asks the monitor (never started: no other query) for the older part; the monitor fetches it
        // into the state.
        Monitor monitor(&clock);
        NetworkState &state = *monitor.state();
        NetworkConfig withL2 = network();
        withL2.prometheus = {{u"l2-test"_s, server.url(), {}, {}}};
        monitor.setNetwork(withL2);
        state.addBlocks(chainOf(600, now.toSecsSinceEpoch() - 2)); // ~40 minutes held locally

        BlocksPage page(&monitor);
        page.resize(1400, 900);
        page.setWindow(TimeWindowBox::Last24Hours);
        page.show();
        QTRY_VERIFY2(!page.prometheusPoints().isEmpty(), qPrintable(page.coverageText()));
        // 24 h at 60 s steps, less the ~40 minutes held locally.
        QVERIFY2(page.prometheusPoints().size() > 1300, qPrintable(QString::number(page.prometheusPoints().size())));
        QCOMPARE(server.rangeQueries, 2);
        QVERIFY(page.prometheusSeries()->count() > 0);
        QVERIFY(page.prometheusSeries()->isVisible());
        int stops = 0;
        for (const analysis::StepInterval &p : page.prometheusPoints()) {
            QVERIFY(p.timeMs <= now.toMSecsSinceEpoch());
            if (p.stopped()) {
                ++stops;
                QVERIFY(p.meanInterval >= 60);
            } else {
                QCOMPARE(p.meanInterval, 4.0);
            }
        }
        QVERIFY(stops >= 59 && stops <= 61); // the hour-long stop
        const QString note = page.coverageText();
        QVERIFY2(note.contains(u"Prometheus l2-test"_s) && note.contains(u"averaged per 1 min"_s), qPrintable(note));
        QVERIFY2(note.contains(u"without any block"_s), qPrintable(note));
        QVERIFY(allText(&page).contains(u"Prometheus l2-test"_s));

        // Sliding the window does not query again; the local history keeps its own series.
        clock.advance(5000);
        page.refresh();
        QTest::qWait(100);
        QCOMPARE(server.rangeQueries, 2);
        QVERIFY(!page.windowPoints().isEmpty());

        // The last-100-blocks window needs no Prometheus.
        page.setWindow(TimeWindowBox::Last100Blocks);
        QVERIFY(page.prometheusPoints().isEmpty());
        QVERIFY(!page.coverageText().contains(u"Prometheus"_s));

        // An endpoint that does not answer: the note gives the error and the page keeps working.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl deadUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        NetworkConfig withDeadL2 = network();
        withDeadL2.prometheus = {{u"l2-dead"_s, deadUrl, {}, {}}};
        monitor.setNetwork(withDeadL2);
        state.addBlocks(chainOf(600, now.toSecsSinceEpoch() - 2));
        page.setWindow(TimeWindowBox::Last7Days);
        QTRY_VERIFY2(page.coverageText().contains(u"could not supply"_s), qPrintable(page.coverageText()));
        QVERIFY2(page.coverageText().contains(u"l2-dead"_s), qPrintable(page.coverageText()));
        QVERIFY(page.prometheusPoints().isEmpty());
        QVERIFY(page.windowStats().blocks > 0);
    }
};

QTEST_MAIN(TestBlocksPage)
#include "tst_blockspage.moc"
