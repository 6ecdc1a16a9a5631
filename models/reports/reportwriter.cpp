#include "reportwriter.h"

#include "analysis/health.h"
#include "analysis/validatoranalysis.h"
#include "core/format.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QAbstractTextDocumentLayout>
#include <QPalette>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextOption>
#include <QTextTable>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using Verdict = analysis::ProductionFigures::Verdict;

// Print colours: the health palette's hues (ui/common/statusstyle), which models/ cannot include.
const QColor OkColor(0x1e, 0x8e, 0x3e);
const QColor WarningColor(0xe3, 0xa0, 0x08);
const QColor CriticalColor(0xd9, 0x30, 0x25);
const QColor UnknownColor(0x80, 0x86, 0x8b);
const QColor ServiceShade(0xe3, 0xee, 0xfa);
const QColor GridColor(0xdd, 0xdd, 0xdd);

QColor levelColor(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return OkColor;
    case HealthLevel::Warning:
        return WarningColor;
    case HealthLevel::Critical:
        return CriticalColor;
    case HealthLevel::Unknown:
        break;
    }
    return UnknownColor;
}

HealthLevel verdictLevel(Verdict v)
{
    switch (v) {
    case Verdict::Met:
        return HealthLevel::Ok;
    case Verdict::NotMet:
        return HealthLevel::Critical;
    case Verdict::Partial:
    case Verdict::NoData:
        break;
    }
    return HealthLevel::Unknown;
}

QString verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Met:
        return ReportWriter::tr("met");
    case Verdict::NotMet:
        return ReportWriter::tr("not met");
    case Verdict::Partial:
        return ReportWriter::tr("undecided: partial history");
    case Verdict::NoData:
        break;
    }
    return ReportWriter::tr("no data");
}

QString glyphed(HealthLevel level, const QString &text)
{
    return healthGlyph(level) + u' ' + text;
}

QTimeZone zoneOf(const CommitteeReport &r)
{
    return analysis::serviceTimeZone(r.network.serviceHours);
}

QString when(const CommitteeReport &r, const QDateTime &t)
{
    if (!t.isValid())
        return u"\u2014"_s;
    return QLocale().toString(t.toTimeZone(zoneOf(r)), QLocale::ShortFormat);
}

QString serviceDuration(qint64 seconds)
{
    return seconds < 0 ? u"\u2014"_s : formatDuration(seconds * 1000);
}

QString share(double fraction, int decimals = 2)
{
    return formatPercent(fraction * 100.0, decimals);
}

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QStringList intervalsRow(const analysis::IntervalStats &s, const QString &name)
{
    if (s.count == 0)
        return {name, QLocale().toString(s.count), glyphed(HealthLevel::Unknown, ReportWriter::tr("no data")), u"\u2014"_s,
            u"\u2014"_s, u"\u2014"_s, QLocale().toString(s.roundChanges)};
    const auto judged = [](double fraction, bool met, int decimals) {
        return glyphed(met ? HealthLevel::Ok : HealthLevel::Critical, share(fraction, decimals));
    };
    return {name, QLocale().toString(s.count), judged(s.fastShare, s.fastMet, 2), judged(s.slowShare, s.slowMet, 3),
        ReportWriter::tr("%1 s").arg(number(s.p95, 1)), ReportWriter::tr("%1 s").arg(number(s.max, 1)),
        QLocale().toString(s.roundChanges)};
}

HealthLevel validatorLevel(const ReportValidator &v)
{
    return participationLevel(v.participation.status);
}

QString ruleName(const QString &rule)
{
    const QString title = Rules::title(rule);
    return title.isEmpty() ? rule : title;
}

// ---- Charts -------------------------------------------------------------------------------------------------------

struct Plot
{
    QRect area; // the data area
    double yMax = 1;
    int count = 1; // x slots

    double y(double v) const { return area.bottom() - qBound(0.0, v / yMax, 1.0) * area.height(); }
    double x(double slot) const { return area.left() + slot * area.width() / count; }
};

