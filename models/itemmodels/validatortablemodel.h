#pragma once

#include "analysis/validatoranalysis.h"

#include <QAbstractTableModel>
#include <QHash>

class BlockAnalysisCache;
class NetworkState;
class QTimer;

// One row per validator (the inventory's, then any other address seen in the analysed blocks): its participation
// over the selected window against the OLA thresholds for the current validator count. A view over NetworkState
// through the shared BlockAnalysisCache; rows are inserted when a validator appears and changed cells are announced
// with dataChanged, never a reset per block.
class ValidatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool partial READ isPartial NOTIFY windowSummaryChanged)
    Q_PROPERTY(QString coverage READ coverage NOTIFY windowSummaryChanged)
public:
    enum Column {
        InstitutionColumn,
        ValidatorColumn,
        AddressColumn,
        StatusColumn,
        ProposedColumn,
        SignedColumn,
        LastProposedColumn,
        LastSignedColumn,
        RoundChangesColumn,
        SignerMetricsColumn, // cross-check against qbft_getSignerMetrics
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // ItemRoles::Health: int(HealthLevel) of the row's participation status, every column
        SortRole = ItemRoles::Sort, // numbers for numeric columns, text otherwise
        AddressRole = ItemRoles::FirstCustom, // QByteArray, 20 bytes (empty when the inventory has none)
        NodeRole, // QString node name
        ProposedPercentRole, // double, -1 without data
        SigningPercentRole, // double, -1 without data
        YellowPercentRole, // double thresholds for this validator's member blocks
        RedPercentRole,
        InCurrentSetRole, // bool: a member of the newest analysed block's validator set
        SignerCheckRole, // int(analysis::SignerCheckVerdict)
    };

    explicit ValidatorTableModel(NetworkState *state, QObject *parent = nullptr);
    ~ValidatorTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setWindow(ParticipationWindow window);
    ParticipationWindow window() const { return m_window; }
    bool isPartial() const { return m_result.partial; }
    QString coverage() const { return m_result.coverage; }
    const WindowedParticipation &participation() const { return m_result; }

    // The row's identity and figures (nullopt figures: the validator has no block in the window).
    ValidatorIdentity identity(int row) const;
    std::optional<analysis::ValidatorParticipation> figures(int row) const;
    // The row's qbft_getSignerMetrics cross-check (verdict NoData without a reply listing it).
    analysis::SignerCheck signerCheck(int row) const;
    int rowOf(const QByteArray &address) const;

    // Recomputes now (the model also does so, coalesced, after every analysed batch); call it periodically so that
    // time windows slide and ages stay current while no block arrives.
    void refresh();

signals:
    void windowChanged(ParticipationWindow window);
    void windowSummaryChanged();

private:
    struct Row
    {
        ValidatorIdentity id;
        std::optional<analysis::ValidatorParticipation> p;
        bool inCurrentSet = false;
        analysis::SignerCheck check;
        QString checkExplanation; // the tooltip last announced
        QStringList cells; // display texts, compared to emit dataChanged only for changed cells
        HealthLevel level = HealthLevel::Unknown;
    };

    void rebuildRows();
    void scheduleRefresh();
    void onSignerMetricsChanged();
    // Recomputes every row's signer check; returns the addresses the reply or the blocks name that have no row.
    QList<QByteArray> updateSignerChecks();
    QStringList cellTexts(const Row &row) const;
    HealthLevel levelOf(const Row &row) const;
    QString tooltip(const Row &row, int column) const;

    NetworkState *m_state;
    BlockAnalysisCache *m_cache;
    QTimer *m_refresh;
    ParticipationWindow m_window = ParticipationWindow::LastBlocks;
    WindowedParticipation m_result;
    QList<Row> m_rows;
    QDateTime m_now;
};
