#include "reportcommand.h"

#include "committeereport.h"
#include "reportwriter.h"

#include "analysis/sla.h"
#include "snapshots/snapshotcommand.h"
#include "snapshots/snapshotreader.h"

#include <QLocale>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

struct ReportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

} // namespace

std::optional<QDateTime> parseReportDate(const QString &text, const QTimeZone &zone, bool endOfDay)
{
    const QString t = text.trimmed();
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (day.isValid() && t.size() == 10)
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0), zone).toUTC();
    QDateTime at = QDateTime::fromString(t, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    // No offset written: the service time zone, as for dates.
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at.toUTC();
}

int runReportCommand(const ReportCommandOptions &options, QTextStream &out, QTextStream &err)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SnapshotData data;
    QString origin;
    QTimeZone zone = QTimeZone::utc();
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    const auto readDates = [&](const NetworkConfig &network) {
        zone = analysis::serviceTimeZone(network.serviceHours);
        if (!options.from.isEmpty() && !(from = parseReportDate(options.from, zone, false))) {
            err << ReportCommandText::tr("report: --from: \"%1\" is not a date such as 2026-12-01 or 2026-12-01T09:00")
                       .arg(options.from)
                << Qt::endl;
            return false;
        }
        if (!options.to.isEmpty() && !(to = parseReportDate(options.to, zone, true))) {
            err << ReportCommandText::tr("report: --to: \"%1\" is not a date such as 2026-12-06 or 2026-12-06T18:00")
                       .arg(options.to)
                << Qt::endl;
            return false;
        }
        return true;
    };

    if (!options.snapshotFile.isEmpty()) {
        QList<TrustedSnapshotKey> trusted = options.inventory ? options.inventory->snapshots.trustedKeys : QList<TrustedSnapshotKey> {};
        const auto given = loadTrustedKeys(options.trustFiles, u"report"_s, err);
        if (!given)
            return 2;
        trusted += *given;
        SnapshotReadResult read = SnapshotReader::readFile(options.snapshotFile, trusted);
        if (!read.ok) {
            err << ReportCommandText::tr("report: %1").arg(read.error) << Qt::endl;
            return 2;
        }
        // Who produced it and verify-snapshot's verdict, in the report and on the terminal.
        const SnapshotVerdict verdict = snapshotVerdict(read, !options.trustFiles.isEmpty());
        data = std::move(read.data);
        if (!readDates(data.network))
            return 2;
        // Its producer and capture time follow in the report's line (CommitteeReport::producer, capturedAt).
        origin = ReportCommandText::tr("snapshot %1 (verdict of verify-snapshot: %2)").arg(options.snapshotFile, verdict.text);
        out << options.snapshotFile << u": "_s << verdict.text << Qt::endl;
        if (!from)
            from = data.header.windowFrom;
        if (!to)
            to = data.header.windowTo;
    } else {
        if (!options.inventory || !options.network) {
            err << ReportCommandText::tr("report: no profile") << Qt::endl;
            return 2;
        }
        if (!readDates(*options.network))
            return 2;
        if (!to)
            to = now;
        if (!from)
            from = to->addDays(-1);
        // The collection holds what the nodes still serve (the profile's history) from the start of the period.
        const qint64 window = qMax<qint64>(60, from->secsTo(now));
        auto collected = collectSnapshotData(*options.inventory, *options.network, window, {}, options.timeoutMs, err);
        if (!collected)
            return 2;
        data = std::move(*collected);
        origin = ReportCommandText::tr("one collection pass at %1 and the incident book").arg(now.toString(Qt::ISODate));
    }
    if (*from >= *to) {
        err << ReportCommandText::tr("report: the period is empty (--from %1 is not before --to %2)")
                   .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate))
            << Qt::endl;
        return 2;
    }

    CommitteeReport report = CommitteeReportBuilder::build(data, *from, *to, now);
    report.origin = origin;
    QString why;
    if (!ReportWriter::write(report, options.out, &why)) {
        err << ReportCommandText::tr("report: %1").arg(why) << Qt::endl;
        return 2;
    }
    out << ReportCommandText::tr("%1: %2 to %3, %4 blocks, %5 validators, %6 incidents, %7 recurring problems")
               .arg(options.out, from->toString(Qt::ISODate), to->toString(Qt::ISODate))
               .arg(report.production.overall.produced, 0, 'f', 0)
               .arg(report.validators.size())
               .arg(report.incidents.size())
               .arg(report.recurring.size())
        << Qt::endl;
    return 0;
}
