#include "validatordetail.h"

#include "common/statusstyle.h"
#include "common/timeaxis.h"

#include "chain/hex.h"
#include "participationstrippalette.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int Buckets = 24;

} // namespace

ValidatorDetail::ValidatorDetail(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_figures(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_chartNote(new QLabel(this))
    , m_chart(new QChart)
    , m_proposed(new QLineSeries(m_chart))
    , m_expected(new QLineSeries(m_chart))
{
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_figures);

    m_proposed->setName(tr("Proposed"));
    m_expected->setName(tr("Expected"));
    QPen dashed(QColor(0x80, 0x86, 0x8b), 1.5, Qt::DashLine);
    m_expected->setPen(dashed);
    m_proposed->setPen(QPen(StripPalette::cellColor(ParticipationStripModel::Cell::Proposed), 2.5));
    m_chart->addSeries(m_proposed);
    m_chart->addSeries(m_expected);
    auto *x = new QDateTimeAxis(m_chart);
    x->setFormat(u"HH:mm"_s);
    x->setTickCount(5);
    auto *y = new QValueAxis(m_chart);
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(tr("blocks proposed"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {m_proposed, m_expected}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    // setChart() releases the view's default chart without deleting it: delete it here, or it leaks.
    QChart *placeholder = m_chartView->chart();
    m_chartView->setChart(m_chart);
    delete placeholder;
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    layout->addWidget(m_chartView, 1);
    m_chartNote->setWordWrap(true);
    m_chartNote->setAlignment(Qt::AlignCenter);
    m_chartNote->setMinimumHeight(180);
    m_chartNote->setFrameShape(QFrame::StyledPanel);
    QPalette pal = m_chartNote->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_chartNote->setPalette(pal);
    layout->addWidget(m_chartNote, 1);
    clear();
}

void ValidatorDetail::showChart(bool shown, const QString &note)
{
    m_chartView->setVisible(shown);
    m_chartNote->setVisible(!shown);
    m_chartNote->setText(note);
}

bool ValidatorDetail::chartShown() const
{
    return !m_chartView->isHidden();
}

QString ValidatorDetail::chartNote() const
{
    return m_chartNote->isHidden() ? QString() : m_chartNote->text();
}

void ValidatorDetail::clear()
{
    m_title->setText(tr("No validator selected"));
    m_status->setText(tr("Select a validator in the table or the strip to see its proposals over time."));
    m_figures->clear();
    m_proposed->clear();
    m_expected->clear();
    showChart(false, tr("No validator selected: its proposals over time will be charted here."));
}

void ValidatorDetail::setValidator(const ValidatorIdentity &identity,
    const std::optional<analysis::ValidatorParticipation> &figures, const BlockAnalysisCache &cache,
    const WindowedParticipation &participation, const QDateTime &now, const analysis::SignerCheck &check)
{
    const QLocale locale;
    const QString name = identity.node.isEmpty() ? tr("Validator not in the inventory") : identity.node;
    m_title->setText(identity.institution.isEmpty() ? name : tr("%1 — %2").arg(name, identity.institution));
    const HealthLevel level = figures ? participationLevel(figures->status) : HealthLevel::Unknown;
    m_status->setText(u"<span style='color:%1; font-weight:bold'>%2 %3</span> &nbsp; <tt>%4</tt>"_s.arg(
        StatusStyle::color(level).name(), healthGlyph(level),
        (figures ? analysis::statusName(figures->status) : tr("No data")).toHtmlEscaped(),
        chain::toHex(identity.address)));

    m_proposed->clear();
    m_expected->clear();
    const QString signerLine = tr("Signer metrics (RPC): %1. %2").arg(check.summary, check.explanation);
    if (!figures) {
        m_figures->setText(tr("No analysed block of the window (%1) includes this validator.")
                               .arg(participationWindowName(participation.window))
            + u'\n' + signerLine);
        showChart(false, tr("No data yet: no analysed block of this window includes this validator."));
        return;
    }
    const auto when = [&](std::optional<quint64> block, std::optional<qint64> time) {
        if (!block)
            return tr("not in the history in memory");
        const qint64 age = time ? QDateTime::fromSecsSinceEpoch(*time, Qt::UTC).msecsTo(now) : -1;
        return tr("block %1, %2 ago").arg(locale.toString(*block), formatDuration(qMax<qint64>(0, age)));
    };
    QStringList lines;
    lines << tr("Window: %1 — %2").arg(participationWindowName(participation.window), participation.coverage);
    lines << tr("Proposed: %1 of %2 blocks (%3 %, expected %4 %; OLA yellow below %5 %, red below %6 %)")
                 .arg(locale.toString(figures->proposed), locale.toString(figures->memberBlocks),
                     locale.toString(figures->proposedPercent, 'f', 1),
                     locale.toString(figures->expectedPercent, 'f', 1), locale.toString(figures->yellowPercent, 'f', 1),
                     locale.toString(figures->redPercent, 'f', 1));
    lines << tr("Signing rate: %1 % (%2 of %3 blocks)")
                 .arg(locale.toString(figures->signingPercent, 'f', 1), locale.toString(figures->signedBlocks),
                     locale.toString(figures->memberBlocks));
    lines << tr("Last proposed: %1").arg(when(figures->lastProposedBlock, figures->lastProposedTime));
    lines << tr("Last signed: %1").arg(when(figures->lastSignedBlock, figures->lastSignedTime));
    lines << tr("Round changes on its turns: %1 of %2").arg(figures->roundChangesOnTurn).arg(figures->turns);
    lines << signerLine;
    m_figures->setText(lines.join(u'\n'));

    // Proposals per time bucket over the window's blocks, against the share expected from the validator count.
    const QList<analysis::BlockRecord> records
        = cache.records(participation.report.firstBlock, participation.report.lastBlock);
    if (records.size() < 2) {
        showChart(false, tr("No data yet: the chart needs at least two analysed blocks in the window."));
        return;
    }
    showChart(true);
    const qint64 t0 = records.first().timestamp;
    const qint64 t1 = records.last().timestamp + 1;
    const double width = double(t1 - t0) / Buckets;
    QList<int> proposed(Buckets, 0);
    QList<double> expected(Buckets, 0.0);
    for (const analysis::BlockRecord &b : records) {
        const int bucket = qBound(0, int(double(b.timestamp - t0) / width), Buckets - 1);
        if (b.proposer == identity.address)
            ++proposed[bucket];
        if (b.validators.contains(identity.address) && !b.validators.isEmpty())
            expected[bucket] += 1.0 / double(b.validators.size());
    }
    int maxY = 1;
    for (int i = 0; i < Buckets; ++i) {
        const qint64 ms = qint64((double(t0) + width * (i + 0.5)) * 1000.0);
        m_proposed->append(double(ms), proposed[i]);
        m_expected->append(double(ms), expected[i]);
        maxY = qMax(maxY, qMax(proposed[i], int(std::ceil(expected[i]))));
    }
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *x = qobject_cast<QDateTimeAxis *>(axis)) {
            TimeAxis::fit(x, t0, t1);
        } else if (auto *y = qobject_cast<QValueAxis *>(axis)) {
            y->setRange(0, maxY + 1);
            y->setTickCount(qMin(maxY + 2, 6));
            if (maxY + 2 > 6)
                y->applyNiceNumbers();
        }
    }
}

QString ValidatorDetail::summaryText() const
{
    return m_title->text() + u'\n' + m_status->text() + u'\n' + m_figures->text();
}

int ValidatorDetail::chartPoints() const
{
    return int(m_proposed->count());
}
