#pragma once

#include <QDateTime>
#include <QDialog>

#include <memory>

namespace Ui {
class ReportDialog;
}

// File → Committee report: the period and the file (.pdf or .md). Only chooses; MainWindow::writeReport writes.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `heldFrom`-`heldTo`: what the data covers, offered as the period and said beside it.
    ReportDialog(const QDateTime &heldFrom, const QDateTime &heldTo, const QString &path, QWidget *parent = nullptr);
    ~ReportDialog() override;

    QDateTime from() const; // UTC
    QDateTime to() const;
    QString filePath() const;
    void setPeriod(const QDateTime &from, const QDateTime &to);
    void setFilePath(const QString &path);

private:
    void updateEnabled();

    std::unique_ptr<Ui::ReportDialog> m_ui;
};
