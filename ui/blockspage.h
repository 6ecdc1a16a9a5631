#pragma once

#include "analysis/promhistory.h"
#include "analysis/sla.h"
#include "common/timewindowbox.h"

#include <QPointer>

#include <QWidget>

class BlockChartView;
class BlockHistory;
class Clock;
class NetworkState;
class NodeTableModel;
class NodeTableView;
class Monitor;
class QBarSeries;
class QBarSet;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QTabWidget;
class QTimer;
class RecentBlocksModel;
class WindowedPageFrame;

// Block times and node health: the block-interval chart over a chosen window (with the target period, the 10 s and
// 30 s SLA lines and round-change blocks marked), a histogram of intervals, p50/p95/p99/max, the SLA figures of the
// window and of the month so far (overall and in service hours), transactions and gas per block, the recent blocks
// and the node table. Charts and their data export as PNG and CSV.
class BlocksPage : public QWidget
{
    Q_OBJECT
public:
    using Window = TimeWindowBox::Window;

    // Reads the monitor's state; the part of a time window older than the local history is asked of the monitor
    // (Monitor::requestIntervalHistory), which fetches it into the state: the page itself never fetches.
    explicit BlocksPage(Monitor *monitor, QWidget *parent = nullptr);

    void setWindow(Window window);
    Window window() const { return m_window; }

    // Recomputes everything now (normally coalesced after block signals and every few seconds).
    void refresh();

    // The figures shown, for tests and the CSV.
    const analysis::IntervalStats &windowStats() const { return m_stats; }
    const analysis::SlaReport &monthReport() const { return m_month; }
    QList<analysis::BlockPoint> windowPoints() const { return m_points; }
    QString coverageText() const;
    bool showsEmptyState() const;
    BlockChartView *intervalChart() const { return m_intervalChart; }
    // The Prometheus step averages drawn for the part of the window the local history does not cover.
    QList<analysis::StepInterval> prometheusPoints() const { return m_promShown; }
    QLineSeries *prometheusSeries() const { return m_promLine; }

    bool exportPng(const QString &path, QString *error = nullptr) const; // the current chart tab
    bool exportCsv(const QString &path, QString *error = nullptr) const; // the window's blocks

private:
    void build();
    void scheduleRefresh();
    void updateCharts();
    void updateFigures();
    void updateEmptyState();
    void updatePrometheus(qint64 nowMs);
    QString prometheusText() const;
    QString localCoverageText() const;
    void chooseAndExportPng();
    void chooseAndExportCsv();
    QWidget *currentChart() const;

    Monitor *m_monitor;
    NetworkState *m_state;
    Clock *m_clock;
    BlockHistory *m_history;
    RecentBlocksModel *m_recentModel;
    NodeTableModel *m_nodeModel;
    Window m_window = TimeWindowBox::Last100Blocks;
    QList<analysis::BlockPoint> m_points;
    analysis::IntervalStats m_stats;
    analysis::SlaReport m_month;
    qint64 m_windowFromMs = 0;
    qint64 m_windowToMs = 0;
    bool m_columnsSized = false;

    // Prometheus history: the last requested range and what came back.
    QList<analysis::StepInterval> m_promPoints; // from the state's interval history
    QList<analysis::StepInterval> m_promShown; // m_promPoints within the window, older than the local history
    bool m_promWanted = false;

    QTimer *m_refreshTimer;
    QTimer *m_tickTimer;
    WindowedPageFrame *m_frame = nullptr;
    QLabel *m_coverage = nullptr;
    QTabWidget *m_chartTabs = nullptr;
    BlockChartView *m_intervalChart = nullptr;
    QLineSeries *m_intervalLine = nullptr;
    QLineSeries *m_promLine = nullptr;
    QLineSeries *m_targetLine = nullptr;
    QLineSeries *m_fastLine = nullptr;
    QLineSeries *m_slowLine = nullptr;
    QScatterSeries *m_roundMarkers = nullptr;
    QChartView *m_histogramView = nullptr;
    QBarSeries *m_histogramSeries = nullptr;
    BlockChartView *m_txChart = nullptr;
    QLineSeries *m_txLine = nullptr;
    QLineSeries *m_gasLine = nullptr;
    QLabel *m_statsLabel = nullptr;
    QLabel *m_slaLabel = nullptr;
    QLabel *m_monthLabel = nullptr;
    NodeTableView *m_recentView = nullptr;
    NodeTableView *m_nodeView = nullptr;
};
