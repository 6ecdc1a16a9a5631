#include "blockspage.h"

#include "core/format.h"
#include "monitor/monitor.h"

#include "blockchartview.h"
#include "common/windowedpageframe.h"
#include "nodetableview.h"

#include "chain/hex.h"
#include "core/clock.h"
#include "itemmodels/blockhistory.h"
#include "itemmodels/nodetablemodel.h"
#include "itemmodels/recentblocksmodel.h"
#include "sources/prometheusfederation.h"
#include "state/networkstate.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int HistogramBins = 31; // 0..29 s and "30 s or more"

QString percent(double share)
{
    return formatPercent(100.0 * share, share >= 0.999 && share < 1 ? 2 : 1);
}

QString seconds(double s)
{
    return QCoreApplication::translate("BlocksPage", "%1 s").arg(QLocale().toString(s, 'g', 4));
}

QString verdict(bool met, bool hasData)
{
    if (!hasData)
        return QCoreApplication::translate("BlocksPage", "? no data");
    return met ? QCoreApplication::translate("BlocksPage", "<span style='color:#1b5e20'>✔ met</span>")
               : QCoreApplication::translate("BlocksPage", "<span style='color:#b71c1c'>✖ not met</span>");
}

// The month's production: a period the history does not fully cover is "partial", not a failure.
QString productionVerdict(const analysis::ProductionFigures &f, const QDateTime &coveredFrom)
{
    switch (f.verdict) {
    case analysis::ProductionFigures::Verdict::Partial:
        return QCoreApplication::translate("BlocksPage", "<span style='color:#8a6d00'>◐ partial — history since %1</span>")
            .arg(QLocale().toString(coveredFrom.toLocalTime(), QLocale::ShortFormat));
    case analysis::ProductionFigures::Verdict::NoData:
        return verdict(false, false);
    case analysis::ProductionFigures::Verdict::Met:
    case analysis::ProductionFigures::Verdict::NotMet:
        break;
    }
    return verdict(f.met, f.expected > 0);
}

QString stepText(int secs)
{
    return secs < 60 ? seconds(secs) : formatDuration(qint64(secs) * 1000);
}

} // namespace

BlocksPage::BlocksPage(Monitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_state(monitor->state())
    , m_clock(monitor->clock())
    , m_history(new BlockHistory(m_state, this))
    , m_recentModel(new RecentBlocksModel(m_state, this))
    , m_nodeModel(new NodeTableModel(m_state, this))
    , m_refreshTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
{
    build();
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250); // coalesces a backfill's many spans into one redraw
    connect(m_refreshTimer, &QTimer::timeout, this, &BlocksPage::refresh);
    connect(m_history, &BlockHistory::changed, this, &BlocksPage::scheduleRefresh);
    connect(m_state, &NetworkState::configured, this, &BlocksPage::scheduleRefresh);
    connect(m_state, &NetworkState::nodeChanged, this, &BlocksPage::updateEmptyState);
    connect(m_state, &NetworkState::intervalHistoryChanged, this, &BlocksPage::scheduleRefresh);
    connect(m_state, &NetworkState::momentChanged, this, &BlocksPage::scheduleRefresh);
    // Time windows slide with the clock even when no block arrives (that is when it matters most).
    m_tickTimer->setInterval(5000);
    connect(m_tickTimer, &QTimer::timeout, this, [this] {
        if (m_window != TimeWindowBox::Last100Blocks)
            scheduleRefresh();
        else
            updateFigures();
    });
    m_tickTimer->start();
    refresh();
}

