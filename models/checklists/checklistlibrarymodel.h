#pragma once

#include "checklistgit.h"
#include "checklistlibrary.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <QSet>

// The documents of the Operations Manual folder grouped by kind (runbooks, procedures, declarations, reviews), with
// their state: changed since the last Git commit, overdue declaration, invalid front matter.
class ChecklistLibraryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StateColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, IdRole, KindRole, ChangedRole, OverdueRole, InvalidRole };

    explicit ChecklistLibraryModel(QObject *parent = nullptr);

    void setLibrary(const ChecklistLibrary &library, const QDate &today);
    void setChanges(const QList<ChecklistChange> &changes);
    const ChecklistLibrary &library() const { return m_library; }
    QModelIndex indexOfPath(const QString &relativePath) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString kindText(const QString &kind); // translated group name

private:
    struct Group
    {
        QString kind;
        QList<int> entries;
    };
    void build();

    ChecklistLibrary m_library;
    QDate m_today;
    QList<Group> m_groups;
    QHash<QString, ChecklistChange::Kind> m_changed;
    QSet<QString> m_overdue;
};
