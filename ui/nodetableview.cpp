#include "nodetableview.h"

#include "itemmodels/nodehealth.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

void SeverityDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant v = index.data(ItemRoles::Severity);
    if (!v.isValid())
        return;
    switch (static_cast<Severity>(v.toInt())) {
    case Severity::Warning:
        option->backgroundBrush = QColor(255, 213, 79, 110);
        break;
    case Severity::Critical:
        option->backgroundBrush = QColor(229, 57, 53, 90);
        break;
    case Severity::Unknown:
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        break;
    case Severity::Ok:
        break;
    }
}

NodeTableView::NodeTableView(QAbstractItemModel *model, QWidget *parent)
    : QTableView(parent)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ItemRoles::Sort);
    setModel(m_proxy);
    setItemDelegate(new SeverityDelegate(this));
    setSortingEnabled(true);
    // Keep the model's own order (inventory order, newest block first) until the user clicks a header.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}
