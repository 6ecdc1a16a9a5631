#include "nodetableview.h"

#include "analysis/health.h"
#include "common/healthdelegate.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

NodeTableView::NodeTableView(QAbstractItemModel *model, QWidget *parent)
    : QTableView(parent)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ItemRoles::Sort);
    setModel(m_proxy);
    setItemDelegate(new HealthDelegate(this));
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