QFont chartFont(int pixels, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

void drawLegend(QPainter &p, QPoint at, const QList<std::pair<QColor, QString>> &entries)
{
    p.setFont(chartFont(22));
    const QFontMetrics fm(p.font());
    int x = at.x();
    for (const auto &[color, text] : entries) {
        p.fillRect(QRect(x, at.y() - 16, 22, 22), color);
        p.setPen(Qt::black);
        p.drawText(x + 30, at.y() + 2, text);
        x += 30 + fm.horizontalAdvance(text) + 40;
    }
}

// Bucket time labels along the x axis, thinned to fit.
void drawTimeAxis(QPainter &p, const Plot &plot, const CommitteeReport &r)
{
    p.setFont(chartFont(20));
    const QFontMetrics fm(p.font());
    const bool withDate = r.bucketSeconds >= 24 * 3600 || r.from.secsTo(r.to) > 24 * 3600;
    const QString format = r.bucketSeconds >= 24 * 3600 ? u"dd/MM"_s : (withDate ? u"dd/MM HH:mm"_s : u"HH:mm"_s);
    const int labelWidth = fm.horizontalAdvance(u"00/00 00:00"_s) + 24;
    const int step = qMax(1, int(std::ceil(double(labelWidth) / (double(plot.area.width()) / plot.count))));
    p.setPen(Qt::black);
    for (int i = 0; i < r.buckets.size(); i += step) {
        const QString text = r.buckets[i].from.toTimeZone(zoneOf(r)).toString(format);
        const int x = int(plot.x(i));
        p.drawLine(x, plot.area.bottom(), x, plot.area.bottom() + 8);
        p.drawText(x - 4, plot.area.bottom() + 10 + fm.ascent(), text);
    }
}

void drawYAxis(QPainter &p, const Plot &plot, const QList<double> &ticks, const std::function<QString(double)> &label)
{
    p.setFont(chartFont(20));
    const QFontMetrics fm(p.font());
    for (double t : ticks) {
        const int y = int(plot.y(t));
        p.setPen(QPen(GridColor, 1));
        p.drawLine(plot.area.left(), y, plot.area.right(), y);
        p.setPen(Qt::black);
        const QString text = label(t);
        p.drawText(plot.area.left() - 12 - fm.horizontalAdvance(text), y + fm.ascent() / 2 - 2, text);
    }
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(plot.area.bottomLeft(), plot.area.bottomRight());
    p.drawLine(plot.area.bottomLeft(), plot.area.topLeft());
}

// Shades the service hours behind a time chart.
void shadeServiceHours(QPainter &p, const Plot &plot, const CommitteeReport &r)
{
    const double span = double(r.from.secsTo(r.to));
    if (span <= 0)
        return;
    const double fullWidth = plot.x(double(r.from.secsTo(r.to)) / double(r.bucketSeconds)) - plot.area.left();
    for (const auto &[s, e] : analysis::serviceIntervals(r.network.serviceHours, r.from, r.to)) {
        const double x0 = plot.area.left() + double(s - r.from.toSecsSinceEpoch()) / span * fullWidth;
        const double x1 = plot.area.left() + double(e - r.from.toSecsSinceEpoch()) / span * fullWidth;
        p.fillRect(QRectF(x0, plot.area.top(), x1 - x0, plot.area.height()), ServiceShade);
    }
}

QImage productionChart(const CommitteeReport &r, const QSize &size)
{
    if (r.buckets.isEmpty())
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    Plot plot;
    plot.area = QRect(110, 60, size.width() - 140, size.height() - 130);
    plot.count = int(r.buckets.size());
    plot.yMax = 1.05;
    shadeServiceHours(p, plot, r);
    drawYAxis(p, plot, {0, 0.25, 0.5, 0.75, 1.0}, [](double v) { return formatPercent(v * 100, 0); });
    const double required = r.network.serviceLevels.producedBlocksShare;
    const double slot = double(plot.area.width()) / plot.count;
    for (int i = 0; i < r.buckets.size(); ++i) {
        const ReportBucket &b = r.buckets[i];
        const double value = b.expected > 0 ? double(b.produced) / b.expected : 0;
        QColor color = !b.covered ? UnknownColor : value >= required ? OkColor : value >= required - 0.05 ? WarningColor : CriticalColor;
        const double top = b.covered ? plot.y(value) : plot.y(1.0);
        const QRectF bar(plot.x(i) + slot * 0.12, top, slot * 0.76, plot.area.bottom() - top);
        if (b.covered)
            p.fillRect(bar, color);
        else
            p.fillRect(bar, QBrush(color, Qt::BDiagPattern));
    }
    p.setPen(QPen(CriticalColor, 3, Qt::DashLine));
    p.drawLine(QPointF(plot.area.left(), plot.y(required)), QPointF(plot.area.right(), plot.y(required)));
    drawTimeAxis(p, plot, r);
    drawLegend(p, {plot.area.left(), 30},
        {{OkColor, ReportWriter::tr("produced / expected, target met")},
            {CriticalColor, ReportWriter::tr("below the %1 target (dashed)").arg(share(required, 1))},
            {ServiceShade, ReportWriter::tr("service hours")}, {UnknownColor, ReportWriter::tr("not in the history")}});
    return image;
}

QImage intervalChart(const CommitteeReport &r, const QSize &size)
{
    if (r.buckets.isEmpty() || r.intervals.count == 0)
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const ServiceLevels &levels = r.network.serviceLevels;
    Plot plot;
    plot.area = QRect(110, 60, size.width() - 140, size.height() - 130);
    plot.count = int(r.buckets.size());
    double top = levels.slowIntervalSeconds * 1.2;
    for (const ReportBucket &b : r.buckets)
        top = qMax(top, b.maxInterval * 1.1);
    plot.yMax = top;
    shadeServiceHours(p, plot, r);
    QList<double> ticks;
    const double tick = top > 120 ? 60 : top > 60 ? 20 : 10;
    for (double t = 0; t <= top; t += tick)
        ticks.append(t);
    drawYAxis(p, plot, ticks, [](double v) { return ReportWriter::tr("%1 s").arg(number(v)); });
    const double slot = double(plot.area.width()) / plot.count;
    for (int i = 0; i < r.buckets.size(); ++i) {
        const ReportBucket &b = r.buckets[i];
        if (b.maxInterval <= 0)
            continue;
        const QColor color = b.maxInterval >= levels.slowIntervalSeconds ? CriticalColor
            : b.maxInterval >= levels.fastIntervalSeconds                ? WarningColor
                                                                         : OkColor;
        const double y = plot.y(b.maxInterval);
        p.fillRect(QRectF(plot.x(i) + slot * 0.12, y, slot * 0.76, plot.area.bottom() - y), color);
    }
    p.setPen(QPen(WarningColor, 3, Qt::DashLine));
    p.drawLine(QPointF(plot.area.left(), plot.y(levels.fastIntervalSeconds)), QPointF(plot.area.right(), plot.y(levels.fastIntervalSeconds)));
    p.setPen(QPen(CriticalColor, 3, Qt::DashLine));
    p.drawLine(QPointF(plot.area.left(), plot.y(levels.slowIntervalSeconds)), QPointF(plot.area.right(), plot.y(levels.slowIntervalSeconds)));
    drawTimeAxis(p, plot, r);
    drawLegend(p, {plot.area.left(), 30},
        {{OkColor, ReportWriter::tr("longest interval under %1 s").arg(number(levels.fastIntervalSeconds))},
            {WarningColor, ReportWriter::tr("from %1 s").arg(number(levels.fastIntervalSeconds))},
            {CriticalColor, ReportWriter::tr("from %1 s").arg(number(levels.slowIntervalSeconds))},
            {ServiceShade, ReportWriter::tr("service hours")}});
    return image;
}

QImage validatorChart(const CommitteeReport &r, const QSize &size)
{
    if (r.validators.isEmpty())
        return {};
    const int rowHeight = 40;
    QImage image(size.width(), 90 + rowHeight * int(r.validators.size()) + 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(22));
    const QFontMetrics fm(p.font());
    int labelWidth = 0;
    for (const ReportValidator &v : r.validators)
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(v.label));
    const QRect area(labelWidth + 30, 70, image.width() - labelWidth - 60, rowHeight * int(r.validators.size()));
    double top = 0;
    for (const ReportValidator &v : r.validators)
        top = std::max({top, v.participation.proposedPercent, v.participation.expectedPercent});
    top = qMax(5.0, std::ceil(top * 1.15 / 5) * 5);
    const auto x = [&](double percent) { return area.left() + percent / top * area.width(); };
    p.setFont(chartFont(20));
    for (double t = 0; t <= top + 0.01; t += top > 40 ? 10 : 5) {
        p.setPen(QPen(GridColor, 1));
        p.drawLine(QPointF(x(t), area.top()), QPointF(x(t), area.bottom()));
        p.setPen(Qt::black);
        const QString text = formatPercent(t, 0);
        p.drawText(QPointF(x(t) - fm.horizontalAdvance(text) / 2.0, area.bottom() + 28), text);
    }
    for (int i = 0; i < r.validators.size(); ++i) {
        const ReportValidator &v = r.validators[i];
        const analysis::ValidatorParticipation &vp = v.participation;
        const int y = area.top() + i * rowHeight;
        p.setFont(chartFont(22));
        p.setPen(Qt::black);
        p.drawText(QRect(10, y, labelWidth + 10, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, v.label);
        p.fillRect(QRectF(area.left(), y + 8, x(vp.proposedPercent) - area.left(), rowHeight - 16), levelColor(validatorLevel(v)));
        // OLA red and yellow thresholds and the expected share, as ticks across the bar.
        const auto tickAt = [&](double percent, const QColor &color, int width) {
            p.setPen(QPen(color, width));
            p.drawLine(QPointF(x(percent), y + 2), QPointF(x(percent), y + rowHeight - 2));
        };
        tickAt(vp.redPercent, CriticalColor, 3);
        tickAt(vp.yellowPercent, WarningColor, 3);
        tickAt(vp.expectedPercent, Qt::black, 2);
    }
    drawLegend(p, {area.left(), 34},
        {{OkColor, ReportWriter::tr("blocks proposed")}, {Qt::black, ReportWriter::tr("expected share")},
            {WarningColor, ReportWriter::tr("OLA yellow")}, {CriticalColor, ReportWriter::tr("OLA red")}});
    return image;
}

QString escapeMarkdown(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

bool saveText(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = ReportWriter::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

ReportBlock *addBlock(QList<ReportBlock> &out, ReportBlock::Kind kind, const QString &text)
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    out.append(b);
    return &out.last();
}

QString gasText(const usage::Counts &c, double gasShare)
{
    if (c.gasUsed == 0 && c.withoutReceipt > 0)
        return u"\u2014"_s;
    return share(gasShare, 1);
}

// Who used the network (issue 15): the accounts no institution answers for first (the accountability gap), then each
// institution's transactions, share of gas and failures, then the most called contracts.
void addUsage(const CommitteeReport &r, QList<ReportBlock> &out)
{
    const QLocale locale;
    const auto add = [&out](ReportBlock::Kind kind, const QString &text) { return addBlock(out, kind, text); };
    const auto count = [&locale](quint64 n) { return locale.toString(qulonglong(n)); };
    add(ReportBlock::Kind::Heading, ReportWriter::tr("Usage and accountability"));
    if (!r.usage) {
        add(ReportBlock::Kind::Paragraph,
            ReportWriter::tr("The data holds no transaction usage: the blocks' transactions were not read when it was "
                             "collected."));
        return;
    }
    const ReportUsage &ru = *r.usage;
    const usage::UsageReport &u = ru.figures;
    QString intro = ReportWriter::tr("%1 transactions in %2 blocks of the period, %3 failed, %4 gas used. Each sender "
                                     "account is attributed to the institution that answers for it in the profile or, "
                                     "where the profile does not list it, by the permissioning contract.")
                        .arg(count(u.total.transactions), locale.toString(ru.blocks), count(u.total.failed),
                            count(u.total.gasUsed));
    if (ru.partial)
        intro += u' ' + ReportWriter::tr("The transactions read reach back to %1 only: the figures count from there.")
                            .arg(when(r, QDateTime::fromSecsSinceEpoch(ru.heldFromSec, Qt::UTC)));
    if (u.total.withoutReceipt > 0)
        intro += u' ' + ReportWriter::tr("%n transaction(s) without a receipt count without gas.", nullptr,
                            int(qMin<quint64>(u.total.withoutReceipt, 1u << 30)));
    add(ReportBlock::Kind::Paragraph, intro);

    QList<const usage::AccountUsage *> gap;
    for (const usage::AccountUsage &a : u.accounts) {
        if (a.attribution.institution.isEmpty())
            gap << &a;
    }
    if (gap.isEmpty()) {
        if (!u.accounts.isEmpty())
            add(ReportBlock::Kind::Paragraph,
                glyphed(HealthLevel::Ok, ReportWriter::tr("Every sender account of the period is answered for by an institution.")));
    } else {
        add(ReportBlock::Kind::Paragraph,
            glyphed(HealthLevel::Warning,
                ReportWriter::tr("%n sender account(s) that no institution answers for: the accountability gap. The "
                                 "Operations Manual makes the institution that permissioned an account answer for it.",
                    nullptr, int(gap.size()))));
        ReportBlock table;
        table.kind = ReportBlock::Kind::Table;
        table.header = {ReportWriter::tr("Account"), ReportWriter::tr("Transactions"), ReportWriter::tr("Share of gas"),
            ReportWriter::tr("Failed"), ReportWriter::tr("Why unattributed")};
        constexpr int MaxRows = 100;
        for (const usage::AccountUsage *a : std::as_const(gap)) {
            if (table.rows.size() == MaxRows)
                break;
            const QString source = AccountDirectory::sourceText(a->attribution.source);
            table.rows << QStringList {a->address, count(a->counts.transactions), gasText(a->counts, a->gasShare),
                count(a->counts.failed),
                a->attribution.detail.isEmpty() ? source : ReportWriter::tr("%1: %2").arg(source, a->attribution.detail)};
        }
        out.append(table);
        if (gap.size() > MaxRows)
            add(ReportBlock::Kind::Paragraph,
                ReportWriter::tr("%n more account(s) not listed.", nullptr, int(gap.size()) - MaxRows));
    }

    if (!u.institutions.isEmpty()) {
        ReportBlock table;
        table.kind = ReportBlock::Kind::Table;
        table.header = {ReportWriter::tr("Institution"), ReportWriter::tr("Accounts"), ReportWriter::tr("Transactions"),
            ReportWriter::tr("Per second"), ReportWriter::tr("Share of gas"), ReportWriter::tr("Failed"),
            ReportWriter::tr("Top contracts")};
        for (const usage::InstitutionUsage &i : u.institutions) {
            table.rows << QStringList {i.id.isEmpty() ? glyphed(HealthLevel::Warning, i.name) : i.name,
                locale.toString(i.accounts), count(i.counts.transactions), number(i.transactionsPerSecond, 3),
                gasText(i.counts, i.gasShare), count(i.counts.failed), usage::targetsText(i.topTargets, 3)};
        }
        out.append(table);
    }

    if (!u.topTargets.isEmpty()) {
        add(ReportBlock::Kind::Paragraph, ReportWriter::tr("The contracts called most, by gas used:"));
        ReportBlock table;
        table.kind = ReportBlock::Kind::Table;
        table.header = {ReportWriter::tr("Contract"), ReportWriter::tr("Transactions"), ReportWriter::tr("Share of gas"),
            ReportWriter::tr("Failed")};
        const double totalGas = double(u.total.gasUsed);
        for (const usage::TargetUsage &t : u.topTargets) {
            table.rows << QStringList {t.address.isEmpty() ? ReportWriter::tr("(contract creations)") : t.address,
                count(t.counts.transactions), gasText(t.counts, totalGas > 0 ? double(t.counts.gasUsed) / totalGas : 0),
                count(t.counts.failed)};
        }
        out.append(table);
    }
}

const QStringList ChartNames {u"production"_s, u"intervals"_s, u"validators"_s};

} // namespace

std::optional<ReportWriter::Format> ReportWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return Format::Markdown;
    return std::nullopt;
}

