#include "clock.h"

Clock::~Clock() = default;

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock *Clock::system()
{
    static Clock clock;
    return &clock;
}

ManualClock::ManualClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_now(start)
{
}

void ManualClock::setNow(const QDateTime &now)
{
    m_now = now;
    emit changed(m_now);
}

void ManualClock::advance(qint64 ms)
{
    setNow(m_now.addMSecs(ms));
}

ReplayClock::ReplayClock(Clock *base, QObject *parent)
    : Clock(parent)
    , m_base(base ? base : Clock::system())
{
    connect(m_base, &Clock::changed, this, [this](const QDateTime &now) {
        if (!isPinned())
            emit changed(now);
    });
}

QDateTime ReplayClock::now() const
{
    if (m_pinned.isValid())
        return m_pinned;
    return m_base ? m_base->now() : QDateTime::currentDateTimeUtc();
}

bool ReplayClock::isManual() const
{
    return m_base && m_base->isManual();
}

void ReplayClock::pin(const QDateTime &at)
{
    if (!at.isValid() || at == m_pinned)
        return;
    m_pinned = at.toUTC();
    emit changed(m_pinned);
}

void ReplayClock::release()
{
    if (!m_pinned.isValid())
        return;
    m_pinned = {};
    emit changed(now());
}
