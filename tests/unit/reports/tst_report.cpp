// Committee reports: the figures from a synthetic day with a 10-minute halt in service hours and a recurring
// incident, the usage section (an unknown sender first), the Markdown output with its charts, and `sentinela-cli
// report` on the stored snapshot fixture (PDF text read back with pdftotext, first page rendered with pdftoppm) and on
// a profile whose nodes do not answer.
#include "../../common/clirun.h"
#include "../../common/requireorskip.h"
#include "../../common/syntheticsnapshot.h"
#include "../../common/usagefixtures.h"

#include "config/inventoryloader.h"
#include "reports/committeereport.h"
#include "reports/reportcommand.h"
#include "reports/reportwriter.h"
#include "snapshots/snapshotwriter.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Monday 7 December 2026, 15:00 UTC = 12:00 in São Paulo: the last 6 h hold 3 service hours (09:00-12:00).
const QDateTime Now(QDate(2026, 12, 7), QTime(15, 0), Qt::UTC);
const QString Fixture = QStringLiteral(SENTINELA_SOURCE_DIR "/tests/fixtures/snapshots/schema-1.sentinela-snapshot");

using clirun::cli;
using clirun::Run;
using clirun::run;

// Six hours of blocks; every block before 10:30 local is moved 600 s earlier: one 604 s interval in service hours.
SnapshotData haltedDay()
{
    SnapshotData d = synthetic::snapshot(2, 6.0, Now);
    const qint64 haltAt = Now.addSecs(-90 * 60).toSecsSinceEpoch();
    for (BlockRecord &b : d.blocks) {
        if (static_cast<qint64>(b.header.timestamp) < haltAt)
            b.header.timestamp -= 600;
    }
    // The chain-halted incident (resolved) comes back twice more the same morning: a recurring problem.
    Incident again = d.incidents[1];
    for (int k = 1; k <= 2; ++k) {
        again.uid = u"again-%1"_s.arg(k);
        again.id = 7 + k;
        again.detectedAt = Now.addSecs(-3000 + k * 400);
        again.acknowledgedAt = again.detectedAt.addSecs(120);
        again.resolvedAt = again.detectedAt.addSecs(300);
        d.incidents.append(again);
    }
    return d;
}

const QString Settlement = usagefixtures::addr(0xa1); // inst0's, in the profile
const QString Payments = usagefixtures::addr(0xb1); // inst1's, by the contract's answer
const QString Stranger = usagefixtures::addr(0xee); // nobody's
const QString Token = usagefixtures::addr(0xc0de);
const QString Registry = usagefixtures::addr(0xfeed);

