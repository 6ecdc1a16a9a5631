#pragma once

#include "config/inventory.h"

#include <QPointer>
#include <QWidget>

class Clock;
class IncidentBook;
class IncidentDetail;
class IncidentFilterProxy;
class IncidentReviewModel;
class IncidentTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;

// Open incidents first (severity, age, SLA countdowns, affected nodes, evidence) with their actions; the history
// with filters; the recurring-incident review, exportable as CSV and Markdown. Reads the incident book only.
class IncidentsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Open, History, Review };

    IncidentsPage(IncidentBook *book, Clock *clock = nullptr, QWidget *parent = nullptr);
    ~IncidentsPage() override;

    void setNetwork(const NetworkConfig &network);
    void setReadOnly(bool readOnly); // kiosk and snapshots

    IncidentTableModel *model() const { return m_model; }
    IncidentDetail *detail() const { return m_detail; }
    QTableView *openView() const { return m_openView; }
    QTableView *historyView() const { return m_historyView; }
    IncidentReviewModel *reviewModel() const { return m_reviewModel; }
    void showTab(Tab tab);
    // Selects the incident in the open list (or the history) and shows it.
    void showIncident(const QString &uid);

    void updateReview();
    QByteArray reviewCsv() const;
    QString reviewMarkdown() const;

signals:
    void runbookRequested(const QString &rule, const QString &incidentUid);

private:
    QWidget *createOpenTab();
    QWidget *createHistoryTab();
    QWidget *createReviewTab();
    QTableView *createTable(IncidentFilterProxy *proxy);
    void selectionChanged(QTableView *view);
    void updateCounts();
    void updateHistoryFilter();
    void exportReview(bool markdown);

    QPointer<IncidentBook> m_book;
    Clock *m_clock;
    NetworkConfig m_network;
    IncidentTableModel *m_model;
    IncidentFilterProxy *m_openProxy;
    IncidentFilterProxy *m_historyProxy;
    IncidentReviewModel *m_reviewModel;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_openStack = nullptr;
    QLabel *m_noOpen = nullptr;
    QTableView *m_openView = nullptr;
    QTableView *m_historyView = nullptr;
    QTableView *m_reviewView = nullptr;
    QLabel *m_reviewSummary = nullptr;
    QDateEdit *m_historyFrom = nullptr;
    QDateEdit *m_historyTo = nullptr;
    QComboBox *m_historyRule = nullptr;
    QComboBox *m_historyInstitution = nullptr;
    QLineEdit *m_historyText = nullptr;
    QDateEdit *m_reviewFrom = nullptr;
    QDateEdit *m_reviewTo = nullptr;
    IncidentDetail *m_detail;
};
