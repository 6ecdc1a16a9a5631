#include "federationhealthwidget.h"

#include "itemmodels/federationhealthmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A pale background per state; the glyph and text in the cell carry the meaning, colour only helps.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString state = index.data(FederationHealthModel::StateRole).toString();
        QColor bg;
        if (state == u"ok"_s)
            bg = QColor(0xdc, 0xf0, 0xdc);
        else if (state == u"partial"_s || state == u"stale"_s)
            bg = QColor(0xff, 0xef, 0xc8);
        else if (state != u"unknown"_s)
            bg = QColor(0xf8, 0xd7, 0xd7);
        if (bg.isValid())
            painter->fillRect(option.rect, bg);
        QStyledItemDelegate::paint(painter, option, index);
    }
};

} // namespace

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
    m_table->setItemDelegate(new CellDelegate(m_table));
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

void FederationHealthWidget::configure(const NetworkConfig &network, FederationProbe *probe)
{
    m_model->configure(network.prometheus, network.institutions);
    m_model->setStaleAfterMs(qMax<qint64>(120000, 4LL * network.polling.prometheusMs));
    m_model->setProbe(probe);
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