void BlocksPage::build()
{
    m_frame = new WindowedPageFrame(tr("Blocks"),
        tr("Block intervals against the service levels, the latest blocks with their proposers and "
           "seals, and the health of every node."),
        m_window, this);
    connect(m_frame->windowBox(), &TimeWindowBox::windowChosen, this, &BlocksPage::setWindow);
    QWidget *content = m_frame->content();
    QVBoxLayout *layout = m_frame->contentLayout();
    QHBoxLayout *bar = m_frame->bar();
    m_coverage = new QLabel(content);
    m_coverage->setWordWrap(true);
    bar->addWidget(m_coverage, 1);
    auto *resetZoom = new QPushButton(tr("Reset zoom"), content);
    resetZoom->setToolTip(tr("Drag to zoom, wheel to zoom in time, middle button or arrow keys to pan, Home to reset"));
    auto *png = new QPushButton(tr("Export PNG…"), content);
    auto *csv = new QPushButton(tr("Export CSV…"), content);
    bar->addWidget(resetZoom);
    bar->addWidget(png);
    bar->addWidget(csv);
    layout->addLayout(bar);
    connect(png, &QPushButton::clicked, this, &BlocksPage::chooseAndExportPng);
    connect(csv, &QPushButton::clicked, this, &BlocksPage::chooseAndExportCsv);

    auto *vertical = new QSplitter(Qt::Vertical, content);
    layout->addWidget(vertical, 1);
    auto *top = new QSplitter(Qt::Horizontal, vertical);

    m_chartTabs = new QTabWidget(top);
    // Interval chart: distinct colours *and* dash patterns and legend names, so colour is never the only cue.
    m_intervalChart = new BlockChartView(m_chartTabs);
    m_intervalChart->yAxis()->setTitleText(tr("Interval (s)"));
    m_intervalLine = m_intervalChart->addLine(tr("Block interval"), QPen(QColor(0x1565c0), 1.2));
    m_promLine = m_intervalChart->addLine(
        tr("Average per step (Prometheus)"), QPen(QColor(0x455a64), 2.0, Qt::DashDotDotLine));
    QPen target(QColor(0x2e7d32), 1.5, Qt::DashLine);
    m_targetLine = m_intervalChart->addLine(tr("Target period"), target);
    QPen fast(QColor(0xef6c00), 1.5, Qt::DashDotLine);
    m_fastLine = m_intervalChart->addLine(tr("SLA 10 s"), fast);
    QPen slow(QColor(0xc62828), 1.5, Qt::DotLine);
    m_slowLine = m_intervalChart->addLine(tr("SLA 30 s"), slow);
    m_roundMarkers = m_intervalChart->addMarkers(
        tr("Round change (round > 0)"), QScatterSeries::MarkerShapeTriangle, QColor(0x6a1b9a));
    m_chartTabs->addTab(m_intervalChart, tr("Block intervals"));
    connect(resetZoom, &QPushButton::clicked, m_intervalChart, &BlockChartView::resetZoom);

    m_histogramView = new QChartView(new QChart, m_chartTabs);
    m_histogramSeries = new QBarSeries;
    m_histogramView->chart()->addSeries(m_histogramSeries);
    auto *categories = new QBarCategoryAxis;
    QStringList labels;
    for (int i = 0; i < HistogramBins - 1; ++i)
        labels << QString::number(i);
    labels << tr("≥%1").arg(HistogramBins - 1);
    categories->append(labels);
    categories->setTitleText(tr("Interval (whole seconds)"));
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    categories->setLabelsFont(small);
    m_histogramView->chart()->addAxis(categories, Qt::AlignBottom);
    m_histogramSeries->attachAxis(categories);
    auto *countAxis = new QValueAxis;
    countAxis->setTitleText(tr("Blocks"));
    countAxis->setLabelFormat(u"%.0f"_s);
    m_histogramView->chart()->addAxis(countAxis, Qt::AlignLeft);
    m_histogramSeries->attachAxis(countAxis);
    m_histogramView->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chartTabs->addTab(m_histogramView, tr("Histogram"));

    m_txChart = new BlockChartView(m_chartTabs);
    m_txChart->yAxis()->setTitleText(tr("Transactions"));
    m_txChart->rightAxis()->setTitleText(tr("Gas used (millions)"));
    m_txLine = m_txChart->addLine(tr("Transactions per block"), QPen(QColor(0x00838f), 1.2));
    m_gasLine
        = m_txChart->addLine(tr("Gas used per block (M, right axis)"), QPen(QColor(0x8d6e63), 1.2, Qt::DashLine), true);
    m_chartTabs->addTab(m_txChart, tr("Transactions and gas"));
    connect(resetZoom, &QPushButton::clicked, m_txChart, &BlockChartView::resetZoom);

    auto *side = new QWidget(top);
    auto *sideLayout = new QVBoxLayout(side);
    auto makeBox = [side, sideLayout](const QString &title, QLabel *&label) {
        auto *box = new QGroupBox(title, side);
        auto *l = new QVBoxLayout(box);
        label = new QLabel(box);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        l->addWidget(label);
        sideLayout->addWidget(box);
    };
    makeBox(tr("Intervals in the window"), m_statsLabel);
    makeBox(tr("Interval service levels (window)"), m_slaLabel);
    makeBox(tr("Blocks produced this month"), m_monthLabel);
    sideLayout->addStretch(1);
    auto *sideScroll = new QScrollArea(top); // the month notes can outgrow a short window
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    top->addWidget(m_chartTabs);
    top->addWidget(sideScroll);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);

    auto *tables = new QTabWidget(vertical);
    m_recentView = new NodeTableView(m_recentModel, tables);
    m_nodeView = new NodeTableView(m_nodeModel, tables);
    tables->addTab(m_recentView, tr("Recent blocks"));
    tables->addTab(m_nodeView, tr("Nodes"));
    vertical->addWidget(top);
    vertical->addWidget(tables);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
}

