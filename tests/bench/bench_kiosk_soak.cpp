// The kiosk's soak: the wall on the devnet for two hours of accelerated time with a fault every (accelerated) minute,
// the way a NOC wall runs for weeks. The devnet makes blocks 20 times faster than RBB (0.2 s instead of 4 s) and the
// profile polls 20 times faster, so one real second is twenty seconds of the network's life; the playlist turns
// every second and every page is drawn. A "desktop" in the same process (an IncidentEngine writing a book) raises
// the incidents and acknowledges critical ones a few seconds later; the kiosk reads the same file read-only.
//
// Prints the resident memory after the warm-up (the block history is bounded to a full ring by then) and at the end,
// the growth (target <= 10 %), the faults injected, incidents seen and wall interruptions. Exit 1 when the growth
// is above 10 %, the devnet does not start or the wall stopped changing.
//
//   bench_kiosk_soak            2 h accelerated (6 min real)
//   bench_kiosk_soak --quick    6 min accelerated (18 s real after a 20 s warm-up, for CI)
// bench-quick-run: own ctest (tests/bench/run.sh --quick leaves it to `ctest -R bench_kiosk_soak`)

#include "config/inventoryloader.h"
#include "core/clock.h"
#include "core/logging.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentengine.h"
#include "itemmodels/kioskplaylist.h"
#include "kiosk/kioskwindow.h"
#include "monitor/monitor.h"
#include "state/networkstate.h"

