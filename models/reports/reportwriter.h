#pragma once

#include "committeereport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// One rendering of a committee report for both outputs: a list of blocks (headings, paragraphs, tables, charts) that
// becomes HTML for QTextDocument (PDF, through QPdfWriter) or Markdown (charts written as PNG files beside it).
// Texts follow the installed translation and QLocale's default (sentinela-cli report makes both pt_BR unless told
// otherwise). Needs a QGuiApplication (fonts); any thread.
struct ReportBlock
{
    enum class Kind { Title, Heading, Paragraph, Bullets, Table, Chart };
    Kind kind = Kind::Paragraph;
    QString text; // title, heading, paragraph or the chart's caption
    QStringList items; // bullets
    QStringList header; // table
    QList<QStringList> rows;
    QString chart; // chart name: "production", "intervals", "validators"
};

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Pdf, Markdown };
    // From the file name: .pdf or .md (case-insensitive); nullopt otherwise.
    static std::optional<Format> formatOf(const QString &path);

    static QList<ReportBlock> blocks(const CommitteeReport &report);
    // The charts, painted at print resolution (pixels); null images for a chart without data.
    static QImage chart(const CommitteeReport &report, const QString &name, const QSize &size = {1800, 620});

    // Images as "chart:NAME" resources. The PDF's own page breaks: before the blocks in `breakBefore` (headings,
    // charts) and, by block index, before the rows in `tableBreaks` (a table split there, the header row repeated).
    static QString html(const QList<ReportBlock> &blocks, const QSet<int> &breakBefore = {},
        const QMap<int, QList<int>> &tableBreaks = {});
    // `imageBase`: the charts' file names are imageBase + "-NAME.png".
    static QString markdown(const QList<ReportBlock> &blocks, const QString &imageBase);

    // Writes `path` (.pdf or .md; a Markdown report writes its charts beside it). False with *error.
    static bool write(const CommitteeReport &report, const QString &path, QString *error);
    static bool writePdf(const CommitteeReport &report, const QString &path, QString *error);
    static bool writeMarkdown(const CommitteeReport &report, const QString &path, QString *error);
};
