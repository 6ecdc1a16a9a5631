#pragma once

#include "common/timewindowbox.h"

#include <QWidget>

class Monitor;
class NetworkState;
class NodeTableView;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QTimer;
class QValueAxis;
class UsageTableModel;
class WindowedPageFrame;

// Who uses the network, through which institution (issue 15): per institution or per sender account over the Blocks
// page's windows, transactions per second, share of gas, top contracts and failed transactions, unknown senders
// first and flagged; a chart of transactions per second by institution and one of the share of gas; CSV export.
// It reads the monitor's usage ledger and account directory; it never fetches.
class UsagePage : public QWidget
{
    Q_OBJECT
public:
    using Window = TimeWindowBox::Window;

    explicit UsagePage(Monitor *monitor, QWidget *parent = nullptr);

    void setWindow(Window window);
    Window window() const { return m_window; }
    void setByAccount(bool byAccount);
    void refresh(); // now (after usage signals: coalesced, in the background, and only while shown)

    UsageTableModel *model() const { return m_model; }
    bool showsEmptyState() const;
    QString unknownText() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void scheduleRefresh();
    void refreshInBackground();
    bool prepareWindow(); // the empty state, or the model's window; false: nothing to show
    void updateView();
    QString legendName(const QString &institutionId) const;
    void updateCharts();
    void chooseAndExportCsv();

    Monitor *m_monitor;
    NetworkState *m_state;
    UsageTableModel *m_model;
    Window m_window = TimeWindowBox::LastHour;
    bool m_stale = false; // usage changed while the page was hidden
    bool m_columnsSized = false;
    QTimer *m_refreshTimer;
    WindowedPageFrame *m_frame = nullptr;
    QComboBox *m_viewBox = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_unknown = nullptr;
    QChartView *m_rateChart = nullptr;
    QChartView *m_gasChart = nullptr;
    QDateTimeAxis *m_rateX = nullptr;
    QValueAxis *m_rateY = nullptr;
    NodeTableView *m_table = nullptr;
};
