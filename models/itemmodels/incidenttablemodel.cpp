#include "incidenttablemodel.h"

#include "analysis/health.h"
#include "core/clock.h"
#include "core/format.h"
#include "incidents/incidentbook.h"
#include "incidents/incidentsla.h"

#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

IncidentTableModel::IncidentTableModel(IncidentBook *book, Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
    , m_clock(clock ? clock : Clock::system())
{
    if (book) {
        connect(book, &IncidentBook::incidentAdded, this, &IncidentTableModel::reload);
        connect(book, &IncidentBook::incidentsReset, this, &IncidentTableModel::reload);
        connect(book, &IncidentBook::historyLoaded, this, &IncidentTableModel::reload);
        connect(book, &IncidentBook::incidentChanged, this, &IncidentTableModel::updateRow);
    }
    reload();
}

void IncidentTableModel::setNetwork(const NetworkConfig &network)
{
    m_network = network;
    emit headerDataChanged(Qt::Horizontal, Answer, Action);
    refresh();
}

void IncidentTableModel::reload()
{
    beginResetModel();
    m_rows = m_book ? m_book->incidents() : QList<Incident>();
    endResetModel();
}

void IncidentTableModel::updateRow(const QString &uid)
{
    const Incident *incident = m_book ? m_book->find(uid) : nullptr;
    const int row = rowOf(uid);
    // A status change moves the row between the open part and the history: the book's order is the truth.
    if (!incident || row < 0 || incident->isOpen() != m_rows.at(row).isOpen()
        || incident->severity != m_rows.at(row).severity) {
        reload();
        return;
    }
    m_rows[row] = *incident;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void IncidentTableModel::refresh()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Age), index(int(m_rows.size()) - 1, Action));
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Incident *IncidentTableModel::incidentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int IncidentTableModel::rowOf(const QString &uid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uid == uid)
            return i;
    }
    return -1;
}

QString IncidentTableModel::deadlineText(qint64 remainingSeconds, bool met, bool breached)
{
    if (met && !breached)
        return tr("met");
    if (breached)
        return tr("breached by %1").arg(formatDuration(-remainingSeconds * 1000));
    return tr("%1 left").arg(formatDuration(remainingSeconds * 1000));
}

QVariant IncidentTableModel::displayData(const Incident &incident, int column) const
{
    const QDateTime now = m_clock->now();
    switch (column) {
    case Severity:
        return healthGlyph(incident.isOpen() ? healthLevelOf(incident.severity) : HealthLevel::Ok) + u' '
            + severityText(incident.severity);
    case Status:
        return statusText(incident.status);
    case Title:
        return incident.title.isEmpty() ? Rules::title(incident.rule) : incident.title;
    case Affected: {
        QStringList parts = incident.nodes;
        if (parts.isEmpty())
            parts = incident.institutions;
        return parts.isEmpty() ? tr("network") : parts.join(u", "_s);
    }
    case Detected:
        return QLocale().toString(incident.detectedAt.toLocalTime(), QLocale::ShortFormat);
    case Age:
        return formatAge(incident.detectedAt.msecsTo(incident.isOpen() ? now : incident.resolvedAt));
    case Answer:
    case Action: {
        const IncidentSla sla = incidentSla(incident, m_network, now);
        if (!sla.hasDeadlines)
            return u"—"_s;
        if (column == Answer)
            return deadlineText(sla.answerRemainingSeconds, incident.acknowledgedAt.isValid(), sla.answerBreached);
        return deadlineText(sla.actionRemainingSeconds,
            incident.mitigatedAt.isValid() || incident.resolvedAt.isValid(), sla.actionBreached);
    }
    case Path:
        return incident.path == u"rpc"_s ? tr("JSON-RPC")
            : incident.path == u"prometheus"_s ? tr("Prometheus level 2")
            : incident.path == u"alertmanager"_s ? tr("Alertmanager")
            : incident.path == u"federation"_s ? tr("Federation")
                                               : incident.path;
    default:
        break;
    }
    return {};
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    const Incident *incident = index.isValid() ? incidentAt(index.row()) : nullptr;
    if (!incident || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*incident, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title || index.column() == Severity)
            return incident->evidence;
        if (index.column() == Answer || index.column() == Action) {
            const IncidentSla sla = incidentSla(*incident, m_network, m_clock->now());
            if (!sla.hasDeadlines)
                return tr("Only critical incidents have the 2 h / 16 h service-hour deadlines.");
            const QDateTime deadline = index.column() == Answer ? sla.answerDeadline : sla.actionDeadline;
            return tr("Deadline: %1 (counted in service hours)")
                .arg(QLocale().toString(deadline.toLocalTime(), QLocale::ShortFormat));
        }
        return displayData(*incident, index.column());
    case ItemRoles::Health:
        if (index.column() == Severity || index.column() == Status)
            return int(incident->isOpen() ? healthLevelOf(incident->severity) : HealthLevel::Ok);
        if (index.column() == Answer || index.column() == Action) {
            const IncidentSla sla = incidentSla(*incident, m_network, m_clock->now());
            const bool breached = index.column() == Answer ? sla.answerBreached : sla.actionBreached;
            if (breached)
                return int(HealthLevel::Critical);
        }
        return {};
    case ItemRoles::Sort:
        switch (index.column()) {
        case Severity:
            return int(incident->severity);
        case Status:
            return int(incident->status);
        case Detected:
        case Age:
            return incident->detectedAt.toMSecsSinceEpoch();
        case Answer:
        case Action: {
            const IncidentSla sla = incidentSla(*incident, m_network, m_clock->now());
            if (!sla.hasDeadlines)
                return std::numeric_limits<qint64>::max();
            return index.column() == Answer ? sla.answerRemainingSeconds : sla.actionRemainingSeconds;
        }
        default:
            return displayData(*incident, index.column());
        }
    case ItemRoles::Key:
        return incident->uid;
    case IsOpenRole:
        return incident->isOpen();
    case BreachedRole: {
        const IncidentSla sla = incidentSla(*incident, m_network, m_clock->now());
        return sla.answerBreached || sla.actionBreached;
    }
    default:
        break;
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Title:
        return tr("Incident");
    case Affected:
        return tr("Affected");
    case Detected:
        return tr("Detected");
    case Age:
        return tr("Duration");
    case Answer:
        return tr("Answer (%1)").arg(formatDuration(qint64(m_network.incidents.answerServiceHours * 3600000)));
    case Action:
        return tr("Action (%1)").arg(formatDuration(qint64(m_network.incidents.actionServiceHours * 3600000)));
    case Path:
        return tr("Seen through");
    default:
        break;
    }
    return {};
}
