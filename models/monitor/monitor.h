#pragma once

#include "config/inventory.h"
#include "sources/federationprobe.h"

#include <QObject>
#include <QPointer>

class AlertmanagerClient;
class BlockAnalysisCache;
class Clock;
class Collector;
class ReplayClock;
class FederationProbe;
class HttpFetcher;
class NetworkState;
class QTimer;

// The one owner of live data. It owns the NetworkState, the Collector that feeds it, the federation probe (whose
// replies it stores in the state), the block-analysis cache and the Prometheus range history the Blocks page shows.
// The main window, `sentinela-cli`, the kiosk window and the snapshot reader each hold one; pages and item models
// only read its state and ask it for data (requestIntervalHistory), they never fetch.
//
// It lives in its own library (models/monitor) because it joins the state with analysis (the cache), which itself
// depends on the state.
class Monitor : public QObject
{
    Q_OBJECT
public:
    explicit Monitor(Clock *clock = nullptr, QObject *parent = nullptr);
    ~Monitor() override;

    NetworkState *state() const { return m_state; }
    Collector *collector() const { return m_collector; }
    BlockAnalysisCache *analysis() const { return m_analysis; }
    FederationProbe *federationProbe() const { return m_probe; }
    // The clock every age is judged against: the clock given (the wall clock by default) while live; pinned to a
    // moment of the snapshot under review (setReviewTime).
    Clock *clock() const;

    // Replaces the sources (the state is reconfigured and cleared); `live` false keeps every source off (offline
    // review of a snapshot: the state is then filled by the reader).
    void setNetwork(const NetworkConfig &network, bool live = true);
    const NetworkConfig &network() const;
    bool isLive() const { return m_live; }
    // Offline review of a snapshot: setNetwork(network, false) with the snapshot flag set, so that pages show the
    // state read-only. The reader then fills the state. Any later setNetwork() leaves snapshot mode.
    void openSnapshot(const NetworkConfig &network);
    bool isSnapshot() const { return m_snapshot; }
    // Offline review: the moment the state is judged at (the snapshot's capture time when it opens, then the time
    // cursor's). Ignored when live; setNetwork() releases it.
    void setReviewTime(const QDateTime &at);
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Asks the level-2 Prometheus for the chain height and head timestamp over [fromMs, toMs] at `stepSeconds`; the
    // reply lands in NetworkState::intervalHistory (intervalHistoryChanged). A request equal to the held or pending
    // one is not repeated; a failed one is retried after retryMs.
    void requestIntervalHistory(qint64 fromMs, qint64 toMs, int stepSeconds);
    bool canQueryHistory() const;
    static constexpr qint64 HistoryRetryMs = 60000;

    // The network's Alertmanager (when configured) is polled for active alerts on the Prometheus interval; they land
    // in NetworkState::alertmanagerAlerts for the incident rules.
    AlertmanagerClient *alertmanager() const { return m_alertmanager; }
    void pollAlertmanager();

private:
    ReplayClock *m_clock;
    NetworkState *m_state;
    BlockAnalysisCache *m_analysis;
    Collector *m_collector;
    QPointer<FederationProbe> m_probe;
    bool m_live = true;
    bool m_snapshot = false;
    bool m_running = false;
    quint64 m_historyGeneration = 0;
    HttpFetcher *m_amFetcher = nullptr;
    AlertmanagerClient *m_alertmanager = nullptr;
    QTimer *m_amTimer = nullptr;
    bool m_amInFlight = false;
    quint64 m_amGeneration = 0;
};
