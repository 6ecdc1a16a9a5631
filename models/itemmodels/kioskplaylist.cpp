#include "itemmodels/kioskplaylist.h"

#include "core/clock.h"
#include "incidents/incidentbook.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool holdsTheWall(const Incident &incident, const std::optional<QSet<QString>> &activeAlerts)
{
    if (!incident.isOpen() || !isCritical(incident.severity) || incident.status != IncidentStatus::Detected)
        return false;
    // Silenced in Alertmanager (or no longer firing there): someone has taken it.
    if (incident.source == u"alertmanager"_s && activeAlerts && !incident.alertFingerprint.isEmpty())
        return activeAlerts->contains(incident.alertFingerprint);
    return true;
}

} // namespace

KioskPlaylist::KioskPlaylist(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
    connect(m_clock, &Clock::changed, this, &KioskPlaylist::update);
    if (!m_clock->isManual()) {
        m_timer = new QTimer(this);
        m_timer->setInterval(500);
        connect(m_timer, &QTimer::timeout, this, &KioskPlaylist::update);
        m_timer->start();
    }
}

KioskPlaylist::~KioskPlaylist() = default;

void KioskPlaylist::setPages(const QList<KioskPage> &pages)
{
    m_pages = pages;
    m_index = m_pages.isEmpty() ? -1 : 0;
    m_shownSinceMs = m_clock->nowMs();
    emit currentChanged(m_index, currentPage());
}

void KioskPlaylist::setIncidentBook(IncidentBook *book)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book) {
        connect(book, &IncidentBook::incidentAdded, this, &KioskPlaylist::evaluateInterruption);
        connect(book, &IncidentBook::incidentChanged, this, &KioskPlaylist::evaluateInterruption);
        connect(book, &IncidentBook::incidentsReset, this, &KioskPlaylist::evaluateInterruption);
    }
    evaluateInterruption();
}

void KioskPlaylist::setActiveAlerts(const std::optional<QSet<QString>> &fingerprints)
{
    m_activeAlerts = fingerprints;
    evaluateInterruption();
}

QString KioskPlaylist::currentPage() const
{
    return m_index >= 0 && m_index < m_pages.size() ? m_pages[m_index].page : QString();
}

qint64 KioskPlaylist::remainingMs() const
{
    if (m_index < 0 || isInterrupted())
        return 0;
    const qint64 dwell = qint64(std::max(1, m_pages[m_index].dwellSeconds)) * 1000;
    return std::max<qint64>(0, dwell - (m_clock->nowMs() - m_shownSinceMs));
}

void KioskPlaylist::update()
{
    evaluateInterruption();
    if (m_index < 0 || isInterrupted())
        return;
    const qint64 now = m_clock->nowMs();
    // A clock set back (NTP) restarts the dwell rather than freezing the wall.
    if (now < m_shownSinceMs)
        m_shownSinceMs = now;
    if (now - m_shownSinceMs < qint64(std::max(1, m_pages[m_index].dwellSeconds)) * 1000)
        return;
    // One step per look even after a long pause (a suspended machine): every page still gets its full dwell.
    m_index = (m_index + 1) % int(m_pages.size());
    m_shownSinceMs = now;
    emit currentChanged(m_index, currentPage());
}

void KioskPlaylist::evaluateInterruption()
{
    const QString uid = m_book ? interruptionFor(m_book->incidents(), m_activeAlerts, m_interruption) : QString();
    if (uid == m_interruption)
        return;
    const bool resumed = !m_interruption.isEmpty() && uid.isEmpty();
    m_interruption = uid;
    if (resumed)
        m_shownSinceMs = m_clock->nowMs();
    emit interruptionChanged(uid);
}

QString KioskPlaylist::interruptionFor(
    const QList<Incident> &incidents, const std::optional<QSet<QString>> &activeAlerts, const QString &current)
{
    const Incident *oldest = nullptr;
    for (const Incident &incident : incidents) {
        if (!holdsTheWall(incident, activeAlerts))
            continue;
        if (incident.uid == current)
            return current;
        if (!oldest || incident.detectedAt < oldest->detectedAt)
            oldest = &incident;
    }
    return oldest ? oldest->uid : QString();
}