void BlocksPage::setWindow(Window window)
{
    m_window = window;
    m_frame->windowBox()->setWindow(window);
    refresh();
}

void BlocksPage::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

bool BlocksPage::showsEmptyState() const
{
    return m_frame->showsEmpty();
}

void BlocksPage::updateEmptyState()
{
    if (m_state->nodeNames().isEmpty()) {
        m_frame->showEmpty(tr("No network is configured: choose or import a profile with its nodes."));
    } else if (m_history->size() == 0) {
        bool anyUp = false;
        for (const QString &n : m_state->nodeNames())
            if (const NodeState *s = m_state->node(n); s && s->up.isSet() && s->up.value())
                anyUp = true;
        m_frame->showEmpty(anyUp ? tr("Waiting for the first blocks: the history is being fetched from the nodes.")
                                 : tr("No block received yet: no node has answered over JSON-RPC so far."));
    } else {
        m_frame->showContent();
    }
}

void BlocksPage::refresh()
{
    updateEmptyState();
    const qint64 nowMs = m_clock->nowMs();
    switch (m_window) {
    case TimeWindowBox::Last100Blocks:
        m_points = m_history->lastPoints(100);
        m_windowFromMs = m_points.isEmpty() ? nowMs : m_points.first().timestamp * 1000;
        m_windowToMs = m_points.isEmpty() ? nowMs : m_points.last().timestamp * 1000;
        break;
    case TimeWindowBox::LastHour:
    case TimeWindowBox::Last24Hours:
    case TimeWindowBox::Last7Days: {
        const qint64 span = TimeWindowBox::seconds(m_window);
        m_windowToMs = nowMs;
        m_windowFromMs = nowMs - span * 1000;
        m_points = m_history->pointsBetween(m_windowFromMs / 1000, nowMs / 1000);
        break;
    }
    }
    updatePrometheus(nowMs);
    const NetworkConfig &network = m_state->network();
    m_stats = analysis::intervalStats(m_points, network.serviceLevels);
    m_month = analysis::monthlySla(m_history->points(), network, m_clock->now());
    updateCharts();
    updateFigures();
    if (!m_columnsSized && m_recentModel->rowCount() > 0) {
        m_recentView->resizeColumnsToContents();
        m_nodeView->resizeColumnsToContents();
        m_columnsSized = true;
    }
}

// Time windows reaching further back than the local history take their older part from Prometheus range queries
// of the height and head timestamp, averaged per step. The range is fetched once per window and step; as the window
// slides only its start moves forward, which the fetched range already covers.
void BlocksPage::updatePrometheus(qint64)
{
    const auto &all = m_history->points();
    const qint64 localFromMs = all.isEmpty() ? m_windowToMs : all.first().timestamp * 1000;
    const double period = std::max(1.0, m_state->network().blockPeriodSeconds);
    m_promWanted = m_window != TimeWindowBox::Last100Blocks && m_monitor->canQueryHistory()
        && localFromMs > m_windowFromMs + static_cast<qint64>(2000 * period);
    m_promShown.clear();
    if (!m_promWanted)
        return;
    const int step = analysis::rangeStepSeconds(period, (m_windowToMs - m_windowFromMs) / 1000);
    const qint64 stepMs = qint64(step) * 1000;
    const qint64 fromMs = m_windowFromMs / stepMs * stepMs;
    const qint64 toMs = (localFromMs / stepMs + 1) * stepMs;
    m_monitor->requestIntervalHistory(fromMs, toMs, step);
    const PromRangeHistory &history = m_state->intervalHistory();
    m_promPoints = history.stepSeconds == step && history.results.size() == 2
        ? analysis::stepIntervals(history.results.at(0), history.results.at(1))
        : QList<analysis::StepInterval> {};
    for (const analysis::StepInterval &p : std::as_const(m_promPoints)) {
        if (p.timeMs > m_windowFromMs && p.timeMs <= localFromMs + stepMs)
            m_promShown.append(p);
    }
}

