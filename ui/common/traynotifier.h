#pragma once

#include "analysis/health.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

// The GUI's end of IncidentNotifier::trayNotification: a system-tray icon that shows incident messages, where the
// platform has a tray (none offscreen or on a bare X server: then messages only reach the log). Clicking the icon or a
// message brings the window back.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QWidget *window, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isAvailable() const { return m_icon != nullptr; }
    // The last message shown (tests and platforms without balloon messages).
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }

public slots:
    void showNotification(const QString &title, const QString &text, HealthLevel level);

private:
    void bringBack();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QString m_lastTitle;
    QString m_lastText;
};