QImage ReportWriter::chart(const CommitteeReport &report, const QString &name, const QSize &size)
{
    if (name == u"production"_s)
        return productionChart(report, size);
    if (name == u"intervals"_s)
        return intervalChart(report, size);
    if (name == u"validators"_s)
        return validatorChart(report, size);
    return {};
}

QList<ReportBlock> ReportWriter::blocks(const CommitteeReport &r)
{
    const QLocale locale;
    const ServiceLevels &levels = r.network.serviceLevels;
    const ServiceHours &hours = r.network.serviceHours;
    QList<ReportBlock> out;
    const auto add = [&out](ReportBlock::Kind kind, const QString &text) { return addBlock(out, kind, text); };

    add(ReportBlock::Kind::Title, tr("Operations report: %1").arg(r.networkName));
    add(ReportBlock::Kind::Paragraph,
        tr("Period: %1 to %2 (%3). For the Technical and Executive Committees.")
            .arg(when(r, r.from), when(r, r.to), QString::fromUtf8(zoneOf(r).id())));
    // The data's producer and capture time, apart from this report's own time: a report made today from last
    // week's snapshot of another institution credits that institution with last week's data, not with today.
    add(ReportBlock::Kind::Paragraph,
        tr("Network %1, chain id %2. Data: %3, captured by %4 on %5. Report generated on %6 with Sentinela %7.")
            .arg(r.network.name)
            .arg(r.chainId)
            .arg(r.origin.isEmpty() ? tr("the institution's own collection") : r.origin,
                r.producer.isEmpty() ? tr("an unnamed institution") : r.producer,
                when(r, r.capturedAt.isValid() ? r.capturedAt : r.generatedAt), when(r, r.generatedAt),
                QStringLiteral(SENTINELA_VERSION)));

    // ---- Summary ----
    const analysis::ProductionReport &pr = r.production;
    int critical = 0;
    int answerBreaches = 0;
    int actionBreaches = 0;
    for (const ReportIncident &i : r.incidents) {
        critical += isCritical(i.incident.severity) ? 1 : 0;
        answerBreaches += i.sla.answerBreached ? 1 : 0;
        actionBreaches += i.sla.actionBreached ? 1 : 0;
    }
    QStringList below;
    for (const ReportValidator &v : r.validators) {
        const HealthLevel level = validatorLevel(v);
        if (level == HealthLevel::Warning || level == HealthLevel::Critical)
            below << tr("%1 (%2)").arg(v.label, analysis::statusName(v.participation.status));
    }
    add(ReportBlock::Kind::Heading, tr("Summary"));
    ReportBlock bullets;
    bullets.kind = ReportBlock::Kind::Bullets;
    bullets.items << glyphed(verdictLevel(pr.overall.verdict),
        tr("Blocks produced: %1 of %2 expected (%3; target %4): %5.")
            .arg(number(pr.overall.produced), number(pr.overall.expected), share(pr.overall.share),
                share(levels.producedBlocksShare, 1), verdictText(pr.overall.verdict)));
    if (pr.serviceHours.seconds == 0)
        bullets.items << glyphed(HealthLevel::Unknown, tr("In service hours: none in the period."));
    else
        bullets.items << glyphed(verdictLevel(pr.serviceHours.verdict),
            tr("In service hours: %1 of %2 expected (%3): %4.")
                .arg(number(pr.serviceHours.produced), number(pr.serviceHours.expected), share(pr.serviceHours.share),
                    verdictText(pr.serviceHours.verdict)));
    const analysis::IntervalStats &is = r.intervals;
    bullets.items << glyphed(is.count == 0 ? HealthLevel::Unknown : (is.fastMet && is.slowMet ? HealthLevel::Ok : HealthLevel::Critical),
        tr("Block intervals under %1 s: %2 (target %3); under %4 s: %5 (target %6).")
            .arg(number(levels.fastIntervalSeconds), is.count ? share(is.fastShare) : tr("no data"),
                share(levels.fastIntervalShare, 1), number(levels.slowIntervalSeconds),
                is.count ? share(is.slowShare, 3) : tr("no data"), share(levels.slowIntervalShare, 1)));
    bullets.items << glyphed(below.isEmpty() ? HealthLevel::Ok : HealthLevel::Warning,
        below.isEmpty() ? tr("Every validator within its OLA (or without enough data).")
                        : tr("Validators below their OLA: %1.").arg(below.join(u", "_s)));
    bullets.items << glyphed(r.incidents.isEmpty() ? HealthLevel::Ok : (critical ? HealthLevel::Critical : HealthLevel::Warning),
        tr("%n incident(s) in the period", nullptr, int(r.incidents.size())) + u"; "_s
            + tr("%n critical", nullptr, critical) + u"; "_s
            + tr("answer deadline missed %n time(s), action deadline %1.", nullptr, answerBreaches).arg(actionBreaches));
    bullets.items << glyphed(r.recurring.isEmpty() ? HealthLevel::Ok : HealthLevel::Warning,
        tr("%n recurring problem(s): the same rule on the same node more than once.", nullptr, int(r.recurring.size())));
    if (!r.usage) {
        bullets.items << glyphed(HealthLevel::Unknown, tr("Transaction usage: not in the data."));
    } else {
        const usage::UsageReport &u = r.usage->figures;
        const int gap = u.unknownSenders + u.pendingSenders;
        bullets.items << glyphed(gap > 0 ? HealthLevel::Warning : HealthLevel::Ok,
            tr("%1 transactions from %n sender account(s)", nullptr, int(u.accounts.size()))
                    .arg(locale.toString(qulonglong(u.total.transactions)))
                + u"; "_s
                + (gap > 0 ? tr("%n account(s) that no institution answers for.", nullptr, gap)
                           : tr("every one answered for by an institution.")));
    }
    out.append(bullets);

    // ---- Availability ----
    add(ReportBlock::Kind::Heading, tr("Availability"));
    QString coverage;
    if (pr.noData)
        coverage = tr("No block of the period is in the data.");
    else if (pr.partial)
        coverage = tr("The data reaches back to %1 only: the figures count from there (%2 blocks missing in holes).")
                       .arg(when(r, pr.coveredFrom), locale.toString(pr.missingBlocks));
    else
        coverage = tr("The data covers the whole period (%1 blocks missing in holes, interpolated).")
                       .arg(locale.toString(pr.missingBlocks));
    add(ReportBlock::Kind::Paragraph,
        tr("Expected blocks are the seconds counted divided by the block period (%1 s); service hours are %2 to %3 on "
           "working days (%4), holidays excluded. %5")
            .arg(number(r.network.blockPeriodSeconds, 1), hours.start.toString(u"HH:mm"_s), hours.end.toString(u"HH:mm"_s),
                hours.timeZone, coverage));
    ReportBlock production;
    production.kind = ReportBlock::Kind::Table;
    production.header = {tr("Time counted"), tr("Length"), tr("Expected"), tr("Produced"), tr("Share"), tr("Target"), tr("Verdict")};
    const auto productionRow = [&](const QString &name, const analysis::ProductionFigures &f) {
        if (f.seconds == 0)
            return QStringList {name, formatDuration(0), u"\u2014"_s, u"\u2014"_s, u"\u2014"_s,
                share(levels.producedBlocksShare, 1), glyphed(HealthLevel::Unknown, tr("none in the period"))};
        return QStringList {name, formatDuration(f.seconds * 1000), number(f.expected), number(f.produced), share(f.share),
            share(levels.producedBlocksShare, 1), glyphed(verdictLevel(f.verdict), verdictText(f.verdict))};
    };
    production.rows << productionRow(tr("Whole period"), pr.overall) << productionRow(tr("Service hours"), pr.serviceHours);
    out.append(production);
    add(ReportBlock::Kind::Chart, tr("Blocks produced against expected, per %1").arg(formatDuration(r.bucketSeconds * 1000)))->chart
        = u"production"_s;

    ReportBlock intervals;
    intervals.kind = ReportBlock::Kind::Table;
    intervals.header = {tr("Blocks"), tr("Intervals"),
        tr("Under %1 s (target %2)").arg(number(levels.fastIntervalSeconds), share(levels.fastIntervalShare, 1)),
        tr("Under %1 s (target %2)").arg(number(levels.slowIntervalSeconds), share(levels.slowIntervalShare, 1)),
        tr("95th percentile"), tr("Longest"), tr("Round changes")};
    intervals.rows << intervalsRow(r.intervals, tr("All")) << intervalsRow(r.intervalsInService, tr("In service hours"))
                   << intervalsRow(r.intervalsOutOfService, tr("Out of service hours"));
    add(ReportBlock::Kind::Paragraph, tr("Block intervals: the time between a block and its parent, by when the block closed."));
    out.append(intervals);
    add(ReportBlock::Kind::Chart, tr("Longest block interval per %1").arg(formatDuration(r.bucketSeconds * 1000)))->chart
        = u"intervals"_s;

    // ---- OLA ----
    add(ReportBlock::Kind::Heading, tr("Validators (OLA)"));
    if (r.blockCount == 0) {
        add(ReportBlock::Kind::Paragraph, tr("No block of the period carries seals that could be analysed."));
    } else {
        add(ReportBlock::Kind::Paragraph,
            tr("Blocks %1 to %2 (%3 blocks). A validator's share of proposed blocks is judged against the OLA table "
               "for the validator count; signing counts the committed seals it has in the blocks it was a validator "
               "for.")
                .arg(locale.toString(r.firstBlock), locale.toString(r.lastBlock), locale.toString(r.blockCount)));
        ReportBlock ola;
        ola.kind = ReportBlock::Kind::Table;
        ola.header = {tr("Institution"), tr("Validator"), tr("Proposed"), tr("Expected"), tr("OLA yellow / red"), tr("Signed"),
            tr("Round changes on its turns"), tr("Status")};
        for (const ReportValidator &v : r.validators) {
            const analysis::ValidatorParticipation &p = v.participation;
            ola.rows << QStringList {v.institution.isEmpty() ? tr("(not in the inventory)") : v.institution, v.label,
                tr("%1 (%2 of %3)").arg(formatPercent(p.proposedPercent, 2), locale.toString(p.proposed), locale.toString(p.memberBlocks)),
                formatPercent(p.expectedPercent, 2),
                tr("%1 / %2").arg(formatPercent(p.yellowPercent, 1), formatPercent(p.redPercent, 1)),
                formatPercent(p.signingPercent, 1),
                tr("%1 of %2").arg(locale.toString(p.roundChangesOnTurn), locale.toString(p.turns)),
                glyphed(validatorLevel(v), analysis::statusName(p.status))};
        }
        out.append(ola);
        add(ReportBlock::Kind::Chart, tr("Share of blocks proposed per validator"))->chart = u"validators"_s;
    }

    // ---- Usage ----
    addUsage(r, out);

    // ---- Incidents ----
    add(ReportBlock::Kind::Heading, tr("Incidents"));
    if (r.incidents.isEmpty()) {
        add(ReportBlock::Kind::Paragraph, tr("No incident was open in the period."));
    } else {
        add(ReportBlock::Kind::Paragraph,
            tr("Times to acknowledge and to resolve count service hours only. Critical incidents must be answered "
               "within %1 service hours and acted on within %2.")
                .arg(number(r.network.incidents.answerServiceHours, 1), number(r.network.incidents.actionServiceHours, 1)));
        ReportBlock table;
        table.kind = ReportBlock::Kind::Table;
        table.header = {tr("#"), tr("Severity"), tr("Incident"), tr("Detected"), tr("To acknowledge"), tr("To resolve"),
            tr("Deadlines"), tr("Checklist")};
        constexpr int MaxRows = 300;
        for (const ReportIncident &ri : r.incidents) {
            if (table.rows.size() == MaxRows)
                break;
            const Incident &i = ri.incident;
            QString deadlines = u"\u2014"_s;
            if (ri.sla.hasDeadlines) {
                QStringList missed;
                if (ri.sla.answerBreached)
                    missed << tr("answer");
                if (ri.sla.actionBreached)
                    missed << tr("action");
                deadlines = missed.isEmpty() ? glyphed(HealthLevel::Ok, tr("met"))
                                             : glyphed(HealthLevel::Critical, tr("missed: %1").arg(missed.join(u", "_s)));
            }
            table.rows << QStringList {i.id > 0 ? u"#%1"_s.arg(i.id) : u"\u2014"_s, severityText(i.severity), i.title,
                when(r, i.detectedAt),
                i.acknowledgedBy.isEmpty()
                    ? serviceDuration(ri.sla.toAcknowledgeSeconds)
                    : tr("%1 (%2)").arg(serviceDuration(ri.sla.toAcknowledgeSeconds),
                          i.acknowledgedInstitution.isEmpty() ? i.acknowledgedBy : i.acknowledgedBy + u", "_s + i.acknowledgedInstitution),
                ri.sla.toResolveSeconds >= 0 ? serviceDuration(ri.sla.toResolveSeconds) : tr("open (%1)").arg(statusText(i.status)),
                deadlines,
                ri.checklistRuns == 0 ? u"\u2014"_s : tr("%1 of %2 steps").arg(ri.stepsDone).arg(ri.stepsTotal)};
        }
        out.append(table);
        if (r.incidents.size() > MaxRows)
            add(ReportBlock::Kind::Paragraph, tr("%n more incident(s) not listed.", nullptr, int(r.incidents.size()) - MaxRows));
    }

    // ---- Recurring problems ----
    add(ReportBlock::Kind::Heading, tr("Recurring problems"));
    if (r.recurring.isEmpty()) {
        add(ReportBlock::Kind::Paragraph, tr("No rule fired more than once on the same node in the period."));
    } else {
        ReportBlock table;
        table.kind = ReportBlock::Kind::Table;
        table.header = {tr("Problem"), tr("Node or subject"), tr("Times"), tr("Open in service hours"), tr("Open in total"),
            tr("First"), tr("Last")};
        for (const RecurringProblem &g : r.recurring)
            table.rows << QStringList {ruleName(g.rule), g.subject.isEmpty() ? tr("the network") : g.subject,
                locale.toString(g.count), serviceDuration(g.openServiceSeconds), formatDuration(g.openSeconds * 1000),
                when(r, g.first), when(r, g.last)};
        out.append(table);
    }
    return out;
}

