#pragma once

#include "incidents/incident.h"
#include "snapshots/snapshotwriter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportSnapshotDialog;
}

// File → Export snapshot: the current state or one incident (its detection less the window), the history window, an
// optional Ed25519 signing key (PEM, the institution's) and the file. Only chooses; MainWindow::exportSnapshot writes.
class ExportSnapshotDialog : public QDialog
{
    Q_OBJECT
public:
    // `incidents` newest first is how they are offered; `path` the suggested file.
    ExportSnapshotDialog(const QList<Incident> &incidents, const QString &path, QWidget *parent = nullptr);
    ~ExportSnapshotDialog() override;

    // Pre-selects an incident (by uid); unknown uids leave the current state chosen.
    void selectIncident(const QString &uid);
    void setWindowMinutes(int minutes);
    void setKeyFile(const QString &path);
    void setFilePath(const QString &path);

    SnapshotOptions options() const; // window and incident; the key is read by the exporter, off the GUI thread
    QString keyFile() const;
    QString filePath() const;

private:
    void updateEnabled();

    std::unique_ptr<Ui::ExportSnapshotDialog> m_ui;
};
