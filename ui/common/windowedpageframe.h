#pragma once

#include "timewindowbox.h"

#include <QStackedWidget>

class EmptyState;
class QHBoxLayout;
class QVBoxLayout;

// The frame of a page read over a time window (Blocks, Usage): an EmptyState while there is nothing to show, else the
// content under a bar that starts with the window chooser; the page adds its own controls to the bar and its content
// to contentLayout(). It fills the page it is made for.
class WindowedPageFrame : public QStackedWidget
{
    Q_OBJECT
public:
    WindowedPageFrame(const QString &title, const QString &explanation, TimeWindowBox::Window initial, QWidget *page);

    QWidget *content() const { return m_content; }
    QVBoxLayout *contentLayout() const { return m_layout; }
    QHBoxLayout *bar() const { return m_bar; }
    TimeWindowBox *windowBox() const { return m_windowBox; }
    EmptyState *emptyState() const { return m_empty; }

    void showEmpty(const QString &reason);
    void showContent();
    bool showsEmpty() const;

private:
    EmptyState *m_empty;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_bar;
    TimeWindowBox *m_windowBox;
};
