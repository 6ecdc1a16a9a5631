#pragma once

#include "analysis/validatoranalysis.h"

#include <QWidget>

class BlockAnalysisCache;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;

// The selected validator: who it is, its status, proposed share and signing rate over the window, its last proposed
// and signed blocks, and a small chart of its proposals over time against the expected share.
class ValidatorDetail : public QWidget
{
    Q_OBJECT
public:
    explicit ValidatorDetail(QWidget *parent = nullptr);

    // Shows `identity`; `figures` empty when it has no block in the window. The chart buckets the window's blocks of
    // `cache` (from `participation`'s first to last block). `check` is its qbft_getSignerMetrics cross-check.
    void setValidator(const ValidatorIdentity &identity, const std::optional<analysis::ValidatorParticipation> &figures,
        const BlockAnalysisCache &cache, const WindowedParticipation &participation, const QDateTime &now,
        const analysis::SignerCheck &check);
    void clear();

    QString summaryText() const; // the labels' text, for tests and accessibility
    int chartPoints() const;
    // Without points the chart is replaced by a "no data yet" note (empty axes would read 0, 0, 0 and 00:00).
    bool chartShown() const;
    QString chartNote() const;

private:
    void showChart(bool shown, const QString &note = {});

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_figures;
    QChartView *m_chartView;
    QLabel *m_chartNote;
    QChart *m_chart;
    QLineSeries *m_proposed;
    QLineSeries *m_expected;
};
