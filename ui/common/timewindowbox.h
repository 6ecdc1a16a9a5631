#pragma once

#include <QComboBox>

// The windows the Blocks and Usage pages read their figures over, offered by the same chooser on both.
class TimeWindowBox : public QComboBox
{
    Q_OBJECT
public:
    enum Window { Last100Blocks, LastHour, Last24Hours, Last7Days };
    Q_ENUM(Window)

    explicit TimeWindowBox(Window initial, QWidget *parent = nullptr);

    Window window() const;
    void setWindow(Window window); // quietly: windowChosen is the user's choice only

    // The window's length; 0 for Last100Blocks, which counts blocks, not time.
    static qint64 seconds(Window window);

signals:
    void windowChosen(TimeWindowBox::Window window);
};
