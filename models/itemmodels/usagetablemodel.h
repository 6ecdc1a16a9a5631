#pragma once

#include "usage/usagereport.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QPointer>

class NetworkState;

// The Usage page's table (issue 15): one row per institution or per sender account over a window of block time,
// unknown senders first; transactions, transactions per second, gas used and its share, failures and the top called
// contracts. A view over the state's usage ledger and account directory: refresh() rebuilds the report and announces
// changed rows (the same rows in the same order: dataChanged; otherwise a reset).
class UsageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Mode { Institutions, Accounts };
    enum Column { Name, Institution, Attribution, Transactions, PerSecond, Gas, GasShare, Failed, TopContracts, ColumnCount };

    explicit UsageTableModel(NetworkState *state, QObject *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Block time [fromSec, toSec); refresh() applies it.
    void setWindow(qint64 fromSec, qint64 toSec);
    void refresh(); // now, on this thread
    // The same on a worker thread, from a copy of the window's buckets (this thread only copies): for refreshes while
    // transactions pour in, whose aggregation over a day's buckets would stall the GUI. A call while one runs is
    // folded into one more run after it; refreshed() follows either.
    void refreshInBackground();
    bool isRefreshing() const;
    const usage::UsageReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The report as CSV (one line per institution and per account, the header first).
    QByteArray toCsv() const;

signals:
    void refreshed();

private:
    QStringList rowKeys(const usage::UsageReport &report) const;
    void apply(usage::UsageReport next);

    QPointer<NetworkState> m_state;
    Mode m_mode = Mode::Institutions;
    qint64 m_fromSec = 0;
    qint64 m_toSec = 0;
    usage::UsageReport m_report;
    QStringList m_keys;
    QFutureWatcher<usage::UsageReport> *m_job = nullptr;
    bool m_again = false;
    // Refreshes are numbered as asked: a background result older than the report shown (a refresh() since) is dropped.
    quint64 m_requests = 0;
    quint64 m_shown = 0;
    quint64 m_jobRequest = 0;
};
