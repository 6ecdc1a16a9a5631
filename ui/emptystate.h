#pragma once

#include <QWidget>

class QLabel;

// What a page shows when it has nothing to show yet: what it will show, and why there is nothing now.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    void setReason(const QString &reason);
    QString reason() const;

private:
    QLabel *m_reason;
};