#include "../common/devnetprocess.h"
#include "benchreport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr double Acceleration = 20; // RBB's 4 s block period against the devnet's 0.2 s

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Each fault is applied for one accelerated minute and reverted when the next one starts.
struct Fault
{
    const char *apply;
    const char *revert;
};
const Fault Faults[] = {
    {"stop validator02", "start validator02"},
    {"halt", "resume"},
    {"partition boot01", "heal"},
    {"slow validator04 600", "slow validator04 0"},
    {"rpc-garbage writer03 on", "rpc-garbage writer03 off"},
    {"no-seal validator05 on", "no-seal validator05 off"},
    {"stop observer-boot02", "start observer-boot02"},
    {"rpc-errors validator01 on", "rpc-errors validator01 off"},
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SentinelaBench"_s);
    QCoreApplication::setApplicationName(u"bench_kiosk_soak"_s);
    Logging::setup(u"bench_kiosk_soak"_s, Logging::Level::Off, false);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(u"--quick"_s))
        qputenv("SENTINELA_BENCH_QUICK", "1"); // printed, not judged (benchreport.h)
    const bool quick = bench::quick();
    double acceleratedSeconds = quick ? 6 * 60 : 2 * 3600;
    // Diagnosis: --minutes N (accelerated), --no-engine (no incidents), --pages overview,blocks,...
    if (const qsizetype i = args.indexOf(u"--minutes"_s); i > 0 && i + 1 < args.size())
        acceleratedSeconds = args[i + 1].toDouble() * 60;
    const bool withEngine = !args.contains(u"--no-engine"_s);
    QStringList pageKeys {u"overview"_s, u"validators"_s, u"blocks"_s, u"topology"_s, u"incidents"_s};
    if (const qsizetype i = args.indexOf(u"--pages"_s); i > 0 && i + 1 < args.size())
        pageKeys = args[i + 1].split(u',');
    const qint64 runMs = qint64(acceleratedSeconds / Acceleration * 1000);
    const qint64 warmupMs = 20000;
    const qint64 faultEveryMs = qint64(60.0 / Acceleration * 1000);

    QTemporaryDir dir;
    const QString profilePath = dir.filePath(u"devnet.yaml"_s);
    QProcess devnet;
    QByteArray log;
    const QString binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    if (!testsupport::startDevnet(devnet, binary,
            {u"--block-period"_s, u"0.2"_s, u"--config-out"_s, profilePath, u"--tx-rate"_s, u"5"_s}, &log)) {
        out << "bench_kiosk_soak: the devnet did not start: " << log << Qt::endl;
        return 1;
    }
    const QRegularExpression controlRe(u"control (http://\\S+)"_s);
    const QUrl control(controlRe.match(QString::fromUtf8(log)).captured(1) + u"/command"_s);

    const InventoryLoadResult loaded = InventoryLoader::loadFile(profilePath);
    if (!loaded.inventory) {
        out << "bench_kiosk_soak: the devnet's profile does not load" << Qt::endl;
        return 1;
    }
    NetworkConfig network = *loaded.inventory->active();
    network.polling.nodeStatusMs = int(5000 / Acceleration);
    network.polling.signerMetricsMs = int(60000 / Acceleration);
    network.polling.historyHours = 1;

    Monitor monitor;
    IncidentBook desktopBook(monitor.clock());
    IncidentEngine engine(&monitor, &desktopBook);
    const QString database = dir.filePath(u"incidents.sqlite"_s);
    network.incidents.database = database;
    monitor.setNetwork(network);
    // The soak measures the wall, not the histories filling: the block ring and the node sample rings are made small
    // enough to be full after the warm-up (the real ones hold 24 h and are bounded the same way; a two-hour run in
    // six minutes would otherwise count their first fill as growth).
    monitor.state()->setBlockCapacity(100);
    monitor.state()->setHistoryWindow(warmupMs);
    engine.setNetwork(network, profilePath);
    monitor.start();
    if (withEngine)
        engine.start(1000);

    IncidentBook wallBook(monitor.clock());
    wallBook.setReadOnly(true);
    if (!desktopBook.waitForIdle()) {
        out << "bench_kiosk_soak: the incident database does not open" << Qt::endl;
        return 1;
    }
    wallBook.open(IncidentEngine::databasePath(network, profilePath));
    KioskConfig kioskConfig = loaded.inventory->kiosk;
    kioskConfig.playlist.clear();
    for (const QString &key : pageKeys)
        kioskConfig.playlist.append({key, key == u"overview"_s ? 2 : 1});
    KioskWindow kiosk(&monitor, &wallBook, kioskConfig);
    kiosk.resize(1920, 1080);
    kiosk.show();

    int pageChanges = 0;
    int interruptions = 0;
    int grabs = 0;
    QObject::connect(kiosk.playlist(), &KioskPlaylist::currentChanged, &kiosk, [&] { ++pageChanges; });
    QObject::connect(kiosk.playlist(), &KioskPlaylist::interruptionChanged, &kiosk, [&](const QString &uid) {
        if (!uid.isEmpty())
            ++interruptions;
    });
    // The desktop: acknowledges each critical incident a few (real) seconds after it opens.
    QObject::connect(&engine, &IncidentEngine::incidentRaised, &desktopBook, [&](const QString &uid) {
        QTimer::singleShot(2000, &desktopBook, [&, uid] {
            const Incident *incident = desktopBook.find(uid);
            if (incident && incident->status == IncidentStatus::Detected)
                desktopBook.acknowledge(uid, u"soak"_s, u"bndes"_s, monitor.clock()->now());
        });
    });

    QNetworkAccessManager nam;
    int faults = 0;
    int faultIndex = -1;
    const auto post = [&](const char *command) {
        QNetworkRequest request(control);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain"_s);
        QNetworkReply *reply = nam.post(request, QByteArray(command));
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    };
    QTimer faultTimer;
    QObject::connect(&faultTimer, &QTimer::timeout, &faultTimer, [&] {
        const int count = int(std::size(Faults));
        if (faultIndex >= 0)
            post(Faults[faultIndex % count].revert);
        ++faultIndex;
        post(Faults[faultIndex % count].apply);
        ++faults;
    });
    faultTimer.start(int(faultEveryMs));
    QTimer grabTimer;
    QObject::connect(&grabTimer, &QTimer::timeout, &grabTimer, [&] {
        const QImage image = kiosk.grab().toImage();
        grabs += image.isNull() ? 0 : 1;
    });
    grabTimer.start(1000);

    QElapsedTimer clock;
    clock.start();
    qint64 baselineKb = -1;
    qint64 peakKb = 0;
    QList<qint64> curve;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] {
        const qint64 kb = residentKb();
        peakKb = std::max(peakKb, kb);
        if (baselineKb < 0 && clock.elapsed() >= warmupMs)
            baselineKb = kb;
        // The curve, a point per tenth of the run: a plateau is fragmentation settling, a line is a leak.
        if (baselineKb > 0 && clock.elapsed() >= warmupMs + runMs * (curve.size() + 1) / 10 && curve.size() < 10)
            curve.append(kb / 1024);
        if (clock.elapsed() >= warmupMs + runMs) {
            kiosk.allowClose(); // Qt 6 quits only when every window accepts to close
            QCoreApplication::quit();
        }
    });
    sampler.start(500);
    QCoreApplication::exec();

    const qint64 endKb = residentKb();
    const qint64 realMs = clock.elapsed();
    faultTimer.stop();
    engine.stop();
    monitor.stop();
    devnet.terminate();
    devnet.waitForFinished(5000);
    desktopBook.waitForIdle();

    const double growth = baselineKb > 0 ? 100.0 * double(endKb - baselineKb) / double(baselineKb) : 100.0;
    const int incidents = int(desktopBook.incidents().size());
    qsizetype timeline = 0;
    for (const Incident &incident : wallBook.incidents())
        timeline += incident.timeline.size();
    out << "kiosk soak (" << (quick ? "quick" : "full") << "): " << QString::number(acceleratedSeconds / 60, 'f', 0)
        << " min of accelerated time (x" << Acceleration << ") in " << QString::number(realMs / 1000.0, 'f', 1)
        << " s real (the first " << warmupMs / 1000 << " s a warm-up)\n"
        << "  faults injected: " << faults << " (one per accelerated minute), incidents raised: " << incidents
        << ", wall interruptions: " << interruptions << ", page changes: " << pageChanges << ", grabs: " << grabs
        << "\n"
        << "  blocks held: " << monitor.state()->blockCount() << " of " << monitor.state()->blockCapacity()
        << "; the wall's incident book holds " << wallBook.incidents().size() << " incidents with " << timeline
        << " timeline entries\n"
        << "  resident memory: " << baselineKb / 1024 << " MB after warm-up, " << endKb / 1024 << " MB at the end, peak "
        << peakKb / 1024 << " MB: growth " << QString::number(growth, 'f', 2) << " % (target <= 10 %)\n"
        << "  resident memory by tenth of the run (MB):";
    for (qint64 mb : std::as_const(curve))
        out << ' ' << mb;
    out << Qt::endl;
    // The wall must have run (pages changed, faults injected, grabs made) in every build; the memory target is judged
    // in optimised full runs only, like every benchmark here (a debug build or a quick run prints it).
    bench::Report report("kiosk_soak");
    const QString run = u"%1 min accelerated (x%2) in %3 s real"_s.arg(acceleratedSeconds / 60, 0, 'f', 0)
                            .arg(Acceleration)
                            .arg(realMs / 1000.0, 0, 'f', 0);
    if (pageChanges <= 10 || faults <= 5 || grabs <= 5) {
        report.runFailed("wall", u"the wall stopped changing: %1 page changes, %2 faults, %3 grabs"_s.arg(pageChanges)
                                     .arg(faults)
                                     .arg(grabs));
    }
    report.figure("rss_growth",
        u"resident memory growth from the end of the warm-up (bounded histories full) to the end of the run, %1, "
        "kiosk at 1920x1080 on the devnet, a fault every accelerated minute"_s.arg(run),
        growth, "%", bench::Goal::AtMost, 10.0);
    report.info("rss_end", u"resident memory at the end of the run"_s, double(endKb) / 1024, "MB");
    report.info("faults", u"faults injected (one per accelerated minute), %1 incidents raised, %2 wall interruptions"_s
                              .arg(incidents)
                              .arg(interruptions),
        faults, "count");
    return report.exitCode();
}
