#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

class QAbstractItemModel;
class QSortFilterProxyModel;

// Tints a cell by its ItemRoles::Severity (warning amber, critical red, unknown grey). The models already put a
// marker (⚠ ✖ ?) and words in the text, so the colour only repeats what the text says.
class SeverityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// A sortable table over the node or recent-blocks model (sorting on ItemRoles::Sort) with the severity tint.
class NodeTableView : public QTableView
{
    Q_OBJECT
public:
    explicit NodeTableView(QAbstractItemModel *model, QWidget *parent = nullptr);

    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    QSortFilterProxyModel *m_proxy;
};
