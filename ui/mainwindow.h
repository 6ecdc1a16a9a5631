#pragma once

#include "config/inventory.h"
#include "snapshots/snapshotwriter.h"
#include "sources/sourcehealth.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QLabel;
class QTabWidget;
class QTimer;
class BlocksPage;
class IncidentBook;
class IncidentEngine;
class IncidentsPage;
class KioskWindow;
class ManualPage;
class OverviewPage;
class Monitor;
class TopologyPage;
class EmptyState;
class NetworkState;
class SnapshotReplay;
class TimeCursor;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Overview, Validators, Blocks, Topology, Incidents, Manual, Usage };
    Q_ENUM(Page)

    // Every page reads the monitor's state; without a monitor (tests of the shell) the window shows only the
    // profile. The monitor is not owned.
    // The incident book (not owned) fills the Incidents page, the Overview's card and the status bar.
    explicit MainWindow(Monitor *monitor = nullptr, IncidentBook *book = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Runs the incident rules on the monitor for the shown network (not owned; its book should be the window's).
    void setIncidentEngine(IncidentEngine *engine);

    // Shows the profile's network; an empty network name means the profile's active one.
    void setInventory(const Inventory &inventory, const QString &network = {});
    const NetworkConfig *network() const;

    // Keyed by source id ("prometheus", "rpc:validator01", "ws:validator01"...): the status bar groups them by kind.
    void setSourceHealth(const QMap<QString, SourceHealth> &health);
    void setFreshestData(const QDateTime &time);

    QTabWidget *pages() const { return m_tabs; }
    QWidget *page(Page page) const;
    void showPage(Page page);
    // View → Kiosk: the wall display over this window's monitor and book, full screen.
    void showKiosk();
    KioskWindow *kioskWindow() const;

    // Offline review: reads the file off the GUI thread, then fills the monitor and the book from it (every source
    // off, incidents read-only) and shows the banner; a bad file is refused with its reason. snapshotOpened follows.
    void openSnapshot(const QString &path);
    bool isSnapshotOpen() const { return m_snapshotOpen; }
    QLabel *snapshotBanner() const { return m_snapshotBanner; }
    // Writes the current state or an incident (options: window, incident) and the incidents to `path` off the GUI
    // thread, signed with the PEM private key in `keyFile` when given; snapshotExported follows.
    void exportSnapshot(const QString &path, const SnapshotOptions &options = {}, const QString &keyFile = {});
    // The committee report over [from, to) of what the window holds (live or a snapshot), as .pdf or .md, written
    // off the GUI thread; reportWritten follows.
    void writeReport(const QString &path, const QDateTime &from, const QDateTime &to);
    // Under the banner while a snapshot is open: the moment of its window every page shows.
    TimeCursor *timeCursor() const { return m_timeCursor; }
    SnapshotReplay *snapshotReplay() const { return m_replay; }

signals:
    void configOpenRequested(const QString &path);
    void snapshotOpened(bool ok, const QString &message);
    void snapshotExported(bool ok, const QString &message);
    void reportWritten(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A snapshot file dropped on the window opens it.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    QWidget *createPage(Page page);
    void createMenus();
    void createStatusBar();
    void updateEmptyStates();
    void updateFreshness();
    void updateVerdict();
    void updateWorstIncident();
    QList<SourceHealth> prometheusEndpoints() const; // of the collector's federation; empty without one
    void openConfig();
    void importIntoProfile();
    void chooseSnapshotToOpen();
    void chooseSnapshotToExport();
    void chooseReport();
    void leaveSnapshot();
    void showAbout();

    QTabWidget *m_tabs;
    QLabel *m_snapshotBanner = nullptr;
    TimeCursor *m_timeCursor = nullptr;
    SnapshotReplay *m_replay = nullptr;
    bool m_snapshotOpen = false;
    QString m_snapshotOrigin; // the open snapshot's file and trust, for reports
    QString m_snapshotProducer; // and who captured it when, for reports
    QDateTime m_snapshotCapturedAt;
    TopologyPage *m_topologyPage = nullptr;
    BlocksPage *m_blocksPage = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    IncidentsPage *m_incidentsPage = nullptr;
    ManualPage *m_manualPage = nullptr;
    IncidentBook *m_book = nullptr;
    IncidentEngine *m_engine = nullptr;
    QLabel *m_incidentLabel = nullptr;
    QList<EmptyState *> m_emptyStates;
    std::optional<Inventory> m_inventory;
    QString m_networkName;
    Monitor *m_monitor;
    NetworkState *m_state;
    QTimer *m_healthTimer = nullptr;
    QDateTime m_freshest;
    QLabel *m_networkLabel = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    QLabel *m_freshnessLabel = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QTimer *m_freshnessTimer = nullptr;
    QPointer<KioskWindow> m_kiosk;
};
