#include "incidenttimelinemodel.h"

#include "analysis/health.h"
#include "incidents/incidentbook.h"

#include <QLocale>

using namespace Qt::StringLiterals;

IncidentTimelineModel::IncidentTimelineModel(IncidentBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{
    if (book) {
        connect(book, &IncidentBook::incidentChanged, this, [this](const QString &uid) {
            if (uid == m_uid)
                reload();
        });
        connect(book, &IncidentBook::incidentsReset, this, &IncidentTimelineModel::reload);
    }
}

void IncidentTimelineModel::setIncident(const QString &uid)
{
    m_uid = uid;
    reload();
}

void IncidentTimelineModel::reload()
{
    const Incident *incident = m_book && !m_uid.isEmpty() ? m_book->find(m_uid) : nullptr;
    QList<TimelineEntry> entries = incident ? incident->timeline : QList<TimelineEntry>();
    // Only appends happen while an incident is shown: insert the new rows instead of resetting the view.
    const bool appended = entries.size() > m_entries.size()
        && std::equal(m_entries.cbegin(), m_entries.cend(), entries.cbegin(),
            [](const TimelineEntry &a, const TimelineEntry &b) { return a.at == b.at && a.kind == b.kind && a.text == b.text; });
    if (appended) {
        beginInsertRows({}, int(m_entries.size()), int(entries.size()) - 1);
        m_entries = entries;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int IncidentTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int IncidentTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentTimelineModel::kindText(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Detected:
        return tr("Detected");
    case TimelineEntry::Kind::Evidence:
        return tr("Evidence");
    case TimelineEntry::Kind::Acknowledged:
        return tr("Acknowledged");
    case TimelineEntry::Kind::Mitigated:
        return tr("Mitigated");
    case TimelineEntry::Kind::Resolved:
        return tr("Resolved");
    case TimelineEntry::Kind::Reopened:
        return tr("Reopened");
    case TimelineEntry::Kind::Note:
        return tr("Note");
    case TimelineEntry::Kind::ChecklistStep:
        return tr("Checklist step");
    case TimelineEntry::Kind::Notified:
        return tr("Notified");
    }
    return {};
}

QVariant IncidentTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), role == Qt::ToolTipRole ? QLocale::LongFormat : QLocale::ShortFormat);
        case Kind:
            return kindText(e.kind);
        case Who:
            if (e.author.isEmpty())
                return tr("Sentinela");
            return e.institution.isEmpty() ? e.author : u"%1 (%2)"_s.arg(e.author, e.institution);
        case Text:
            return e.text;
        default:
            break;
        }
    }
    if (role == ItemRoles::Health && index.column() == Kind) {
        switch (e.kind) {
        case TimelineEntry::Kind::Detected:
        case TimelineEntry::Kind::Reopened:
            return int(HealthLevel::Warning);
        case TimelineEntry::Kind::Resolved:
            return int(HealthLevel::Ok);
        default:
            break;
        }
    }
    if (role == ItemRoles::Sort && index.column() == Time)
        return e.at.toMSecsSinceEpoch();
    return {};
}

QVariant IncidentTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Event");
    case Who:
        return tr("Who");
    case Text:
        return tr("Details");
    default:
        break;
    }
    return {};
}
