// Export and open of a 24 h snapshot of a five-institution, four-nodes-each network at a 4 s block period (21,600
// blocks, chart samples every 5 s, federation and range history, incidents). Targets: export <= 1 s, open <= 1 s,
// file <= 20 MB. Export = capture from a Monitor + encode; open = read (checks, decompress, parse) + apply to a Monitor.
// The times are judged only in an optimised build (NDEBUG); a debug build prints them.
#include "../common/syntheticsnapshot.h"

#include "core/clock.h"
#include "incidents/incidentbook.h"
#include "monitor/monitor.h"
#include "snapshots/snapshotreader.h"
#include "snapshots/snapshotwriter.h"
#include "state/networkstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(15, 0), Qt::UTC);
    ManualClock clock(now);
    const SnapshotData model = synthetic::snapshot(5, 24.0, now);

    // The live side: a Monitor and a book holding the 24 h.
    Monitor live(&clock);
    IncidentBook liveBook(&clock);
    SnapshotReader::apply(model, &live, &liveBook);
    std::printf("snapshot bench: %lld blocks, %lld nodes\n", static_cast<long long>(live.state()->blockCount()),
        static_cast<long long>(live.state()->nodeNames().size()));

    SnapshotOptions options;
    options.windowSeconds = 24 * 3600;
    // Wall time and the process's CPU time: on a shared, loaded machine the CPU time is what an idle one would take
    // (every phase is single-threaded).
    auto cpuMs = [] { return static_cast<qint64>(std::clock() * 1000.0 / CLOCKS_PER_SEC); };
    QElapsedTimer timer;
    timer.start();
    qint64 cpu = cpuMs();
    QString error;
    const auto captured = SnapshotWriter::capture(live, &liveBook, options, &error);
    const qint64 captureMs = timer.elapsed();
    if (!captured) {
        std::printf("capture failed: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray file = SnapshotWriter::encode(*captured, {}, &error);
    const qint64 exportMs = timer.elapsed();
    const qint64 exportCpuMs = cpuMs() - cpu;
    if (file.isEmpty()) {
        std::printf("encode failed: %s\n", qPrintable(error));
        return 1;
    }

    timer.restart();
    cpu = cpuMs();
    const SnapshotReadResult read = SnapshotReader::read(file, {});
    const qint64 readMs = timer.elapsed();
    if (!read.ok) {
        std::printf("read failed: %s\n", qPrintable(read.error));
        return 1;
    }
    Monitor review(&clock);
    IncidentBook reviewBook(&clock);
    SnapshotReader::apply(read.data, &review, &reviewBook);
    const qint64 openMs = timer.elapsed();
    const qint64 openCpuMs = cpuMs() - cpu;

    const double mb = file.size() / 1e6;
    std::printf("snapshot bench: export %lld ms (CPU %lld ms; capture %lld ms), open %lld ms (CPU %lld ms; read %lld ms), "
                "file %.2f MB (%lld blocks, content %.1f MB)\n",
        static_cast<long long>(exportMs), static_cast<long long>(exportCpuMs), static_cast<long long>(captureMs),
        static_cast<long long>(openMs), static_cast<long long>(openCpuMs),
        static_cast<long long>(readMs), mb, static_cast<long long>(read.data.blocks.size()),
        read.data.header.contentBytes / 1e6);
    if (read.data.blocks.size() != 21600 || review.state()->blockCount() != 21600) {
        std::printf("FAIL: expected 21600 blocks\n");
        return 1;
    }
    bool ok = mb <= 20.0;
#ifdef NDEBUG
    ok = ok && exportCpuMs <= 1000 && openCpuMs <= 1000;
#else
    std::printf("snapshot bench: debug build, times printed only\n");
#endif
    std::printf("snapshot bench: %s\n", ok ? "within targets" : "FAIL: over target");
    return ok ? 0 : 1;
}