QString BlocksPage::prometheusText() const
{
    if (!m_promWanted)
        return {};
    const PromRangeHistory &history = m_state->intervalHistory();
    if (!history.error.isEmpty())
        return tr("Prometheus could not supply the older part: %1").arg(history.error);
    if (history.pending && m_promPoints.isEmpty())
        return tr("Fetching the older part from Prometheus…");
    if (m_promShown.isEmpty())
        return tr("Prometheus %1 holds no block history for the older part.").arg(history.servedBy);
    const auto stops = std::count_if(
        m_promShown.cbegin(), m_promShown.cend(), [](const analysis::StepInterval &p) { return p.stopped(); });
    QString text
        = tr("Older part from Prometheus %1, averaged per %2.").arg(history.servedBy, stepText(history.stepSeconds));
    if (stops > 0)
        text += u' ' + tr("%n step(s) without any block.", nullptr, static_cast<int>(stops));
    return text;
}

QString BlocksPage::coverageText() const
{
    QString local = localCoverageText();
    const QString prometheus = prometheusText();
    if (!prometheus.isEmpty())
        local += local.isEmpty() ? prometheus : u' ' + prometheus;
    return local;
}

QString BlocksPage::localCoverageText() const
{
    const qint64 period = std::max<qint64>(1, static_cast<qint64>(m_state->network().blockPeriodSeconds));
    if (m_window == TimeWindowBox::Last100Blocks) {
        if (m_points.size() < 100)
            return tr("Only %n block(s) are held locally so far.", nullptr, static_cast<int>(m_points.size()));
        return {};
    }
    const auto &all = m_history->points();
    const qint64 from = m_windowFromMs / 1000;
    if (all.isEmpty())
        return tr("No block is held locally.");
    if (all.first().timestamp > from + 2 * period) {
        const qint64 covered = std::max<qint64>(0, m_windowToMs / 1000 - all.first().timestamp);
        return tr("▲ The local history covers only %1 of this window (since %2); it keeps %3 h of blocks.")
            .arg(formatDuration(covered * 1000),
                QLocale().toString(QDateTime::fromSecsSinceEpoch(all.first().timestamp), QLocale::ShortFormat))
            .arg(m_state->network().polling.historyHours);
    }
    return {};
}