QString ReportWriter::html(const QList<ReportBlock> &blocks, const QSet<int> &breakBefore, const QMap<int, QList<int>> &tableBreaks)
{
    QString h;
    h += u"<html><body>"_s;
    for (qsizetype index = 0; index < blocks.size(); ++index) {
        const ReportBlock &b = blocks.at(index);
        const QString pageBreak = breakBefore.contains(int(index)) ? u" style=\"page-break-before: always\""_s : QString();
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            h += u"<h1%1>%2</h1>"_s.arg(pageBreak, b.text.toHtmlEscaped());
            break;
        case ReportBlock::Kind::Heading:
            h += u"<h2%1>%2</h2>"_s.arg(pageBreak, b.text.toHtmlEscaped());
            break;
        case ReportBlock::Kind::Paragraph:
            h += u"<p>%1</p>"_s.arg(b.text.toHtmlEscaped());
            break;
        case ReportBlock::Kind::Bullets:
            h += u"<ul>"_s;
            for (const QString &item : b.items)
                h += u"<li>%1</li>"_s.arg(item.toHtmlEscaped());
            h += u"</ul>"_s;
            break;
        case ReportBlock::Kind::Table: {
            // One table per piece (a PDF page break before each row in tableBreaks), each with its header row, which
            // QTextDocument also repeats on every page a piece spans (<thead>).
            const QList<int> breaks = tableBreaks.value(int(index));
            for (qsizetype row = 0; row < b.rows.size() || row == 0; ++row) {
                if (row == 0 || breaks.contains(int(row))) {
                    if (row > 0)
                        h += u"</table>"_s;
                    h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"border-color:#999;%1\"><thead><tr>"_s
                             .arg(row > 0 ? u" page-break-before: always;"_s : QString());
                    for (const QString &c : b.header)
                        h += u"<th bgcolor=\"#eeeeee\" align=\"left\">%1</th>"_s.arg(c.toHtmlEscaped());
                    h += u"</tr></thead>"_s;
                }
                if (row >= b.rows.size())
                    break;
                h += u"<tr>"_s;
                for (const QString &c : b.rows.at(row)) {
                    // A short figure ("604,0 s") stays on one line in a narrow column.
                    h += u"<td>%1</td>"_s.arg(
                        (c.size() <= 8 ? QString(c).replace(u' ', QChar(0x00A0)) : c).toHtmlEscaped());
                }
                h += u"</tr>"_s;
            }
            h += u"</table>"_s;
            break;
        }
        case ReportBlock::Kind::Chart:
            h += u"<p%1><b>%2</b><br/><img src=\"chart:%3\" width=\"640\"/></p>"_s.arg(pageBreak, b.text.toHtmlEscaped(), b.chart);
            break;
        }
    }
    h += u"</body></html>"_s;
    return h;
}

