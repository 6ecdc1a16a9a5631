#pragma once

#include "analysis/federationhealth.h"
#include "analysis/health.h"

#include <QAbstractTableModel>
#include <QPointer>

class Clock;
class NetworkState;

// The federation matrix: rows = configured level-2 Prometheus endpoints, columns = institutions. Each cell says
// (glyph + text + age) whether that level 2 holds fresh data of that institution's level 1.
class FederationHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // ItemRoles::Health: the cell's state in the health vocabulary (ok; partial/stale warning; missing/down critical).
    enum Role {
        StateRole = ItemRoles::FirstCustom, // federationCellStateKey
        AgeMsRole,
        TargetsUpRole,
        TargetsTotalRole,
    };

    explicit FederationHealthModel(Clock *clock = nullptr, QObject *parent = nullptr);

    // Sets rows and columns; forgets earlier samples.
    void configure(const QList<PrometheusEndpoint> &endpoints, const QList<Institution> &institutions);
    void setStaleAfterMs(qint64 ms);
    // Reads the federation probe's replies the state holds (NetworkState::federationReplies), as they arrive.
    void setState(NetworkState *state);
    void applyReply(const FederationProbeReply &reply);
    void applySample(const analysis::FederationSample &sample);
    // Recomputes ages against the clock.
    void refresh();

    const analysis::FederationMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const;

    QPointer<Clock> m_clock;
    QPointer<NetworkState> m_state;
    QList<PrometheusEndpoint> m_endpoints;
    QList<Institution> m_institutions;
    QHash<QString, analysis::FederationSample> m_samples;
    qint64 m_staleAfterMs = 120000;
    analysis::FederationMatrix m_matrix;
};