void BlocksPage::updateCharts()
{
    const ServiceLevels &sl = m_state->network().serviceLevels;
    QList<QPointF> intervals;
    QList<QPointF> rounds;
    QList<QPointF> tx;
    QList<QPointF> gas;
    intervals.reserve(m_points.size());
    tx.reserve(m_points.size());
    gas.reserve(m_points.size());
    for (const analysis::BlockPoint &p : std::as_const(m_points)) {
        const double x = static_cast<double>(p.timestamp) * 1000.0;
        if (p.hasInterval())
            intervals.append({x, p.interval});
        if (p.roundChange())
            rounds.append({x, p.hasInterval() ? p.interval : 0});
        tx.append({x, static_cast<double>(p.transactions)});
        gas.append({x, static_cast<double>(p.gasUsed) / 1e6});
    }
    const double lo = static_cast<double>(m_windowFromMs);
    const double hi = static_cast<double>(std::max(m_windowToMs, m_windowFromMs + 1000));
    const double period = m_state->network().blockPeriodSeconds;
    m_intervalChart->setData(m_intervalLine, intervals);
    QList<QPointF> averages;
    double maxAverage = 0;
    averages.reserve(m_promShown.size());
    for (const analysis::StepInterval &p : std::as_const(m_promShown)) {
        averages.append({static_cast<double>(p.timeMs), p.meanInterval});
        maxAverage = std::max(maxAverage, p.meanInterval);
    }
    m_intervalChart->setData(m_promLine, averages);
    m_intervalChart->setData(m_roundMarkers, rounds);
    m_intervalChart->setData(m_targetLine, {{lo, period}, {hi, period}});
    m_intervalChart->setData(m_fastLine, {{lo, sl.fastIntervalSeconds}, {hi, sl.fastIntervalSeconds}});
    m_intervalChart->setData(m_slowLine, {{lo, sl.slowIntervalSeconds}, {hi, sl.slowIntervalSeconds}});
    m_targetLine->setName(tr("Target period %1").arg(seconds(period)));
    m_fastLine->setName(tr("SLA: %1 under %2").arg(percent(sl.fastIntervalShare), seconds(sl.fastIntervalSeconds)));
    m_slowLine->setName(tr("SLA: %1 under %2").arg(percent(sl.slowIntervalShare), seconds(sl.slowIntervalSeconds)));
    m_roundMarkers->setName(tr("Round change (%n block(s))", nullptr, static_cast<int>(rounds.size())));
    m_intervalChart->yAxis()->setRange(
        0, std::max({sl.slowIntervalSeconds + 5, m_stats.max * 1.08, maxAverage * 1.08}));
    m_intervalChart->yAxis()->applyNiceNumbers();

    m_txChart->setData(m_txLine, tx);
    m_txChart->setData(m_gasLine, gas);
    double maxTx = 1;
    double maxGas = 0.1;
    for (const analysis::BlockPoint &p : std::as_const(m_points)) {
        maxTx = std::max(maxTx, static_cast<double>(p.transactions));
        maxGas = std::max(maxGas, static_cast<double>(p.gasUsed) / 1e6);
    }
    m_txChart->yAxis()->setRange(0, maxTx * 1.1);
    m_txChart->rightAxis()->setRange(0, maxGas * 1.1);

    // Keep the user's zoom while new blocks arrive in a short window; a new window starts unzoomed.
    m_intervalChart->setFullRange(m_windowFromMs, static_cast<qint64>(hi));
    m_txChart->setFullRange(m_windowFromMs, static_cast<qint64>(hi));
    const bool shortSpan = hi - lo <= 2.0 * 3600 * 1000;
    const QString format = shortSpan ? u"HH:mm:ss"_s : u"dd/MM HH:mm"_s;
    m_intervalChart->xAxis()->setFormat(format);
    m_txChart->xAxis()->setFormat(format);

    const QList<int> bins = analysis::intervalHistogram(m_points, HistogramBins);
    // One set for the page's life, its values replaced: a new set at every refresh makes the chart build new bar
    // items and legend markers each time (a wall refreshes for weeks).
    if (m_histogramSeries->count() == 0) {
        auto *set = new QBarSet(tr("Blocks per interval (s)"));
        set->setColor(QColor(0x1565c0));
        m_histogramSeries->append(set);
    }
    QBarSet *set = m_histogramSeries->barSets().constFirst();
    int maxBin = 1;
    for (qsizetype i = 0; i < bins.size(); ++i) {
        if (i < set->count())
            set->replace(int(i), bins.at(i));
        else
            set->append(bins.at(i));
        maxBin = std::max(maxBin, bins.at(i));
    }
    if (set->count() > bins.size())
        set->remove(int(bins.size()), int(set->count() - bins.size()));
    const auto axes = m_histogramView->chart()->axes(Qt::Vertical);
    if (!axes.isEmpty())
        axes.first()->setRange(0, maxBin * 1.1);
}

