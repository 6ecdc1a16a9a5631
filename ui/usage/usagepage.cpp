#include "usagepage.h"

#include "common/healthdelegate.h"
#include "common/statusstyle.h"
#include "common/timeaxis.h"
#include "common/windowedpageframe.h"
#include "core/format.h"
#include "itemmodels/usagetablemodel.h"
#include "monitor/monitor.h"
#include "nodetableview.h"
#include "state/networkstate.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

// Distinct hues for institutions; the unknown senders always in the warning colour, dashed.
QColor seriesColor(int i)
{
    static const QColor colors[] = {QColor(0x1565c0), QColor(0x2e7d32), QColor(0x6a1b9a), QColor(0x00838f),
        QColor(0x8d6e63), QColor(0x455a64), QColor(0xad1457), QColor(0x9e9d24)};
    return colors[i % int(std::size(colors))];
}

} // namespace

UsagePage::UsagePage(Monitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_state(monitor->state())
    , m_model(new UsageTableModel(monitor->state(), this))
    , m_refreshTimer(new QTimer(this))
{
    build();
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(500);
    connect(m_refreshTimer, &QTimer::timeout, this, &UsagePage::refreshInBackground);
    connect(m_model, &UsageTableModel::refreshed, this, &UsagePage::updateView);
    connect(m_state, &NetworkState::usageChanged, this, &UsagePage::scheduleRefresh);
    connect(m_state, &NetworkState::accountsChanged, this, &UsagePage::scheduleRefresh);
    connect(m_state, &NetworkState::configured, this, &UsagePage::scheduleRefresh);
    refresh();
}

void UsagePage::build()
{
    m_frame = new WindowedPageFrame(tr("Usage"),
        tr("Transactions, gas and failures per institution and per sender account, with the accounts no institution "
           "answers for listed first."),
        m_window, this);
    connect(m_frame->windowBox(), &TimeWindowBox::windowChosen, this, &UsagePage::setWindow);
    QWidget *content = m_frame->content();
    QVBoxLayout *layout = m_frame->contentLayout();
    QHBoxLayout *bar = m_frame->bar();
    bar->addWidget(new QLabel(tr("Rows:"), content));
    m_viewBox = new QComboBox(content);
    m_viewBox->addItem(tr("By institution"));
    m_viewBox->addItem(tr("By account"));
    connect(m_viewBox, &QComboBox::currentIndexChanged, this, [this](int i) { setByAccount(i == 1); });
    bar->addWidget(m_viewBox);
    m_coverage = new QLabel(content);
    m_coverage->setWordWrap(true);
    bar->addWidget(m_coverage, 1);
    auto *csv = new QPushButton(tr("Export CSV…"), content);
    connect(csv, &QPushButton::clicked, this, &UsagePage::chooseAndExportCsv);
    bar->addWidget(csv);
    layout->addLayout(bar);

    m_unknown = new QLabel(content);
    m_unknown->setWordWrap(true);
    m_unknown->setTextFormat(Qt::RichText);
    layout->addWidget(m_unknown);

    auto *vertical = new QSplitter(Qt::Vertical, content);
    layout->addWidget(vertical, 1);
    auto *charts = new QSplitter(Qt::Horizontal, vertical);
    m_rateChart = new QChartView(new QChart, charts);
    m_rateChart->setRenderHint(QPainter::Antialiasing);
    m_rateChart->chart()->setTitle(tr("Transactions per second by institution"));
    m_rateChart->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_rateChart->setMinimumHeight(220);
    // The axes stay for the page's life (a wall sets their fonts once); refreshes only move their ranges.
    m_rateX = new QDateTimeAxis(m_rateChart->chart());
    m_rateY = new QValueAxis(m_rateChart->chart());
    m_rateY->setTitleText(tr("tx/s"));
    m_rateY->setLabelFormat(u"%.2f"_s);
    m_rateChart->chart()->setLocalizeNumbers(true); // 0,25 in pt_BR
    m_rateChart->chart()->addAxis(m_rateX, Qt::AlignBottom);
    m_rateChart->chart()->addAxis(m_rateY, Qt::AlignLeft);
    m_gasChart = new QChartView(new QChart, charts);
    m_gasChart->setRenderHint(QPainter::Antialiasing);
    m_gasChart->chart()->setTitle(tr("Share of gas"));
    m_gasChart->chart()->legend()->setAlignment(Qt::AlignRight); // one slice a line: its share stays readable
    charts->addWidget(m_rateChart);
    charts->addWidget(m_gasChart);
    charts->setStretchFactor(0, 1);
    charts->setStretchFactor(1, 1);

    m_table = new NodeTableView(m_model, vertical);
    m_table->setItemDelegate(new HealthDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    vertical->addWidget(charts);
    vertical->addWidget(m_table);
    // The charts first: by institution the table holds a few rows (and scrolls by account).
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({300, 200}); // scaled to the page's height when first laid out
}

void UsagePage::setWindow(Window window)
{
    m_window = window;
    m_frame->windowBox()->setWindow(window);
    refresh();
}

void UsagePage::setByAccount(bool byAccount)
{
    if (m_viewBox->currentIndex() != (byAccount ? 1 : 0))
        m_viewBox->setCurrentIndex(byAccount ? 1 : 0);
    m_model->setMode(byAccount ? UsageTableModel::Mode::Accounts : UsageTableModel::Mode::Institutions);
    m_table->resizeColumnsToContents();
}

void UsagePage::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

bool UsagePage::showsEmptyState() const
{
    return m_frame->showsEmpty();
}

QString UsagePage::unknownText() const
{
    return m_unknown->text();
}

void UsagePage::refresh()
{
    if (prepareWindow())
        m_model->refresh();
}

void UsagePage::refreshInBackground()
{
    // Hidden (another tab, or off the wall's rotation), the page does nothing until it is shown again.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (prepareWindow())
        m_model->refreshInBackground();
}

void UsagePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshInBackground();
}

bool UsagePage::prepareWindow()
{
    const UsageLedger &ledger = m_state->usage();
    if (ledger.blockCount() == 0) {
        m_frame->showEmpty(m_monitor->isLive() ? tr("Waiting for the first blocks' transactions from a node's JSON-RPC.")
                                               : tr("This snapshot holds no transaction usage."));
        return false;
    }
    m_frame->showContent();
    // Windows end at the newest block held (the chain's own now), so a snapshot reads as it was.
    const qint64 toSec = ledger.newestSec() + 1;
    qint64 fromSec = toSec - TimeWindowBox::seconds(m_window);
    if (m_window == TimeWindowBox::Last100Blocks) {
        const auto &blocks = ledger.blockTimes();
        auto it = blocks.rbegin();
        for (int n = 1; n < 100 && std::next(it) != blocks.rend(); ++n)
            ++it;
        fromSec = it->second;
    }
    m_model->setWindow(fromSec, toSec);
    return true;
}

// The labels and charts of the model's report (after a refresh, here or in the background).
void UsagePage::updateView()
{
    const UsageLedger &ledger = m_state->usage();
    if (ledger.blockCount() == 0)
        return;
    const usage::UsageReport &r = m_model->report();
    const qint64 fromSec = r.fromSec;
    const qint64 toSec = r.toSec;
    const qint64 heldFrom = ledger.oldestSec();
    const QLocale locale;
    QString coverage = tr("%1 transactions in %2 blocks (%3 to %4)")
                           .arg(locale.toString(qint64(r.total.transactions)))
                           .arg(locale.toString(ledger.blockCount()))
                           .arg(locale.toString(QDateTime::fromSecsSinceEpoch(std::max(fromSec, heldFrom)), QLocale::ShortFormat),
                               locale.toString(QDateTime::fromSecsSinceEpoch(toSec), QLocale::ShortFormat));
    if (heldFrom > fromSec)
        coverage += u" · "_s + tr("the window starts before the held history (%1 held)").arg(formatDuration((toSec - heldFrom) * 1000));
    if (r.pendingSenders > 0)
        coverage += u" · "_s + tr("%n sender(s) still being asked to the permissioning contract", nullptr, r.pendingSenders);
    m_coverage->setText(coverage);
    if (r.unknownSenders > 0) {
        const QColor c = StatusStyle::color(HealthLevel::Warning);
        m_unknown->setText(u"<span style='color:%1'>%2</span> %3"_s.arg(c.name(), healthGlyph(HealthLevel::Warning),
            tr("%n sender account(s) that no institution answers for: an accountability gap for the committee.", nullptr,
                r.unknownSenders)));
        m_unknown->show();
    } else {
        m_unknown->setText(QString());
        m_unknown->hide();
    }
    updateCharts();
    // Columns fit the first rows (and a change of rows, setByAccount); later refreshes keep the user's widths.
    if (!m_columnsSized && m_table->model()->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
}

// Charts name an institution by its short id when the full name would be elided (pt_BR names such as "Banco
// Nacional de Desenvolvimento Econômico e Social" left "Banco Na..." in the legend); the table below has the full name.
QString UsagePage::legendName(const QString &id) const
{
    if (id.isEmpty())
        return tr("Unknown", "usage chart legend: senders no institution answers for");
    const QString name = m_state->accounts().institutionName(id);
    return name.size() <= 12 ? name : id.toUpper();
}

void UsagePage::updateCharts()
{
    const usage::UsageReport &r = m_model->report();
    QChart *rate = m_rateChart->chart();
    rate->removeAllSeries();
    QDateTimeAxis *x = m_rateX;
    QValueAxis *y = m_rateY;
    TimeAxis::fit(x, r.fromSec, r.toSec);
    double top = 0;
    for (int s = 0; s < r.series.size(); ++s) {
        const QString id = r.seriesInstitutions.value(s);
        auto *line = new QLineSeries;
        line->setName(legendName(id));
        QPen pen(id.isEmpty() ? StatusStyle::color(HealthLevel::Warning) : seriesColor(s), id.isEmpty() ? 2.0 : 1.5);
        if (id.isEmpty())
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        const QList<double> &values = r.series[s];
        for (int i = 0; i < values.size(); ++i) {
            line->append(double(r.fromSec + qint64(i) * r.pointSeconds) * 1000.0, values[i]);
            top = std::max(top, values[i]);
        }
        rate->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    y->setRange(0, top > 0 ? top * 1.15 : 1);
    y->applyNiceNumbers();

    QChart *gas = m_gasChart->chart();
    gas->removeAllSeries();
    auto *pie = new QPieSeries;
    for (int i = 0; i < r.institutions.size(); ++i) {
        const usage::InstitutionUsage &iu = r.institutions[i];
        if (iu.counts.gasUsed == 0)
            continue;
        QPieSlice *slice = pie->append(u"%1 %2"_s.arg(legendName(iu.id), formatPercent(iu.gasShare * 100.0)), double(iu.counts.gasUsed));
        slice->setColor(iu.id.isEmpty() ? StatusStyle::color(HealthLevel::Warning) : seriesColor(int(r.seriesInstitutions.indexOf(iu.id))));
        if (iu.id.isEmpty())
            slice->setExploded(true);
    }
    gas->addSeries(pie);
}

bool UsagePage::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Could not open %1 for writing: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray out = m_model->toCsv();
    if (file.write(out) != out.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void UsagePage::chooseAndExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export usage as CSV"), u"sentinela-usage.csv"_s, tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}
