#include "federationhealthwidget.h"

#include "common/healthdelegate.h"
#include "itemmodels/federationhealthmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;


FederationHealthWidget::FederationHealthWidget(Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new FederationHealthModel(clock, this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_ageTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Prometheus federation</b> \u2014 does each level-2 endpoint (row) hold fresh "
                                "data of each institution's level 1 (column)?"),
        this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HealthDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    connect(m_ageTimer, &QTimer::timeout, m_model, &FederationHealthModel::refresh);
    m_ageTimer->start(5000);
    updateEmpty();
}

void FederationHealthWidget::configure(const NetworkConfig &network, NetworkState *state)
{
    m_model->configure(network.prometheus, network.institutions);
    // The same limit that turns a figure unknown and that drives the failover.
    m_model->setStaleAfterMs(qint64(staleAfterSeconds(network) * 1000.0));
    m_model->setState(state);
    updateEmpty();
}

void FederationHealthWidget::updateEmpty()
{
    QString reason;
    if (m_model->rowCount() == 0)
        reason = tr("No level-2 Prometheus endpoint is configured for this network.");
    else if (m_model->columnCount() == 0)
        reason = tr("No institution is configured for this network.");
    m_empty->setText(reason);
    m_empty->setVisible(!reason.isEmpty());
    m_table->setVisible(reason.isEmpty());
}