QString ReportWriter::markdown(const QList<ReportBlock> &blocks, const QString &imageBase)
{
    QString m;
    for (const ReportBlock &b : blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            m += u"# "_s + b.text + u"\n\n"_s;
            break;
        case ReportBlock::Kind::Heading:
            m += u"## "_s + b.text + u"\n\n"_s;
            break;
        case ReportBlock::Kind::Paragraph:
            m += b.text + u"\n\n"_s;
            break;
        case ReportBlock::Kind::Bullets:
            for (const QString &item : b.items)
                m += u"- "_s + item + u'\n';
            m += u'\n';
            break;
        case ReportBlock::Kind::Table: {
            QStringList header;
            for (const QString &c : b.header)
                header << escapeMarkdown(c);
            m += u"| "_s + header.join(u" | "_s) + u" |\n|"_s;
            for (qsizetype i = 0; i < b.header.size(); ++i)
                m += u"---|"_s;
            m += u'\n';
            for (const QStringList &row : b.rows) {
                QStringList cells;
                for (const QString &c : row)
                    cells << escapeMarkdown(c);
                m += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
            }
            m += u'\n';
            break;
        }
        case ReportBlock::Kind::Chart:
            m += u"![%1](%2-%3.png)\n\n"_s.arg(b.text, QString::fromLatin1(QUrl::toPercentEncoding(imageBase)), b.chart);
            break;
        }
    }
    return m;
}

