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