// The last hour's transactions, a block every 60 s: inst0's account sends 30 (2 of them fail), inst1's 10 and an
// account no institution answers for 5; an older block before the period must not count.
void addUsage(SnapshotData &d)
{
    d.network.institutions[0].accounts = {{Settlement, u"settlement"_s}};
    d.network.usage.accountInstitution = AccountInstitutionCall {u"rules"_s, u"getAccount(address)"_s, QByteArray::fromHex("fbcbc0f1"), {u"uint256"_s}, 0, -1};
    SnapshotData::Usage u;
    u.ledger.configure(10, 24 * 3600);
    const qint64 start = Now.toSecsSinceEpoch() - 3600;
    using usagefixtures::tx;
    quint64 number = 1000;
    u.ledger.addBlock(usagefixtures::block(number++, quint64(start - 7200), {tx(Stranger, Token, 1000000)}));
    for (int k = 0; k < 10; ++k) {
        QList<usage::Transaction> txs;
        for (int i = 0; i < 3; ++i)
            txs << tx(Settlement, Token, 50000, k == 0 && i < 2);
        txs << tx(Payments, Registry, 30000);
        if (k < 5)
            txs << tx(Stranger, k == 0 ? QString() : Token, 40000);
        u.ledger.addBlock(usagefixtures::block(number++, quint64(start + 60 * k), txs));
    }
    AccountDirectory::ContractAnswer answer;
    answer.at = Now;
    answer.institution = u"inst1"_s;
    answer.value = u"1"_s;
    u.contractAnswers.insert(Payments, answer);
    AccountDirectory::ContractAnswer none;
    none.at = Now;
    none.reverted = true;
    none.error = u"AccountNotFound"_s;
    u.contractAnswers.insert(Stranger, none);
    d.usage = std::move(u);
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args {u"-layout"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    const Run r = run(u"pdftotext"_s, args << pdf << u"-"_s);
    return r.code == 0 ? r.out : QString();
}

// The vertical room each incident-table row of a PDF page takes beyond its lines of text (pdftotext -bbox): the
// header row and every row; the room of a row is (next row's first line - its first line) - lines x line pitch.
QList<double> rowRoom(const QString &pdf, int page, double *pitch)
{
    const Run r = run(u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s});
    const QRegularExpression word(u"<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>"_s);
    QList<double> rowStarts; // the header's line, then each row's
    QList<double> lines; // every distinct line top of the table
    for (auto it = word.globalMatch(r.out); it.hasNext();) {
        const auto m = it.next();
        const double y = m.captured(2).toDouble();
        const QString text = m.captured(3);
        const bool header = text == u"Severity"_s;
        if (header || QRegularExpression(u"^#1\\d\\d$"_s).match(text).hasMatch())
            rowStarts << y;
        if (!rowStarts.isEmpty() && (lines.isEmpty() || y - lines.constLast() > 0.5) && y >= rowStarts.constFirst())
            lines << y;
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end(), [](double a, double b) { return b - a < 0.5; }), lines.end());
    *pitch = 1e9;
    for (qsizetype i = 1; i < lines.size(); ++i)
        *pitch = std::min(*pitch, lines.at(i) - lines.at(i - 1));
    QList<double> room;
    for (qsizetype i = 0; i + 1 < rowStarts.size(); ++i) {
        const auto n = std::count_if(lines.cbegin(), lines.cend(),
            [&](double y) { return y >= rowStarts.at(i) - 0.5 && y < rowStarts.at(i + 1) - 0.5; });
        room << rowStarts.at(i + 1) - rowStarts.at(i) - double(n) * *pitch;
    }
    return room;
}