bool ReportWriter::write(const CommitteeReport &report, const QString &path, QString *error)
{
    const auto format = formatOf(path);
    if (!format) {
        if (error)
            *error = tr("%1: a report is written as .pdf or .md").arg(path);
        return false;
    }
    return *format == Format::Pdf ? writePdf(report, path, error) : writeMarkdown(report, path, error);
}

namespace {

// Where the PDF's pages break besides QTextDocument's own choices: before these blocks (headings, charts), and
// before these rows of these tables.
struct PageBreaks
{
    QSet<int> before;
    QMap<int, QList<int>> tableRows;
};

// One thing that would print badly: a heading left at a page's foot, a chart cut, a table row split across pages.
struct BadBreak
{
    int block = -1;
    int row = -1; // a table's row; -1: break before the block
};

// Which report block each heading, chart and table of the document comes from, in reading order; a table split by
// the breaks is several pieces (block, first row).
struct DocumentMap
{
    QList<int> headings;
    QList<int> charts;
    QList<std::pair<int, int>> pieces;

    DocumentMap(const QList<ReportBlock> &content, const PageBreaks &breaks)
    {
        for (int i = 0; i < int(content.size()); ++i) {
            switch (content.at(i).kind) {
            case ReportBlock::Kind::Title:
            case ReportBlock::Kind::Heading:
                headings << i;
                break;
            case ReportBlock::Kind::Chart:
                charts << i;
                break;
            case ReportBlock::Kind::Table:
                pieces << std::pair {i, 0};
                for (int row : breaks.tableRows.value(i))
                    pieces << std::pair {i, row};
                break;
            default:
                break;
            }
        }
    }
};

// The report as QTextDocument lays it out on the PDF's pages (device pixels), with the breaks asked for (in the HTML:
// changing the laid-out document instead leaves tables that follow misplaced).
std::unique_ptr<QTextDocument> layOut(const QList<ReportBlock> &content, const QHash<QString, QImage> &images,
    const PageBreaks &breaks, QPagedPaintDevice *device, const QSizeF &page)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(page);
    doc->setDocumentMargin(0);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(8.5);
    doc->setDefaultFont(font);
    // Words break only between words: an address or a heading word split across lines misleads (the table layout then
    // gives each column at least its longest word).
    QTextOption wrap = doc->defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc->setDefaultTextOption(wrap);
    doc->setDefaultStyleSheet(u"h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; } th { font-weight: bold; font-size: 7.5pt; } td { font-size: 7.5pt; }"_s);
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(u"chart:"_s + it.key()), it.value());
    doc->setHtml(ReportWriter::html(content, breaks.before, breaks.tableRows));
    return doc;
}

