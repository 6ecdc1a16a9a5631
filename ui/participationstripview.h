#pragma once

#include <QAbstractScrollArea>
#include <QPointer>

#include "itemmodels/participationstripmodel.h"

// Validators (rows) x blocks (columns, newest on the right), custom painted from a ParticipationStripModel: each
// cell's shape and colour say proposed / signed / did not sign / round change on its turn. Scrolls back through the
// history held in memory; while scrolled to the newest block it follows new blocks. Hovering a cell shows the
// block's details; clicking a row selects that validator.
class ParticipationStripView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit ParticipationStripView(QWidget *parent = nullptr);

    void setModel(ParticipationStripModel *model);
    ParticipationStripModel *model() const { return m_model; }

    void setSelectedRow(int row);
    int selectedRow() const { return m_selectedRow; }
    int cellWidth() const { return m_cellWidth; }
    // The cell at a viewport position: {row, column}, -1 when outside.
    std::pair<int, int> cellAt(const QPoint &pos) const;
    QSize sizeHint() const override;

signals:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateScrollBars();
    int labelWidth() const;
    int rowHeight() const;
    int headerHeight() const;
    int visibleColumns() const;
    // The column drawn at the left edge of the cell area.
    int firstColumn() const;

    QPointer<ParticipationStripModel> m_model;
    int m_cellWidth = 10;
    int m_selectedRow = -1;
    bool m_followLive = true;
};
