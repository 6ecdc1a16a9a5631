#include "emptystate.h"

#include <QEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

EmptyState::EmptyState(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);

    auto *canvas = new QWidget(scroll);
    m_rows = new QVBoxLayout(canvas);
    m_rows->setSpacing(12);
    // A readable line length: the side margins (see fitText) keep the text within ~90 characters.
    m_textWidth = fontMetrics().averageCharWidth() * 90;
    m_title = wrappingLabel(title, canvas);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_explanation = wrappingLabel(explanation, canvas);
    m_reason = wrappingLabel(QString(), canvas);
    QPalette pal = m_reason->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_reason->setPalette(pal);
    m_reason->hide();
    m_rows->addStretch(1);
    m_rows->addWidget(m_title);
    m_rows->addWidget(m_explanation);
    m_rows->addWidget(m_reason);
    m_rows->addStretch(2);
    scroll->setWidget(canvas);
}

void EmptyState::resizeEvent(QResizeEvent *event)
{
    fitText(event->size().width());
    QWidget::resizeEvent(event);
}

// A larger font (the kiosk's wall type) widens the column with it: 90 characters either way.
void EmptyState::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_rows && m_reason) {
        m_textWidth = fontMetrics().averageCharWidth() * 90;
        fitText(width());
    }
}

// Centred text at most m_textWidth wide. Each label gets the height its text needs at that width: a QLabel's size
// hint guesses its width, and the layout would hand out that guess instead (too tall for a wide column, leaving gaps;
// too short for a narrow one, clipping the text). The width assumes the vertical scroll bar is shown, so the labels
// are never narrower than measured.
void EmptyState::fitText(int pageWidth)
{
    const int available = pageWidth - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int side = std::max(24, (available - m_textWidth) / 2);
    m_rows->setContentsMargins(side, 24, side, 24);
    const int textWidth = std::max(1, available - 2 * side);
    for (QLabel *label : labels()) {
        // QLabel's heightForWidth never answers less than its minimum height: drop the previous fit first.
        label->setMinimumHeight(0);
        label->setMaximumHeight(QWIDGETSIZE_MAX);
        label->setFixedHeight(label->text().isEmpty() ? 0 : label->heightForWidth(textWidth));
    }
}

void EmptyState::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    fitText(width());
}

QString EmptyState::reason() const
{
    return m_reason->text();
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::explanation() const
{
    return m_explanation->text();
}

QList<QLabel *> EmptyState::labels() const
{
    return {m_title, m_explanation, m_reason};
}