// haltedDay with 90 more incidents, each with a title long enough to wrap in its cell and a closing tag "(case_N)",
// on ten different nodes (ten recurring problems): a report of several pages.
SnapshotData longDay()
{
    SnapshotData d = haltedDay();
    const Incident model = d.incidents.constFirst();
    for (int k = 0; k < 90; ++k) {
        Incident i = model;
        i.uid = u"long-%1"_s.arg(k);
        i.id = 100 + k;
        i.subject = u"inst%1-node%2"_s.arg(k % 2).arg(k % 5);
        i.title = u"Validator down: %1 does not answer its JSON-RPC nor its level-1 Prometheus scrape (case_%2)"_s.arg(i.subject).arg(k);
        i.detectedAt = Now.addSecs(-6 * 3600 + 200 * k);
        i.acknowledgedAt = i.detectedAt.addSecs(90);
        i.acknowledgedBy = u"ana"_s;
        i.resolvedAt = i.detectedAt.addSecs(150);
        i.status = IncidentStatus::Resolved;
        i.timeline.clear();
        d.incidents.append(i);
    }
    return d;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void figures()
    {
        const SnapshotData d = haltedDay();
        const CommitteeReport r = CommitteeReportBuilder::build(d, Now.addSecs(-6 * 3600), Now, Now);
        // Availability: 6 h at 4 s is 5,400 expected; the halt costs 150 blocks.
        QCOMPARE(r.production.overall.seconds, 6 * 3600);
        QCOMPARE(r.production.overall.expected, 5400.0);
        QVERIFY2(r.production.overall.produced < 5400 - 140 && r.production.overall.produced > 5400 - 160,
            qPrintable(QString::number(r.production.overall.produced)));
        QCOMPARE(r.production.overall.verdict, analysis::ProductionFigures::Verdict::NotMet);
        QCOMPARE(r.production.serviceHours.seconds, 3 * 3600);
        // The halt's interval closes in service hours; outside them every interval is the period.
        QCOMPARE(r.intervalsInService.max, 604.0);
        QCOMPARE(r.intervalsOutOfService.max, 4.0);
        QCOMPARE(r.intervals.slowCount, r.intervals.count - 1); // the one interval of 604 s
        QCOMPARE(r.intervals.count, r.intervalsInService.count + r.intervalsOutOfService.count);
        QCOMPARE(r.buckets.size(), 6);
        QCOMPARE(r.buckets[4].maxInterval, 604.0); // 10:00-11:00 local
        QVERIFY(r.buckets[4].produced < r.buckets[3].produced);

        // OLA: four validators in inventory order, their proposals adding up to the blocks analysed.
        QCOMPARE(r.validators.size(), 4);
        QCOMPARE(r.validators[0].label, u"inst0-node0"_s);
        QCOMPARE(r.validators[0].institution, u"Institution 0"_s);
        int proposed = 0;
        for (const ReportValidator &v : r.validators)
            proposed += v.participation.proposed;
        QCOMPARE(proposed, r.blockCount);
        QCOMPARE(r.validators[0].participation.status, analysis::ParticipationStatus::Ok);

        // Incidents: four, oldest first; service-hour times (detected 11:30 local, acknowledged a minute later).
        QCOMPARE(r.incidents.size(), 4);
        const ReportIncident &down = r.incidents.constLast();
        QCOMPARE(down.incident.rule, u"validator-down"_s);
        QCOMPARE(down.sla.toAcknowledgeSeconds, 60);
        QCOMPARE(down.sla.toResolveSeconds, -1);
        QCOMPARE(down.checklistRuns, 1);
        QCOMPARE(down.stepsDone, 1);
        QCOMPARE(down.stepsTotal, 2);
        // Recurring: the chain halted three times.
        QCOMPARE(r.recurring.size(), 1);
        QCOMPARE(r.recurring[0].rule, u"chain-halted"_s);
        QCOMPARE(r.recurring[0].count, 3);
        QCOMPARE(r.recurring[0].openSeconds, 3 * 300);
        QCOMPARE(r.recurring[0].openServiceSeconds, 3 * 300);
    }

    void usage()
    {
        SnapshotData d = haltedDay();
        addUsage(d);
        const CommitteeReport r = CommitteeReportBuilder::build(d, Now.addSecs(-3600), Now, Now);
        QVERIFY(r.usage);
        const usage::UsageReport &u = r.usage->figures;
        QCOMPARE(r.usage->blocks, 10);
        QVERIFY(!r.usage->partial);
        QCOMPARE(u.total.transactions, 45u); // not the older block's
        QCOMPARE(u.total.failed, 2u);
        QCOMPARE(u.unknownSenders, 1);
        // The unknown senders' row and account first, then by gas.
        QCOMPARE(u.institutions.size(), 3);
        QVERIFY(u.institutions[0].id.isEmpty());
        QCOMPARE(u.institutions[0].counts.transactions, 5u);
        QCOMPARE(u.institutions[1].id, u"inst0"_s);
        QCOMPARE(u.institutions[1].counts.transactions, 30u);
        QCOMPARE(u.institutions[1].counts.failed, 2u);
        QCOMPARE(u.institutions[2].id, u"inst1"_s); // attributed by the contract's answer the data carries
        QCOMPARE(u.accounts[0].address, Stranger);
        QCOMPARE(u.accounts[0].attribution.source, AccountDirectory::Source::Unknown);
        // Gas: 30 x 50,000 + 10 x 30,000 + 5 x 40,000 = 2,000,000.
        QCOMPARE(u.total.gasUsed, 2000000u);
        QCOMPARE(u.institutions[1].gasShare, 0.75);
        QCOMPARE(u.topTargets.first().address, Token);
        QCOMPARE(u.topTargets.first().counts.transactions, 34u);

        // Markdown: the gap listed with the full address before the institutions; Token's 85 % of the gas.
        const QString md = ReportWriter::markdown(ReportWriter::blocks(r), u"x"_s);
        QVERIFY2(md.contains(u"45 transactions from 3 sender account(s); 1 account(s) that no institution answers for."_s), qPrintable(md));
        const qsizetype gap = md.indexOf(u"| "_s + Stranger + u" | 5 | 10.0% | 0 |"_s);
        QVERIFY2(gap > 0, qPrintable(md));
        QVERIFY(md.indexOf(u"| Institution 0 | 1 | 30 | 0.008 | 75.0% | 2 |"_s) > gap);
        QVERIFY(md.contains(u"| "_s + Token + u" | 34 | 83.0% | 2 |"_s));
        QVERIFY(md.contains(u"| (contract creations) | 1 |"_s));

        // Data without usage says so instead of reporting zeros.
        const CommitteeReport without = CommitteeReportBuilder::build(haltedDay(), Now.addSecs(-3600), Now, Now);
        QVERIFY(!without.usage);
        const QString none = ReportWriter::markdown(ReportWriter::blocks(without), u"x"_s);
        QVERIFY(none.contains(u"Transaction usage: not in the data."_s));
        QVERIFY(none.contains(u"The data holds no transaction usage"_s));
    }

    void usageInThePdf()
    {
        SENTINELA_REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
                && !QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty(),
            "pdftotext and pdftoppm (poppler-utils) are needed");
        // Through a snapshot file and sentinela-cli, as a committee report is made: the usage and the attribution
        // (profile accounts, the contract's answers) travel in the file.
        SnapshotData d = haltedDay();
        addUsage(d);
        d.profileYaml = SnapshotWriter::strippedProfile(d.network);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"usage.sentinela"_s);
        QString error;
        const QByteArray bytes = SnapshotWriter::encode(d, {}, &error);
        QVERIFY2(!bytes.isEmpty() && SnapshotWriter::writeFile(file, bytes, &error), qPrintable(error));
        const QString pdf = dir.filePath(u"usage.pdf"_s);
        const Run r = cli({u"report"_s, u"--open"_s, file, u"--out"_s, pdf, u"--from"_s, u"2026-12-07T14:00Z"_s, u"--to"_s,
            u"2026-12-07T15:00Z"_s, u"--language"_s, qEnvironmentVariable("SENTINELA_REPORT_LANGUAGE", u"en"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The pages with the section as images (kept in the build tree for a look).
        const QString prefix = QStringLiteral(SENTINELA_BINARY_DIR "/tests/unit/reports/usage-page");
        const Run ppm = run(u"pdftoppm"_s, {u"-r"_s, u"60"_s, u"-png"_s, pdf, prefix});
        QVERIFY2(ppm.code == 0, qPrintable(ppm.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"Usage and accountability"_s), qPrintable(text));
        QVERIFY2(text.contains(Stranger), qPrintable(text)); // the unknown sender's full address
        QVERIFY(text.indexOf(Stranger) < text.indexOf(u"Institution 0"_s, text.indexOf(u"Usage and accountability"_s)));
        bool institutionRow = false;
        for (const QString &line : text.split(u'\n')) {
            const QStringList cells = line.simplified().split(u' ');
            if (line.contains(u"Institution 0"_s) && cells.contains(u"30"_s) && cells.contains(u"75.0%"_s))
                institutionRow = true;
        }
        QVERIFY2(institutionRow, qPrintable(text));
        QVERIFY(text.contains(Token));
    }

    void outsideServiceHoursOnly()
    {
        // Saturday: no service hours at all; the report says so instead of judging them.
        const QDateTime saturday(QDate(2026, 12, 5), QTime(15, 0), Qt::UTC);
        const SnapshotData d = synthetic::snapshot(1, 1.0, saturday);
        const CommitteeReport r = CommitteeReportBuilder::build(d, saturday.addSecs(-3600), saturday, saturday);
        QCOMPARE(r.production.serviceHours.seconds, 0);
        QCOMPARE(r.intervalsInService.count, 0);
        QVERIFY(r.intervalsOutOfService.count > 800);
        const QString md = ReportWriter::markdown(ReportWriter::blocks(r), u"x"_s);
        QVERIFY2(md.contains(u"In service hours: none in the period."_s), qPrintable(md));
    }

    void markdownWithCharts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CommitteeReport r = CommitteeReportBuilder::build(haltedDay(), Now.addSecs(-6 * 3600), Now, Now);
        r.origin = u"test data"_s;
        const QString path = dir.filePath(u"committee.md"_s);
        QString error;
        QVERIFY2(ReportWriter::write(r, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(file.readAll());
        QVERIFY(md.startsWith(u"# Operations report: Synthetic consortium\n"_s));
        QVERIFY(md.contains(u"Data: test data, captured by "_s));
        QVERIFY(md.contains(u"| Whole period | 6 h 0 min | 5400 |"_s) || md.contains(u"| Whole period | 6 h | 5400 |"_s)
            || md.contains(u"| Whole period |"_s));
        QVERIFY(md.contains(u"| Institution 0 | inst0-node0 |"_s));
        QVERIFY(md.contains(u"| Chain halted | the network | 3 |"_s));
        QVERIFY(md.contains(u"604.0 s"_s));
        for (const QString &chart : {u"production"_s, u"intervals"_s, u"validators"_s}) {
            QVERIFY2(md.contains(u"](committee-%1.png)"_s.arg(chart)), qPrintable(chart));
            const QImage image(dir.filePath(u"committee-%1.png"_s.arg(chart)));
            QVERIFY2(!image.isNull() && image.width() == 1800, qPrintable(chart));
        }
        // Anything but .pdf and .md is refused with the reason.
        QVERIFY(!ReportWriter::write(r, dir.filePath(u"r.txt"_s), &error));
        QVERIFY(error.contains(u".pdf or .md"_s));
    }

    void reportDates()
    {
        const QTimeZone zone("America/Sao_Paulo");
        QCOMPARE(parseReportDate(u"2026-12-01"_s, zone, false), QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC));
        QCOMPARE(parseReportDate(u"2026-12-01"_s, zone, true), QDateTime(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC));
        QCOMPARE(parseReportDate(u"2026-12-01T09:30"_s, zone, false), QDateTime(QDate(2026, 12, 1), QTime(12, 30), Qt::UTC));
        QCOMPARE(parseReportDate(u"2026-12-01T09:30Z"_s, zone, false), QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
        QVERIFY(!parseReportDate(u"yesterday"_s, zone, false));
    }

    void cliPdfFromTheSnapshotFixture()
    {
        SENTINELA_REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
                && !QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty(),
            "pdftotext and pdftoppm (poppler-utils) are needed");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"report.pdf"_s);
        Run r = cli({u"report"_s, u"--open"_s, Fixture, u"--out"_s, pdf, u"--language"_s, u"en"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"4 validators, 2 incidents"_s) || r.out.contains(u"4 validators"_s), qPrintable(r.out));
        const QString text = pdfText(pdf);
        for (const QString &expected : {u"Operations report: Synthetic consortium"_s, u"Summary"_s, u"Availability"_s,
                 u"Validators (OLA)"_s, u"inst1-node1"_s, u"Institution 1"_s, u"Incidents"_s, u"1 of 2 steps"_s, u"Critical"_s,
                 u"Recurring problems"_s, u"Blocks 4,999,956 to 4,999,999"_s, u"America/Sao_Paulo"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
        }
        // The charts are images in the document, not text.
        QVERIFY(!text.contains(u"chart:"_s));
        const Run images = run(u"pdfimages"_s, {u"-list"_s, pdf});
        if (images.code == 0)
            QVERIFY2(images.out.count(u"image"_s) >= 3, qPrintable(images.out));

        // The first page as an image (kept in the build tree for a look).
        const QString prefix = QStringLiteral(SENTINELA_BINARY_DIR "/tests/unit/reports/report-page");
        const Run ppm = run(u"pdftoppm"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-r"_s, u"60"_s, u"-png"_s, u"-singlefile"_s, pdf, prefix});
        QVERIFY2(ppm.code == 0, qPrintable(ppm.err));
        const QImage page(prefix + u".png"_s);
        QVERIFY(!page.isNull());
        QCOMPARE(page.width(), 496); // A4 at 60 dpi
        // Not a blank page: some of it is dark (text) and some coloured (a chart or a verdict).
        int dark = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                dark += qGray(page.pixel(x, y)) < 100 ? 1 : 0;
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
    }

    // A report of several pages breaks them sensibly: every page numbered, no heading or chart caption left at a
    // page's foot, each incident row whole on one page, the incident table's header on each page it continues on,
    // each chart on the page of its caption. The pt_BR rendering is kept in the build tree for a look.
    void pdfPagesBreakCleanly()
    {
        SENTINELA_REQUIRE_OR_SKIP(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
                && !QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()
                && !QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty(),
            "pdftotext, pdfinfo and pdfimages (poppler-utils) are needed");
        QTemporaryDir dir;
        QString error;
        const QString snapshot = QStringLiteral(SENTINELA_BINARY_DIR "/tests/unit/reports/long.sentinela"); // kept: a report to try
        QVERIFY2(SnapshotWriter::writeFile(snapshot, SnapshotWriter::encode(longDay(), {}, &error), &error), qPrintable(error));
        const QString pdf = dir.filePath(u"long.pdf"_s);
        const QStringList period {u"--from"_s, u"2026-12-07T06:00"_s, u"--to"_s, u"2026-12-07T12:00"_s};
        Run r = cli(QStringList {u"report"_s, u"--open"_s, snapshot, u"--out"_s, pdf, u"--language"_s, u"en"_s} + period);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(QStringList {u"report"_s, u"--open"_s, snapshot, u"--out"_s,
                    QStringLiteral(SENTINELA_BINARY_DIR "/tests/unit/reports/long-report-pt_BR.pdf")} + period);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const Run info = run(u"pdfinfo"_s, {pdf});
        const QRegularExpressionMatch m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info.out);
        QVERIFY2(m.hasMatch(), qPrintable(info.out));
        const int pages = m.captured(1).toInt();
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));

        const QStringList headings {u"Summary"_s, u"Availability"_s, u"Validators (OLA)"_s, u"Incidents"_s, u"Recurring problems"_s};
        const QStringList captions {u"Blocks produced against expected"_s, u"Longest block interval"_s, u"Share of blocks proposed"_s};
        // Every heading printed (the breaks move them, never lose them).
        QStringList all;
        for (const QString &line : pdfText(pdf).split(u'\n'))
            all << line.trimmed();
        for (const QString &h : headings)
            QVERIFY2(all.contains(h), qPrintable(h));
        QHash<int, int> pageOfCase;
        bool incidentsStarted = false;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(pdf, page);
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(text));
            QStringList lines;
            for (const QString &line : text.split(u'\n')) {
                if (!line.trimmed().isEmpty() && !line.contains(u"Page %1 of"_s.arg(page)))
                    lines << line.trimmed();
            }
            QVERIFY(!lines.isEmpty());
            const QString last = lines.constLast();
            for (const QString &h : headings)
                QVERIFY2(last != h, qPrintable(u"page %1 ends with the heading %2"_s.arg(page).arg(h)));
            // Each chart on its caption's page (a caption may end a page's text: its picture is below it).
            int captionsHere = 0;
            for (const QString &c : captions)
                captionsHere += text.contains(c) ? 1 : 0;
            if (captionsHere > 0) {
                const Run images = run(u"pdfimages"_s, {u"-list"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf});
                const int listed = int(images.out.split(u'\n', Qt::SkipEmptyParts).size()) - 2; // two header lines
                QVERIFY2(listed >= captionsHere, qPrintable(u"page %1: %2 captions, images:\n%3"_s.arg(page).arg(captionsHere).arg(images.out)));
            }
            // Incident rows: whole on a page (their tag on the page of their number), under the header.
            const QRegularExpression number(u"#(1\\d\\d)\\b"_s);
            bool rowsHere = false;
            for (auto it = number.globalMatch(text); it.hasNext();) {
                const int id = it.next().captured(1).toInt();
                if (id < 100 || id >= 190)
                    continue;
                rowsHere = true;
                pageOfCase.insert(id - 100, page);
                QVERIFY2(text.contains(u"(case_%1)"_s.arg(id - 100)), qPrintable(u"incident #%1 split off page %2"_s.arg(id).arg(page)));
            }
            if (rowsHere) {
                QVERIFY2(text.contains(u"To acknowledge"_s), qPrintable(u"page %1 has incident rows without the header"_s.arg(page)));
                incidentsStarted = true;
            }
        }
        QVERIFY(incidentsStarted);
        // A row of wrapped lines takes the room of its lines and the same padding as the one-line header row: no
        // blank space below wrapped text.
        double pitch = 0;
        const QList<double> room = rowRoom(pdf, pageOfCase.value(50), &pitch);
        QVERIFY2(room.size() >= 3 && pitch > 5 && pitch < 15, qPrintable(QString::number(room.size())));
        qInfo("incident rows: %d measured, %.2f pt beyond their lines (line pitch %.2f pt)", int(room.size()), room.constFirst(), pitch);
        for (double extra : room)
            QVERIFY2(std::abs(extra - room.constFirst()) < 0.5 && extra < pitch,
                qPrintable(u"%1 pt against %2 pt (line %3 pt)"_s.arg(extra).arg(room.constFirst()).arg(pitch)));
        QCOMPARE(pageOfCase.size(), 90);
        QVERIFY2(pageOfCase.value(89) > pageOfCase.value(0), "the incident table spans pages");
    }

    void cliDefaultsToPortuguese()
    {
        QTemporaryDir dir;
        const QString md = dir.filePath(u"relatorio.md"_s);
        const Run r = cli({u"report"_s, u"--open"_s, Fixture, u"--out"_s, md, u"--from"_s, u"2026-12-06T11:58"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // pt_BR dates and decimal commas whatever the texts' translation state.
        QVERIFY2(text.contains(u"06/12/2026 11:58"_s), qPrintable(text));
        QVERIFY2(text.contains(u"4,0 s"_s), qPrintable(text));
        QVERIFY(QFile::exists(dir.filePath(u"relatorio-validators.png"_s)));
    }

    // A report made today from a snapshot credits its producer with the snapshot's capture (the fixture: inst0,
    // 2026-12-06 15:00 UTC, 12:00 at the service hours' São Paulo), and gives its own generation time apart.
    void snapshotReportCreditsTheCapture()
    {
        QTemporaryDir dir;
        const QString md = dir.filePath(u"r.md"_s);
        const Run r = cli({u"report"_s, u"--open"_s, Fixture, u"--out"_s, md});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString line;
        for (const QString &l : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (l.contains(QStringLiteral("Sentinela " SENTINELA_VERSION)))
                line = l;
        }
        QVERIFY(!line.isEmpty());
        const QString today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Sao_Paulo")).toString(u"dd/MM/yyyy"_s);
        QVERIFY2(line.contains(QRegularExpression(u"inst0\\b[^.;]{0,16}06/12/2026 12:00"_s)), qPrintable(line));
        QVERIFY2(line.contains(today), qPrintable(line)); // the report's own time
        QVERIFY2(!line.contains(QRegularExpression(u"inst0\\b[^.;]{0,16}"_s + QRegularExpression::escape(today))), qPrintable(line));
    }

    void cliFromAProfileWhoseNodesDoNotAnswer()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(u"profile.yaml"_s);
        QVERIFY(clirun::writeUnreachableProfile(profile));
        const QString md = dir.filePath(u"r.md"_s);
        const Run r = cli({u"report"_s, u"--config"_s, profile, u"--out"_s, md, u"--timeout"_s, u"2000"_s, u"--language"_s, u"en"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"No block of the period is in the data."_s), qPrintable(text));
        QVERIFY(text.contains(u"No incident was open in the period."_s));

        // Usage errors: 2 with the reason.
        Run bad = cli({u"report"_s, u"--config"_s, profile, u"--out"_s, dir.filePath(u"r.txt"_s)});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(u".pdf or .md"_s));
        bad = cli({u"report"_s, u"--open"_s, Fixture, u"--out"_s, md, u"--from"_s, u"someday"_s, u"--language"_s, u"en"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(u"--from"_s), qPrintable(bad.err));
        bad = cli({u"report"_s, u"--open"_s, dir.filePath(u"none.sentinela"_s), u"--out"_s, md, u"--language"_s, u"en"_s});
        QCOMPARE(bad.code, 2);
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
