// Export and open of a 24 h snapshot of a five-institution, four-nodes-each network at a 4 s block period (21,600
// blocks, chart samples every 5 s, federation and range history, peer-list and federation-reply histories,
// incidents). Targets: export <= 1 s, open <= 1 s, file <= 20 MB. Export = capture from a Monitor + encode (JSON and
// block table, zstd, SHA-256); open = read (checks, decompress, parse) + apply to a Monitor until every block's
// analysis is ready. Times are the process's CPU time (single-threaded phases, so on a shared, loaded machine it is
// what an idle one would take), wall time beside them. Judged in optimised builds (benchreport.h); quick mode
// (SENTINELA_BENCH_QUICK=1) measures 2 h instead of 24 h.
#include "benchreport.h"

#include "../common/syntheticsnapshot.h"

#include "analysis/validatoranalysis.h"
#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "monitor/monitor.h"
#include "snapshots/snapshotreader.h"
#include "snapshots/snapshotwriter.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <ctime>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::Report report("snapshot");
    const double hours = bench::quick() ? 2.0 : 24.0;
    const int expectedBlocks = static_cast<int>(hours * 3600 / 4);
    const QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);
    ManualClock clock(now);
    SnapshotData model = synthetic::snapshot(5, hours, now);
    synthetic::addHistories(model, now); // peer lists and federation replies over the window (an institution cut off)

    // The live side: a Monitor and a book holding the window.
    Monitor live(&clock);
    IncidentBook liveBook(&clock);
    SnapshotReader::apply(model, &live, &liveBook);
    const QString workload = u"%1 h, 5 institutions x 4 nodes, %2 blocks"_s.arg(hours).arg(live.state()->blockCount());

    SnapshotOptions options;
    options.windowSeconds = static_cast<qint64>(hours * 3600);
    auto cpuMs = [] { return std::clock() * 1000.0 / CLOCKS_PER_SEC; };
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    QString error;
    const auto captured = SnapshotWriter::capture(live, &liveBook, options, &error);
    const qint64 captureMs = timer.elapsed();
    if (!captured) {
        report.runFailed("export", u"capture failed: "_s + error);
        return report.exitCode();
    }
    const QByteArray file = SnapshotWriter::encode(*captured, {}, &error);
    const qint64 exportMs = timer.elapsed();
    const double exportCpuMs = cpuMs() - cpu;
    if (file.isEmpty()) {
        report.runFailed("export", u"encode failed: "_s + error);
        return report.exitCode();
    }

    timer.restart();
    cpu = cpuMs();
    const SnapshotReadResult read = SnapshotReader::read(file, {});
    const qint64 readMs = timer.elapsed();
    if (!read.ok) {
        report.runFailed("open", u"read failed: "_s + read.error);
        return report.exitCode();
    }
    Monitor review(&clock);
    IncidentBook reviewBook(&clock);
    SnapshotReader::apply(read.data, &review, &reviewBook);
    // Open ends when the pages can show the participation: every held block's seals analysed (adopted from the
    // file, or recovered again on worker threads where the file has none).
    while (review.analysis()->isBusy())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const int recovered = review.analysis()->analyseRuns();
    const qint64 openMs = timer.elapsed();
    const double openCpuMs = cpuMs() - cpu;
    if (read.data.blocks.size() != expectedBlocks || review.state()->blockCount() != expectedBlocks) {
        report.runFailed("open", u"expected %1 blocks back, got %2"_s.arg(expectedBlocks).arg(review.state()->blockCount()));
        return report.exitCode();
    }

    report.figure("export_cpu",
        u"export (SnapshotWriter::capture from a Monitor + encode: JSON, zstd level 3, SHA-256), CPU time, %1"_s.arg(workload),
        exportCpuMs, "ms", bench::Goal::AtMost, 1000);
    report.info("export_wall", u"the same export, wall time (capture alone %1 ms)"_s.arg(captureMs), double(exportMs), "ms");
    report.figure("open_cpu",
        u"open (SnapshotReader::read: checks, SHA-256, zstd, JSON parse; + apply to a Monitor and book, until every "
        u"block's seals are analysed: %1 recovered again), CPU time, %2"_s.arg(recovered).arg(workload),
        openCpuMs, "ms", bench::Goal::AtMost, 1000);
    report.info("open_wall", u"the same open, wall time (read alone %1 ms)"_s.arg(readMs), double(openMs), "ms");
    report.figure("file_size", u"snapshot file size (content: JSON and block table, %1 MB uncompressed), %2"_s
                                   .arg(read.data.header.contentBytes / 1e6, 0, 'f', 1).arg(workload),
        file.size() / 1e6, "MB", bench::Goal::AtMost, 20);
    return report.exitCode();
}
