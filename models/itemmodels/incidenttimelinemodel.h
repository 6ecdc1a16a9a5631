#pragma once

#include "incidents/incident.h"

#include <QAbstractTableModel>
#include <QPointer>

class IncidentBook;

// One incident's timeline (state changes, evidence, notes, checklist steps, notifications), oldest first.
class IncidentTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Who, Text, ColumnCount };

    explicit IncidentTimelineModel(IncidentBook *book, QObject *parent = nullptr);

    void setIncident(const QString &uid); // empty: no rows
    QString incident() const { return m_uid; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(TimelineEntry::Kind kind); // translated

private:
    void reload();

    QPointer<IncidentBook> m_book;
    QString m_uid;
    QList<TimelineEntry> m_entries;
};
