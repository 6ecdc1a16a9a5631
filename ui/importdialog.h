#pragma once

#include "config/inventoryimporter.h"

#include <QDialog>

class QListWidget;
class QLabel;
class QDialogButtonBox;

// Shows what an import found and what it would change in the network, so the operator reviews it before saving.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const NetworkConfig &current, const ImportResult &import, QWidget *parent = nullptr);

    // The network with the import merged in; valid whether or not the dialog was accepted.
    const NetworkConfig &merged() const { return m_merged; }
    QStringList changes() const { return m_changes; }

private:
    NetworkConfig m_merged;
    QStringList m_changes;
};
