#pragma once

#include <QWidget>

class BlockAnalysisCache;
class EmptyState;
class NetworkState;
class ParticipationStripModel;
class ParticipationStripView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;
class QTimer;
class ValidatorDetail;
class ValidatorTableModel;

// Validator participation: the table of validators (sortable, filtered by a search text, over a selectable window),
// the participation strip (validators x recent blocks) and the selected validator's details. Shows an EmptyState with
// the reason while no block has been analysed.
class ValidatorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ValidatorsPage(NetworkState *state, QWidget *parent = nullptr);
    ~ValidatorsPage() override;

    ValidatorTableModel *tableModel() const { return m_model; }
    ParticipationStripModel *stripModel() const { return m_stripModel; }
    QTableView *table() const { return m_table; }
    ParticipationStripView *strip() const { return m_strip; }
    ValidatorDetail *detail() const { return m_detail; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *windowSelector() const { return m_window; }
    bool isShowingEmptyState() const;
    QString emptyReason() const;
    // The pending-votes line as shown; empty when no node holds a vote.
    QString votesText() const;

    // Selects the validator of source row `row` of the table model.
    void selectValidator(int row);

private:
    void updateEmptyState();
    void updateDetail();
    void updateSummary();
    void updateVotes();
    int selectedSourceRow() const;

    NetworkState *m_state;
    BlockAnalysisCache *m_cache;
    ValidatorTableModel *m_model;
    ParticipationStripModel *m_stripModel;
    QSortFilterProxyModel *m_proxy;
    QStackedLayout *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    QLineEdit *m_search;
    QComboBox *m_window;
    QLabel *m_coverage;
    QProgressBar *m_progress;
    QLabel *m_votes;
    QTableView *m_table;
    ParticipationStripView *m_strip;
    ValidatorDetail *m_detail;
    QTimer *m_ticker;
};
