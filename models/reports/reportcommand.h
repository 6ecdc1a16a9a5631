#pragma once

#include "config/inventory.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;
class QTimeZone;

// `sentinela-cli report`: the committee report from a snapshot file (`--open`) or from one collection pass over the
// profile's network and its incident book (`--config`), over [--from, --to), as PDF or Markdown. Exit 0, or 2 with
// the reason. The caller installs the report's language (translations and QLocale's default). A report from a
// snapshot names its producer and verify-snapshot's verdict on it (with --trust: whether a trusted key signed it).
struct ReportCommandOptions
{
    QString snapshotFile; // or:
    QStringList trustFiles; // with snapshotFile: --trust, as verify-snapshot reads them
    const Inventory *inventory = nullptr;
    const NetworkConfig *network = nullptr;
    QString from; // DATE texts; empty: the snapshot's window, or the last 24 h
    QString to;
    QString out; // .pdf or .md
    int timeoutMs = 15000;
};
int runReportCommand(const ReportCommandOptions &options, QTextStream &out, QTextStream &err);

// "2026-12-01" (midnight in `zone`; with endOfDay the next midnight, so that --to DAY counts that day),
// "2026-12-01T09:00" (in `zone`) or with an offset or Z. nullopt when it does not read.
std::optional<QDateTime> parseReportDate(const QString &text, const QTimeZone &zone, bool endOfDay);
