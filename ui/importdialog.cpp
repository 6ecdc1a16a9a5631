#include "importdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ImportDialog::ImportDialog(const NetworkConfig &current, const ImportResult &import, QWidget *parent)
    : QDialog(parent)
    , m_merged(current)
{
    setWindowTitle(tr("Review the import"));
    resize(640, 480);
    auto *layout = new QVBoxLayout(this);

    if (import.ok())
        m_changes = InventoryImporter::merge(m_merged, import);

    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    if (!import.ok())
        summary->setText(tr("Nothing can be imported from this file:"));
    else if (m_changes.isEmpty())
        summary->setText(tr("The file adds nothing new to %1.").arg(current.displayName));
    else
        summary->setText(tr("Found: %1.\nThese changes will be made to %2:")
                             .arg(import.found.join(QStringLiteral(", ")), current.displayName));
    layout->addWidget(summary);

    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("changes"));
    for (const QString &change : std::as_const(m_changes))
        list->addItem(change);
    for (const ConfigMessage &m : import.messages) {
        auto *item = new QListWidgetItem(m.toString(), list);
        item->setIcon(
            style()->standardIcon(m.severity == ConfigMessage::Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                               : QStyle::SP_MessageBoxWarning));
    }
    layout->addWidget(list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save profile as…"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(import.ok() && !m_changes.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
