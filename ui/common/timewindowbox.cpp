#include "timewindowbox.h"

#include <QSignalBlocker>

TimeWindowBox::TimeWindowBox(Window initial, QWidget *parent)
    : QComboBox(parent)
{
    addItem(tr("Last 100 blocks"), Last100Blocks);
    addItem(tr("Last hour"), LastHour);
    addItem(tr("Last 24 hours"), Last24Hours);
    addItem(tr("Last 7 days"), Last7Days);
    setWindow(initial);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit windowChosen(window()); });
}

TimeWindowBox::Window TimeWindowBox::window() const
{
    return static_cast<Window>(currentData().toInt());
}

void TimeWindowBox::setWindow(Window window)
{
    const QSignalBlocker quiet(this);
    setCurrentIndex(findData(window));
}

qint64 TimeWindowBox::seconds(Window window)
{
    switch (window) {
    case Last100Blocks:
        break;
    case LastHour:
        return 3600;
    case Last24Hours:
        return 24 * 3600;
    case Last7Days:
        return 7 * 24 * 3600;
    }
    return 0;
}
