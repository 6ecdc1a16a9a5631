#include "participationstripview.h"

#include "itemmodels/participationstripmodel.h"
#include "participationstrippalette.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

using Cell = ParticipationStripModel::Cell;

ParticipationStripView::ParticipationStripView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Participation strip"));
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this,
        [this](int value) { m_followLive = value >= horizontalScrollBar()->maximum(); });
}

void ParticipationStripView::setModel(ParticipationStripModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        const auto changed = [this] {
            updateScrollBars();
            viewport()->update();
        };
        connect(model, &QAbstractItemModel::columnsInserted, this, changed);
        connect(model, &QAbstractItemModel::columnsRemoved, this, changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    }
    updateScrollBars();
    viewport()->update();
}

void ParticipationStripView::setSelectedRow(int row)
{
    if (m_selectedRow == row)
        return;
    m_selectedRow = row;
    viewport()->update();
}

int ParticipationStripView::labelWidth() const
{
    int width = fontMetrics().horizontalAdvance(QStringLiteral("validator00"));
    if (m_model) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            width = qMax(width, fontMetrics().horizontalAdvance(m_model->headerData(r, Qt::Vertical).toString()));
    }
    return width + 16;
}

int ParticipationStripView::rowHeight() const
{
    return fontMetrics().height() + 6;
}

int ParticipationStripView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int ParticipationStripView::visibleColumns() const
{
    return qMax(1, (viewport()->width() - labelWidth()) / m_cellWidth);
}

int ParticipationStripView::firstColumn() const
{
    return horizontalScrollBar()->value();
}

QSize ParticipationStripView::sizeHint() const
{
    const int rows = m_model ? qMax(4, m_model->rowCount()) : 8;
    return {800, headerHeight() + rows * rowHeight() + horizontalScrollBar()->sizeHint().height() + 4};
}

void ParticipationStripView::updateScrollBars()
{
    const int columns = m_model ? m_model->columnCount() : 0;
    const int visible = visibleColumns();
    QScrollBar *h = horizontalScrollBar();
    const bool follow = m_followLive;
    h->setRange(0, qMax(0, columns - visible));
    h->setPageStep(visible);
    h->setSingleStep(1);
    if (follow)
        h->setValue(h->maximum());
    m_followLive = follow || h->value() >= h->maximum();
    const int rows = m_model ? m_model->rowCount() : 0;
    const int visibleRows = qMax(1, (viewport()->height() - headerHeight()) / rowHeight());
    verticalScrollBar()->setRange(0, qMax(0, rows - visibleRows));
    verticalScrollBar()->setPageStep(visibleRows);
}

void ParticipationStripView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ParticipationStripView::scrollContentsBy(int, int)
{
    viewport()->update();
}

std::pair<int, int> ParticipationStripView::cellAt(const QPoint &pos) const
{
    if (!m_model || pos.y() < headerHeight())
        return {-1, -1};
    const int row = (pos.y() - headerHeight()) / rowHeight() + verticalScrollBar()->value();
    if (row >= m_model->rowCount())
        return {-1, -1};
    if (pos.x() < labelWidth())
        return {row, -1};
    const int column = firstColumn() + (pos.x() - labelWidth()) / m_cellWidth;
    return {row, column < m_model->columnCount() ? column : -1};
}

void ParticipationStripView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int label = labelWidth();
    const int header = headerHeight();
    const int rh = rowHeight();
    if (!m_model || m_model->columnCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No analysed blocks yet"));
        return;
    }
    const int first = firstColumn();
    const int count = qMin(visibleColumns(), m_model->columnCount() - first);
    const int firstRow = verticalScrollBar()->value();
    const QLocale locale;

    // Header: block numbers every ~120 px, with a tick.
    p.setPen(pal.color(QPalette::Text));
    const int labelEvery = qMax(1, 120 / m_cellWidth);
    for (int i = 0; i < count; ++i) {
        const int column = first + i;
        const quint64 number = m_model->blockAt(column);
        if (number % quint64(labelEvery) != 0)
            continue;
        const int x = label + i * m_cellWidth;
        p.drawLine(x, header - 4, x, header);
        p.drawText(QRect(x - 60, 0, 120, header - 4), Qt::AlignCenter, locale.toString(number));
    }

    for (int r = firstRow; r < m_model->rowCount(); ++r) {
        const int y = header + (r - firstRow) * rh;
        if (y > viewport()->height())
            break;
        const QRect rowRect(0, y, viewport()->width(), rh);
        if (r == m_selectedRow)
            p.fillRect(rowRect, pal.color(QPalette::Highlight).lighter(170));
        else if (r % 2 == 1)
            p.fillRect(rowRect, pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(6, y, label - 10, rh), Qt::AlignVCenter | Qt::AlignLeft,
            m_model->headerData(r, Qt::Vertical).toString());
        for (int i = 0; i < count; ++i) {
            const QRectF cell(label + i * m_cellWidth, y + 2, m_cellWidth, rh - 4);
            p.save();
            StripPalette::paintCell(&p, cell, m_model->cell(r, first + i));
            p.restore();
        }
    }
}

bool ParticipationStripView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [row, column] = cellAt(help->pos());
        QString text;
        if (row >= 0 && column >= 0)
            text = m_model->index(row, column).data(Qt::ToolTipRole).toString();
        else if (row >= 0)
            text = m_model->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ParticipationStripView::mousePressEvent(QMouseEvent *event)
{
    const auto [row, column] = cellAt(event->position().toPoint());
    Q_UNUSED(column)
    if (row >= 0) {
        setSelectedRow(row);
        emit rowClicked(row);
    }
    QAbstractScrollArea::mousePressEvent(event);
}
