#pragma once

#include "config/inventory.h"
#include "sources/sourcehealth.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QTabWidget;
class QTimer;
class EmptyState;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Overview, Validators, Blocks, Topology, Incidents, Manual };
    Q_ENUM(Page)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the profile's network; an empty network name means the profile's active one.
    void setInventory(const Inventory &inventory, const QString &network = {});
    const NetworkConfig *network() const;

    void setSourceHealth(const QList<SourceHealth> &health);
    void setFreshestData(const QDateTime &time);

    QTabWidget *pages() const { return m_tabs; }
    QWidget *page(Page page) const;
    void showPage(Page page);

signals:
    void configOpenRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void createStatusBar();
    void updateEmptyStates();
    void updateFreshness();
    void openConfig();
    void showAbout();

    QTabWidget *m_tabs;
    QList<EmptyState *> m_emptyStates;
    std::optional<Inventory> m_inventory;
    QString m_networkName;
    QList<SourceHealth> m_health;
    QDateTime m_freshest;
    QLabel *m_networkLabel = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    QLabel *m_freshnessLabel = nullptr;
    QTimer *m_freshnessTimer = nullptr;
};
