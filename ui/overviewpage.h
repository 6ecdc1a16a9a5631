#pragma once

#include "checklists/checklistlibrary.h"

#include <QWidget>

class EmptyState;
class IncidentBook;
class NetworkState;
class OverviewModel;
class OverviewTile;
class QStackedLayout;
class QTimer;

// The network at a glance, readable on a wall display: chain height, time since the last block (against the period
// and the 10 s / 30 s service levels), the current block interval, validators signing against the quorum, nodes up
// by type and institution, data freshness and open incidents. Shows an EmptyState with the reason while no node
// has answered.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(NetworkState *state, QWidget *parent = nullptr);
    ~OverviewPage() override;

    OverviewModel *model() const { return m_model; }
    // The open incidents the card counts; without a book the card says incidents are not recorded.
    void setIncidentBook(IncidentBook *book);
    // Key-management self-declarations past their review period (the Operations Manual tab's library): shown with the
    // open incidents, since an overdue declaration is an obligation missed just the same.
    void setOverdueDeclarations(const QList<OverdueDeclaration> &overdue);
    bool isShowingEmptyState() const;
    QString emptyReason() const;
    // Every tile's visible text, for tests and the kiosk's accessibility.
    QStringList tileTexts() const;

private:
    void update();
    void updateIncidents();

    OverviewModel *m_model;
    QStackedLayout *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    OverviewTile *m_height;
    OverviewTile *m_lastBlock;
    OverviewTile *m_interval;
    OverviewTile *m_signing;
    OverviewTile *m_nodesByType;
    OverviewTile *m_nodesByInstitution;
    OverviewTile *m_freshness;
    OverviewTile *m_incidents;
    QTimer *m_ticker;
    IncidentBook *m_book = nullptr;
    QList<OverdueDeclaration> m_overdue;
};
