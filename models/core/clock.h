#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

// Time is injected so that SLA clocks, rule hysteresis, kiosk rotation and replay can be tested without sleeping.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override;

    virtual QDateTime now() const;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    // True when time moves only when someone sets it (tests): `changed` then says every move, and nothing needs to
    // poll the clock.
    virtual bool isManual() const { return false; }

    // The process-wide wall clock; tests create their own ManualClock instead.
    static Clock *system();

signals:
    // The clock was set (a ManualClock moved, a ReplayClock pinned or released); a running clock never emits it.
    void changed(const QDateTime &now);
};

class ManualClock : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(const QDateTime &start, QObject *parent = nullptr);

    QDateTime now() const override { return m_now; }
    bool isManual() const override { return true; }
    void setNow(const QDateTime &now);
    void advance(qint64 ms);

private:
    QDateTime m_now;
};

// The Monitor's clock: it follows another clock (the wall clock, or a test's ManualClock) until it is pinned to a
// moment, then stands there. Offline review pins it to the snapshot's capture time, and the time cursor moves the
// pin, so every age is judged as it was at that moment. Everything holding the Monitor's clock sees the pin.
class ReplayClock : public Clock
{
    Q_OBJECT
public:
    explicit ReplayClock(Clock *base, QObject *parent = nullptr);

    QDateTime now() const override;
    bool isManual() const override;
    Clock *base() const { return m_base; }

    void pin(const QDateTime &at);
    void release();
    bool isPinned() const { return m_pinned.isValid(); }

private:
    QPointer<Clock> m_base;
    QDateTime m_pinned;
};
