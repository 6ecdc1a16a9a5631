#pragma once

#include "incidents/incident.h"

#include <QAbstractTableModel>
#include <QPointer>

class ChecklistDocument;
class IncidentBook;

// A run's steps copied from the document when it starts, so that later edits of the template never change a run
// (and a run never writes into the template).
ChecklistRun checklistRunFor(const ChecklistDocument &document, const QString &relativePath, const QString &incidentUid,
    const QString &user, const QString &institution);

// The steps of one checklist run held by the incident book: tick a step (who and when are recorded) and note it.
class ChecklistRunModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, DoneByColumn, DoneAtColumn, NoteColumn, ColumnCount };

    explicit ChecklistRunModel(QObject *parent = nullptr);

    void setBook(IncidentBook *book, const QString &user); // not owned
    void setRun(const QString &runUid); // empty: none
    QString runUid() const { return m_runUid; }
    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    const ChecklistRun *run() const;
    void reload();

    QPointer<IncidentBook> m_book;
    QString m_user;
    QString m_runUid;
    QList<RunStep> m_steps;
    bool m_readOnly = false;
};