void BlocksPage::updateFigures()
{
    m_coverage->setText(coverageText());
    const ServiceLevels &sl = m_state->network().serviceLevels;
    const QLocale locale;
    const analysis::IntervalStats &s = m_stats;
    if (s.count == 0) {
        m_statsLabel->setText(tr("? No interval in this window yet."));
    } else {
        m_statsLabel->setText(tr("<table cellspacing=2 cellpadding=2>"
                                 "<tr><td>Blocks</td><td align=right>%1</td></tr>"
                                 "<tr><td>p50</td><td align=right>%2</td></tr>"
                                 "<tr><td>p95</td><td align=right>%3</td></tr>"
                                 "<tr><td>p99</td><td align=right>%4</td></tr>"
                                 "<tr><td>Max (block %5)</td><td align=right>%6</td></tr>"
                                 "<tr><td>Mean</td><td align=right>%7</td></tr>"
                                 "<tr><td>Round changes</td><td align=right>%8</td></tr>"
                                 "</table>")
                                  .arg(locale.toString(s.blocks), seconds(s.p50), seconds(s.p95), seconds(s.p99),
                                      locale.toString(s.maxIntervalBlock), seconds(s.max),
                                      seconds(std::round(s.mean * 100) / 100), locale.toString(s.roundChanges)));
    }
    m_slaLabel->setText(tr("<table cellspacing=2 cellpadding=2>"
                           "<tr><td>Under %1:</td><td align=right>%2</td><td>(≥ %3) %4</td></tr>"
                           "<tr><td>Under %5:</td><td align=right>%6</td><td>(≥ %7) %8</td></tr>"
                           "</table>")
                            .arg(seconds(sl.fastIntervalSeconds), percent(s.fastShare), percent(sl.fastIntervalShare),
                                verdict(s.fastMet, s.count > 0), seconds(sl.slowIntervalSeconds), percent(s.slowShare),
                                percent(sl.slowIntervalShare), verdict(s.slowMet, s.count > 0)));

    const analysis::ProductionReport &m = m_month.month;
    QString month;
    if (m.noData) {
        month = tr("? No block of this month is held yet.");
    } else {
        const auto line = [&](const QString &label, const analysis::ProductionFigures &f) {
            // The verdict on a row of its own: the side pane is narrow, and "partial — history since …" is long.
            return tr("<tr><td>%1</td><td align=right>%2 / %3</td><td align=right>%4</td></tr>"
                      "<tr><td></td><td colspan=2>%5</td></tr>")
                .arg(label, locale.toString(f.produced, 'f', 0), locale.toString(f.expected, 'f', 0),
                    f.expected > 0 ? percent(f.share) : u"—"_s, productionVerdict(f, m.coveredFrom));
        };
        month = tr("<table cellspacing=2 cellpadding=2><tr><th></th><th>produced / "
                   "expected</th><th></th></tr>%1%2</table>")
                    .arg(line(tr("All hours"), m.overall), line(tr("Service hours"), m.serviceHours));
        month += tr("<p>Required: %1 of the expected blocks (seconds / %2).</p>")
                     .arg(percent(sl.producedBlocksShare), seconds(m_state->network().blockPeriodSeconds));
        if (m.partial)
            month += tr("<p>▲ Partial: the local history starts %1, after the month began; figures cover only the "
                        "time since then.</p>")
                         .arg(locale.toString(m.coveredFrom.toLocalTime(), QLocale::ShortFormat));
        if (m.partial && m.overall.verdict == analysis::ProductionFigures::Verdict::NotMet)
            month += tr("<p>The blocks missing since then already exceed what the whole month allows.</p>");
        if (m.missingBlocks > 0)
            month += tr("<p>%n block(s) missing from the local history were estimated.</p>", nullptr,
                static_cast<int>(m.missingBlocks));
        const analysis::IntervalStats &si = m_month.serviceIntervals;
        if (si.count > 0)
            month += tr("<p>Intervals in service hours this month: %1 under %2 %3, %4 under %5 %6.</p>")
                         .arg(percent(si.fastShare), seconds(sl.fastIntervalSeconds), verdict(si.fastMet, true),
                             percent(si.slowShare), seconds(sl.slowIntervalSeconds), verdict(si.slowMet, true));
    }
    m_monthLabel->setText(month);
}

QWidget *BlocksPage::currentChart() const
{
    return m_chartTabs->currentWidget();
}

bool BlocksPage::exportPng(const QString &path, QString *error) const
{
    const QPixmap pixmap = currentChart()->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write the image to %1.").arg(path);
        return false;
    }
    return true;
}

bool BlocksPage::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Could not open %1 for writing: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray out = "number,timestamp_utc,interval_s,round,transactions,gas_used,gas_limit,miner\n";
    for (const analysis::BlockPoint &p : m_points) {
        out += QByteArray::number(p.number) + ','
            + QDateTime::fromSecsSinceEpoch(p.timestamp, Qt::UTC).toString(Qt::ISODate).toLatin1() + ','
            + (p.hasInterval() ? QByteArray::number(p.interval) : QByteArray()) + ','
            + (p.round ? QByteArray::number(*p.round) : QByteArray()) + ',' + QByteArray::number(p.transactions) + ','
            + QByteArray::number(p.gasUsed) + ',' + QByteArray::number(p.gasLimit) + ',' + chain::toHexLatin1(p.miner)
            + '\n';
    }
    if (file.write(out) != out.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void BlocksPage::chooseAndExportPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart as PNG"), u"sentinela-blocks.png"_s, tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportPng(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void BlocksPage::chooseAndExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export blocks as CSV"), u"sentinela-blocks.csv"_s, tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}
