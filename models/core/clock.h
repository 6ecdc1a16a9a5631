#pragma once

#include <QDateTime>
#include <QObject>

// Time is injected so that SLA clocks, rule hysteresis, kiosk rotation and replay can be tested without sleeping.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override;

    virtual QDateTime now() const;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // The process-wide wall clock; tests create their own ManualClock instead.
    static Clock *system();
};

class ManualClock : public Clock
{
    Q_OBJECT
public:
    explicit ManualClock(const QDateTime &start, QObject *parent = nullptr);

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now);
    void advance(qint64 ms);

signals:
    void changed(const QDateTime &now);

private:
    QDateTime m_now;
};