// The first bad break of a laid-out report, in reading order.
std::optional<BadBreak> firstBadBreak(QTextDocument &doc, const QList<ReportBlock> &content, const PageBreaks &breaks)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    doc.pageCount(); // the layout is lazy: all of it now, or later blocks have no lines yet
    const qreal pageHeight = doc.pageSize().height();
    auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    // Near a page's top already: a break before it would only add an empty page.
    auto atPageTop = [&](qreal y) { return y - pageOf(y) * pageHeight < pageHeight / 20; };
    auto lineTop = [layout](const QTextBlock &b, int line) {
        return layout->blockBoundingRect(b).top() + b.layout()->lineAt(line).y();
    };
    auto lineBottom = [layout](const QTextBlock &b, int line) {
        const QTextLine l = b.layout()->lineAt(line);
        return layout->blockBoundingRect(b).top() + l.y() + l.height();
    };
    // A table row's extent: from its cells' first lines to their last ones.
    auto rowSpan = [&](QTextTable *table, int row) {
        qreal top = std::numeric_limits<qreal>::max();
        qreal bottom = std::numeric_limits<qreal>::lowest();
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(row, c);
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
                const QTextBlock b = it.currentBlock();
                if (!b.isValid() || !b.layout() || b.layout()->lineCount() == 0)
                    continue;
                top = std::min(top, lineTop(b, 0));
                bottom = std::max(bottom, lineBottom(b, b.layout()->lineCount() - 1));
            }
        }
        return std::pair {top, bottom};
    };

    // The document's items in order (blocks and tables) and which report block each comes from.
    struct Item
    {
        QTextBlock block;
        QTextTable *table = nullptr;
        int index = -1; // the report block, for headings, charts and tables
        int firstRow = 0; // a table piece's first row in its report block
    };
    const DocumentMap map(content, breaks);
    QList<Item> items;
    int heading = 0;
    int chart = 0;
    int piece = 0;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        Item item;
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            item.table = table;
            const auto p = map.pieces.value(piece++, std::pair {-1, 0});
            item.index = p.first;
            item.firstRow = p.second;
        } else {
            item.block = it.currentBlock();
            if (!item.block.layout() || item.block.layout()->lineCount() == 0)
                continue;
            if (item.block.blockFormat().headingLevel() > 0)
                item.index = map.headings.value(heading++, -1);
            else if (item.block.text().contains(QChar::ObjectReplacementCharacter))
                item.index = map.charts.value(chart++, -1);
            else if (item.block.text().trimmed().isEmpty())
                continue;
        }
        items << item;
    }

    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (item.table) {
            const int header = item.table->format().headerRowCount();
            for (int r = header; r < item.table->rows(); ++r) {
                const auto [top, bottom] = rowSpan(item.table, r);
                // A piece's first row cannot start a piece of its own; Qt moves a table whose first row would not
                // fit to the next page anyway.
                const int row = item.firstRow + r - header;
                if (row > item.firstRow && top <= bottom && pageOf(top) != pageOf(bottom - 1) && bottom - top < pageHeight / 2)
                    return BadBreak {item.index, row};
            }
            continue;
        }
        if (item.index < 0)
            continue;
        const QTextBlock &b = item.block;
        const qreal top = lineTop(b, 0);
        if (atPageTop(top))
            continue;
        if (content.at(item.index).kind == ReportBlock::Kind::Chart) {
            // Caption and picture on one page.
            if (pageOf(top) != pageOf(lineBottom(b, b.layout()->lineCount() - 1) - 1))
                return BadBreak {item.index};
            continue;
        }
        // A heading stays with the first line or row of what follows it.
        if (i + 1 >= items.size())
            continue;
        const Item &next = items.at(i + 1);
        qreal nextBottom = 0;
        if (next.table) {
            const int header = next.table->format().headerRowCount();
            nextBottom = rowSpan(next.table, std::min(header, next.table->rows() - 1)).second;
        } else {
            nextBottom = lineBottom(next.block, 0);
        }
        if (pageOf(nextBottom - 1) != pageOf(top))
            return BadBreak {item.index};
    }
    return std::nullopt;
}

} // namespace

