#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

// Turns SIGTERM/SIGINT (or any given signals) into a Qt signal in the event loop, through a self-pipe: the handler
// only writes the signal number to a socket, which is async-signal-safe; everything else happens in the GUI thread.
// One watcher per process (the handlers are process-wide); a second one fails with a log line.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(const QList<int> &signalList, QObject *parent = nullptr);
    ~SignalWatcher() override; // restores the default handlers

    bool isActive() const { return m_notifier != nullptr; }

signals:
    void received(int signal);

private:
    void readPipe();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};
