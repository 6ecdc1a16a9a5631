#include "federationhealthmodel.h"

#include "core/clock.h"
#include "core/format.h"
#include "state/networkstate.h"

using namespace Qt::StringLiterals;

FederationHealthModel::FederationHealthModel(Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? clock : Clock::system())
{
}

QDateTime FederationHealthModel::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

void FederationHealthModel::configure(
    const QList<PrometheusEndpoint> &endpoints, const QList<Institution> &institutions)
{
    beginResetModel();
    m_endpoints = endpoints;
    m_institutions = institutions;
    m_samples.clear();
    m_matrix = analysis::federationMatrix(m_endpoints, m_institutions, m_samples, now(), m_staleAfterMs);
    endResetModel();
}

void FederationHealthModel::setStaleAfterMs(qint64 ms)
{
    m_staleAfterMs = ms;
    refresh();
}

void FederationHealthModel::setState(NetworkState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (!state)
        return;
    connect(state, &NetworkState::federationChanged, this, [this](const QString &endpoint) {
        if (!m_state)
            return;
        const auto replies = m_state->federationReplies();
        if (const auto it = replies.constFind(endpoint); it != replies.cend()) {
            applyReply(*it);
        } else {
            // A time cursor before the endpoint's reply: what it held was not known yet.
            m_samples.remove(endpoint);
            refresh();
        }
    });
    connect(state, &NetworkState::momentChanged, this, &FederationHealthModel::refresh);
    for (const FederationProbeReply &reply : state->federationReplies())
        m_samples.insert(reply.endpoint, analysis::FederationSample::fromReply(reply));
    refresh();
}

void FederationHealthModel::applyReply(const FederationProbeReply &reply)
{
    applySample(analysis::FederationSample::fromReply(reply));
}

void FederationHealthModel::applySample(const analysis::FederationSample &sample)
{
    m_samples.insert(sample.endpoint, sample);
    refresh();
}

void FederationHealthModel::refresh()
{
    const analysis::FederationMatrix old = std::exchange(
        m_matrix, analysis::federationMatrix(m_endpoints, m_institutions, m_samples, now(), m_staleAfterMs));
    if (m_matrix.cells.isEmpty() || m_matrix.cells.constFirst().isEmpty())
        return;
    // Shape never changes here (configure() resets); ages move every refresh, so the whole table is touched.
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int FederationHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.endpoints.size());
}

int FederationHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.institutions.size());
}

QVariant FederationHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analysis::FederationCell &c = m_matrix.cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = analysis::federationCellGlyph(c.state) + u' ' + c.text;
        if (c.ageMs >= 0)
            text += u" \u00B7 "_s + formatAge(c.ageMs);
        return text;
    }
    case Qt::ToolTipRole:
        return tr("%1 \u2192 %2: %3")
            .arg(m_matrix.endpoints.at(index.row()), m_matrix.institutionNames.at(index.column()), c.detail);
    case StateRole:
        return analysis::federationCellStateKey(c.state);
    case ItemRoles::Health:
        switch (c.state) {
        case analysis::FederationCellState::Ok:
            return int(HealthLevel::Ok);
        case analysis::FederationCellState::Partial:
        case analysis::FederationCellState::Stale:
            return int(HealthLevel::Warning);
        case analysis::FederationCellState::Unknown:
            return int(HealthLevel::Unknown);
        default:
            return int(HealthLevel::Critical);
        }
    case AgeMsRole:
        return c.ageMs;
    case TargetsUpRole:
        return c.targetsUp;
    case TargetsTotalRole:
        return c.targetsTotal;
    default:
        return {};
    }
}

QVariant FederationHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal && section >= 0 && section < m_matrix.institutions.size())
        return role == Qt::DisplayRole ? m_matrix.institutionNames.at(section) : m_matrix.institutions.at(section);
    if (orientation == Qt::Vertical && section >= 0 && section < m_matrix.endpoints.size())
        return m_matrix.endpoints.at(section);
    return {};
}
