#pragma once

#include <QTableView>

class QAbstractItemModel;
class QSortFilterProxyModel;

// A sortable table over the node or recent-blocks model (sorting on ItemRoles::Sort) with the health tint.
class NodeTableView : public QTableView
{
    Q_OBJECT
public:
    explicit NodeTableView(QAbstractItemModel *model, QWidget *parent = nullptr);

    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    QSortFilterProxyModel *m_proxy;
};
