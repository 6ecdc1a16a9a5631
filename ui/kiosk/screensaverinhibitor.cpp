#include "kiosk/screensaverinhibitor.h"

#include "core/logging.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#ifdef SENTINELA_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

using namespace Qt::StringLiterals;

namespace {
#ifdef SENTINELA_HAVE_QTDBUS
const QString Service = u"org.freedesktop.ScreenSaver"_s;
const QString Path = u"/org/freedesktop/ScreenSaver"_s;
#endif
} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(QObject *parent)
    : QObject(parent)
{
}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
}

void ScreenSaverInhibitor::inhibit(const QString &reason)
{
    if (m_requested)
        return;
    m_requested = true;
#ifdef SENTINELA_HAVE_QTDBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString message = u"screen blanking not inhibited: no D-Bus session bus; keep the display on in the "
                                "system's power settings"_s;
        Logging::logger().warn("{}", message.toStdString());
        emit finished(false, message);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Service, u"Inhibit"_s);
    call << QCoreApplication::applicationName() << reason;
    // Asynchronous: a session bus that does not answer must never stall the wall.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<quint32> reply = *w;
        if (reply.isError()) {
            const QString message = u"screen blanking not inhibited (%1: %2); keep the display on in the system's "
                                    "power settings"_s.arg(reply.error().name(), reply.error().message());
            Logging::logger().warn("{}", message.toStdString());
            emit finished(false, message);
            return;
        }
        m_cookie = reply.value();
        Logging::logger().info("screen blanking inhibited through org.freedesktop.ScreenSaver (cookie {})", m_cookie);
        emit finished(true, {});
    });
#else
    Q_UNUSED(reason)
    const QString message = u"screen blanking not inhibited: built without Qt D-Bus; keep the display on in the "
                            "system's power settings"_s;
    Logging::logger().warn("{}", message.toStdString());
    emit finished(false, message);
#endif
}

void ScreenSaverInhibitor::release()
{
    m_requested = false;
    if (m_cookie == 0)
        return;
#ifdef SENTINELA_HAVE_QTDBUS
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Service, u"UnInhibit"_s);
    call << m_cookie;
    QDBusConnection::sessionBus().asyncCall(call);
#endif
    m_cookie = 0;
}
