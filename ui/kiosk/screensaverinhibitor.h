#pragma once

#include <QObject>

// Keeps the wall's screen from blanking while the kiosk runs: org.freedesktop.ScreenSaver.Inhibit on the session bus
// (KDE, GNOME, XFCE and most screen lockers answer it), released when this object goes. Built without Qt D-Bus, or
// with no such service, it says so once in the log: the machine's own power settings must then keep the screen on.
class ScreenSaverInhibitor : public QObject
{
    Q_OBJECT
public:
    explicit ScreenSaverInhibitor(QObject *parent = nullptr);
    ~ScreenSaverInhibitor() override;

    void inhibit(const QString &reason);
    void release();
    bool isInhibited() const { return m_cookie != 0; }

signals:
    void finished(bool inhibited, const QString &message);

private:
    quint32 m_cookie = 0;
    bool m_requested = false;
};