bool ReportWriter::writePdf(const CommitteeReport &report, const QString &path, QString *error)
{
    const QList<ReportBlock> content = blocks(report);
    QHash<QString, QImage> images;
    for (const QString &name : ChartNames) {
        const QImage image = chart(report, name);
        if (!image.isNull())
            images.insert(name, image);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(content.isEmpty() ? QString() : content.constFirst().text);
        writer.setCreator(u"Sentinela %1"_s.arg(QStringLiteral(SENTINELA_VERSION)));
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("cannot write %1: %2").arg(path, tr("the PDF could not be started"));
            return false;
        }
        // The text body, with a line at the foot of each page for its number.
        QFont footerFont(u"DejaVu Sans"_s);
        footerFont.setPointSizeF(7);
        const qreal footer = QFontMetricsF(footerFont, &writer).height() * 2;
        const QRectF body = writer.pageLayout().paintRectPixels(writer.resolution());
        const QSizeF page(body.width(), body.height() - footer);

        // QTextDocument breaks pages between lines and rows as they come; a heading may then be left at a page's
        // foot, a chart's caption apart from its picture, a multi-line row split. Each pass adds the break that
        // mends the first such place and lays the report out again (a report of n pages takes at most a few n).
        PageBreaks breaks;
        std::unique_ptr<QTextDocument> doc = layOut(content, images, breaks, &writer, page);
        for (int pass = 0; pass < 500; ++pass) {
            const std::optional<BadBreak> bad = firstBadBreak(*doc, content, breaks);
            if (!bad)
                break;
            if (bad->row > 0) {
                QList<int> &rows = breaks.tableRows[bad->block];
                if (rows.contains(bad->row))
                    break;
                rows.append(bad->row);
                std::sort(rows.begin(), rows.end());
            } else {
                if (breaks.before.contains(bad->block))
                    break;
                breaks.before.insert(bad->block);
            }
            doc = layOut(content, images, breaks, &writer, page);
        }

        const int pages = doc->pageCount();
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setFont(footerFont);
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * page.height());
            context.clip = QRectF(0, p * page.height(), page.width(), page.height());
            painter.setClipRect(context.clip);
            doc->documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(0, page.height(), page.width(), footer), Qt::AlignRight | Qt::AlignBottom,
                tr("Page %1 of %2").arg(p + 1).arg(pages));
        }
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportWriter::writeMarkdown(const CommitteeReport &report, const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    QList<ReportBlock> content = blocks(report);
    // Charts without data have no file: their blocks go.
    for (qsizetype i = content.size() - 1; i >= 0; --i) {
        if (content[i].kind != ReportBlock::Kind::Chart)
            continue;
        const QImage image = chart(report, content[i].chart);
        const QString png = info.dir().filePath(u"%1-%2.png"_s.arg(base, content[i].chart));
        if (image.isNull()) {
            content.removeAt(i);
            continue;
        }
        if (!image.save(png, "PNG")) {
            if (error)
                *error = tr("cannot write %1").arg(png);
            return false;
        }
    }
    return saveText(path, markdown(content, base).toUtf8(), error);
}
