#include "emptystate.h"

#include <QLabel>
#include <QVBoxLayout>

EmptyState::EmptyState(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_reason(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *titleLabel = new QLabel(title, this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(titleLabel);

    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(720);
    layout->addWidget(text, 0, Qt::AlignHCenter);

    m_reason->setWordWrap(true);
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setMaximumWidth(720);
    QPalette pal = m_reason->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_reason->setPalette(pal);
    layout->addWidget(m_reason, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void EmptyState::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString EmptyState::reason() const
{
    return m_reason->text();
}
