#include "windowedpageframe.h"

#include "emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

WindowedPageFrame::WindowedPageFrame(
    const QString &title, const QString &explanation, TimeWindowBox::Window initial, QWidget *page)
    : QStackedWidget(page)
    , m_empty(new EmptyState(title, explanation, this))
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_bar(new QHBoxLayout)
    , m_windowBox(new TimeWindowBox(initial, m_content))
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(this);
    addWidget(m_empty);
    addWidget(m_content);
    m_bar->addWidget(new QLabel(tr("Window:"), m_content));
    m_bar->addWidget(m_windowBox);
    m_layout->addLayout(m_bar);
}

void WindowedPageFrame::showEmpty(const QString &reason)
{
    m_empty->setReason(reason);
    setCurrentWidget(m_empty);
}

void WindowedPageFrame::showContent()
{
    setCurrentWidget(m_content);
}

bool WindowedPageFrame::showsEmpty() const
{
    return currentWidget() == m_empty;
}
