#pragma once

#include "config/inventory.h"

#include <QKeySequence>
#include <QMap>
#include <QPointer>
#include <QWidget>

class Clock;
class IncidentBook;
class KioskAlert;
class KioskPlaylist;
class Monitor;
class OverviewModel;
class QLabel;
class QStackedWidget;
class QTimer;
class ScreenSaverInhibitor;
class WallOverview;

// The NOC wall: full screen, frameless, read-only and without a single dialog. It shows the profile's playlist of
// pages in rotation (the wall overview and the desktop's own pages, over the same Monitor and models), gives the whole
// wall to an unacknowledged critical incident until a desktop acknowledges it, and says "DATA OUT OF DATE" with the
// age when the freshest figure is older than the stale limit (three polls by default), naming the sources that are
// down. Every keyboard and mouse event is swallowed except the profile's exit chord; a signal is the other way out.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    // Neither the monitor nor the book is owned; the book should be opened read-only.
    KioskWindow(Monitor *monitor, IncidentBook *book, const KioskConfig &config, QWidget *parent = nullptr);
    ~KioskWindow() override;

    void setKioskConfig(const KioskConfig &config);
    const KioskConfig &kioskConfig() const { return m_config; }

    // Full screen on the window's screen, cursor hidden, screen blanking inhibited.
    void showOnWall();

    KioskPlaylist *playlist() const { return m_playlist; }
    WallOverview *overview() const { return m_overview; }
    KioskAlert *alert() const { return m_alert; }
    QWidget *currentView() const;
    QWidget *pageView(const QString &key) const { return m_pages.value(key); }
    bool isStaleBannerVisible() const;
    QString staleBannerText() const;
    QLabel *staleBanner() const { return m_banner; }
    int screenHeight() const;

    // Refreshes the verdict, the countdowns and the banner (every second on its own; tests call it after moving
    // their clock).
    void refresh();
    // Leaves for good (exit chord, signal): the window may close now.
    void allowClose() { m_closeAllowed = true; }

signals:
    void exitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createPage(const QString &key);
    void showCurrent();
    void updateBanner();
    void updateActiveAlerts();
    void applyScale();
    void fitTables();

    Monitor *m_monitor;
    QPointer<IncidentBook> m_book;
    Clock *m_clock;
    KioskConfig m_config;
    QKeySequence m_exitChord;
    OverviewModel *m_model;
    KioskPlaylist *m_playlist;
    QLabel *m_banner;
    QStackedWidget *m_stack;
    WallOverview *m_overview;
    KioskAlert *m_alert;
    QMap<QString, QWidget *> m_pages;
    QTimer *m_ticker;
    ScreenSaverInhibitor *m_inhibitor;
    qint64 m_startedMs = 0;
    bool m_closeAllowed = false;
    bool m_stale = false;
    int m_scaledFor = 0;
    int m_refreshes = 0;
};
