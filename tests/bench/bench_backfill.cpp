// The benchmark: backfill and analyse 24 h of blocks (21,600 at 4 s, 10 validators) from one local node in
// <= 30 s, with the GUI thread responsive and progress shown. The devnet pre-generates the history
// (--history-blocks); a Collector with only one validator's HTTP RPC fills NetworkState and BlockAnalysisCache
// analyses every block. GUI responsiveness is the gap between ticks of a 10 ms timer on this (the GUI) thread.
// Target: fetched and analysed within 30 s (judged in optimised builds of the full 21,600-block run, benchreport.h);
// argv[1] overrides the block count (200 in quick mode).
#include "benchreport.h"

#include "../common/devnetprocess.h"

#include "analysis/validatoranalysis.h"
#include "config/inventoryloader.h"
#include "state/collector.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bench::Report report("backfill");
    const int count = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : bench::quick() ? 200 : 21600;
    const QString binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    QTemporaryDir dir;
    const QString profile = dir.filePath(u"profile.yaml"_s);
    const QString endpoints = dir.filePath(u"endpoints.json"_s);

    QProcess devnet;
    QByteArray log;
    QElapsedTimer startup;
    startup.start();
    const bool started = testsupport::startDevnet(devnet, binary,
        {u"--institutions"_s, u"10"_s, u"--block-period"_s, u"4"_s, u"--history-blocks"_s, QString::number(count),
            u"--port-base"_s, u"0"_s, u"--config-out"_s, profile, u"--endpoints"_s, endpoints},
        &log, 180000);
    if (!started) {
        out << log << Qt::endl;
        report.runFailed("total", binary + u" did not start"_s);
        return 1;
    }
    out << "devnet with " << count << " history blocks ready in " << startup.elapsed() << " ms" << Qt::endl;

    const InventoryLoadResult loaded = InventoryLoader::loadFile(profile);
    if (!loaded.inventory || loaded.inventory->networks.isEmpty()) {
        report.runFailed("total", u"cannot load "_s + profile);
        return 1;
    }
    NetworkConfig network = loaded.inventory->networks.first();
    // "From a local node": only the first validator's HTTP RPC; no WebSocket, so the collector fetches everything.
    bool kept = false;
    for (NodeConfig &node : network.nodes) {
        if (!kept && node.type == NodeType::Validator) {
            kept = true;
            node.rpcWs = QUrl();
            continue;
        }
        node.rpcHttp = QUrl();
        node.rpcWs = QUrl();
    }
    network.prometheus.clear();
    network.polling.historyHours = std::max(24, int(std::ceil(count * network.blockPeriodSeconds / 3600.0)));

    NetworkState state;
    Collector collector(&state);
    collector.setNetwork(network);
    BlockAnalysisCache *cache = BlockAnalysisCache::of(&state);

    QElapsedTimer clock;
    std::vector<qint64> gaps;
    gaps.reserve(1 << 16);
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        gaps.push_back(now - lastTick);
        lastTick = now;
    });

    qint64 fetchedAt = -1, analysedAt = -1;
    int lastDecile = -1;
    QObject::connect(cache, &BlockAnalysisCache::progressChanged, [&](int done, int total) {
        if (total <= 0)
            return;
        const int decile = int(qint64(done) * 10 / total);
        if (decile != lastDecile) {
            lastDecile = decile;
            out << "  " << clock.elapsed() << " ms: analysed " << done << " / " << total << " of this run, "
                << state.blockCount() << " blocks held" << Qt::endl;
        }
    });
    auto check = [&] {
        if (fetchedAt < 0 && state.blockCount() >= count)
            fetchedAt = clock.elapsed();
        // Idle after the fetch: every held block has been through the analysis (count checked below).
        if (fetchedAt >= 0 && analysedAt < 0 && !cache->isBusy()) {
            analysedAt = clock.elapsed();
            app.quit();
        }
    };
    QObject::connect(&state, &NetworkState::blocksAdded, check);
    QObject::connect(cache, &BlockAnalysisCache::blocksAnalysed, check);
    QObject::connect(cache, &BlockAnalysisCache::busyChanged, check);
    QTimer::singleShot(120000, &app, &QCoreApplication::quit); // give up: reported as a failure

    clock.start();
    ticker.start();
    collector.start();
    app.exec();
    ticker.stop();
    collector.stop();
    devnet.terminate();
    devnet.waitForFinished(5000);

    std::sort(gaps.begin(), gaps.end());
    const qint64 maxGap = gaps.empty() ? 0 : gaps.back();
    const qint64 p99 = gaps.empty() ? 0 : gaps[std::min(gaps.size() - 1, gaps.size() * 99 / 100)];
    if (fetchedAt < 0 || analysedAt < 0 || cache->count() < count) {
        report.runFailed("total",
            u"stopped after %1 ms: %2 of %3 blocks held, %4 analysed"_s.arg(clock.elapsed())
                .arg(state.blockCount())
                .arg(count)
                .arg(cache->count()));
        // Which held blocks have no analysis, as ranges, to tell a dropped batch from eviction.
        std::optional<quint64> runStart;
        quint64 previous = 0;
        for (const BlockRecord &b : state.blocks(*state.lowestBlock(), *state.highestBlock())) {
            const bool missing = b.number() != 0 && !cache->block(b.number());
            if (missing && !runStart)
                runStart = b.number();
            if (!missing && runStart) {
                out << "  not analysed: " << *runStart << "-" << previous << Qt::endl;
                runStart.reset();
            }
            previous = b.number();
        }
        if (runStart)
            out << "  not analysed: " << *runStart << "-" << previous << Qt::endl;
        return 1;
    }
    const QString run = u"%1 blocks of a 10-validator QBFT chain from one devnet node's HTTP JSON-RPC"_s.arg(count);
    report.info("fetch", u"backfill fetch: "_s + run + u" into NetworkState"_s, double(fetchedAt) / 1000.0, "s");
    const QString total = u"backfill fetch + seal analysis of every block: "_s + run;
    if (count == 21600)
        report.figure("total", total, double(analysedAt) / 1000.0, "s", bench::Goal::AtMost, 30);
    else // the target is for 24 h of blocks; a shorter run is not judged against it
        report.info("total", total, double(analysedAt) / 1000.0, "s");
    report.info("gui_stall",
        u"longest gap between ticks of a 10 ms timer on the GUI thread during the backfill (p99 %1 ms, %2 ticks)"_s
            .arg(p99)
            .arg(gaps.size()),
        double(maxGap), "ms");
    return report.exitCode();
}
