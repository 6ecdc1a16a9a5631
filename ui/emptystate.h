#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

// What a page shows when it has nothing to show yet: what it will show, and why there is nothing now. The text is a
// centred column that wraps to the page's width and scrolls when the page is too short for it.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    void setReason(const QString &reason);
    QString reason() const;
    QString title() const;
    QString explanation() const;

    // The title, explanation and reason labels, for layout tests.
    QList<QLabel *> labels() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitText(int pageWidth);

    QVBoxLayout *m_rows = nullptr;
    int m_textWidth = 0;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_reason = nullptr;
};
