#include "traynotifier.h"

#include "statusstyle.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QWidget>

Q_LOGGING_CATEGORY(lcTray, "sentinela.ui.tray")

namespace {

// How long a message stays up: critical ones until the platform's maximum, others briefly.
constexpr int CriticalMs = 30000;
constexpr int OtherMs = 10000;

} // namespace

TrayNotifier::TrayNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcTray) << "no system tray on this platform: incident notifications go to the log only";
        return;
    }
    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_icon->setToolTip(QApplication::applicationDisplayName());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            bringBack();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::bringBack);
    m_icon->show();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::showNotification(const QString &title, const QString &text, HealthLevel level)
{
    m_lastTitle = title;
    m_lastText = text;
    qCInfo(lcTray).noquote() << title << "—" << QString(text).replace(u'\n', u' ');
    if (!m_icon)
        return;
    if (!QSystemTrayIcon::supportsMessages()) {
        m_icon->setToolTip(title + u'\n' + text);
        return;
    }
    // The level's own icon (glyph and colour of the one palette) rather than the platform's generic ones.
    m_icon->showMessage(title, text, StatusStyle::icon(level), level == HealthLevel::Critical ? CriticalMs : OtherMs);
}

void TrayNotifier::bringBack()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}
