#include "checklistcommitdialog.h"

#include "ui_checklistcommitdialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

ChecklistCommitDialog::ChecklistCommitDialog(const QList<ChecklistChange> &changes, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChecklistCommitDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Commit"));
    for (const ChecklistChange &c : changes) {
        auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(c.path, changeText(c.kind)), m_ui->files);
        item->setData(Qt::UserRole, c.path);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_ui->message->setPlaceholderText(tr("What changed and why, e.g. \"Chain halted runbook: who restarts first\""));
    connect(m_ui->message, &QPlainTextEdit::textChanged, this, &ChecklistCommitDialog::updateOk);
    connect(m_ui->files, &QListWidget::itemChanged, this, &ChecklistCommitDialog::updateOk);
    updateOk();
}

ChecklistCommitDialog::~ChecklistCommitDialog() = default;

QString ChecklistCommitDialog::changeText(ChecklistChange::Kind kind)
{
    switch (kind) {
    case ChecklistChange::Kind::Added:
        return tr("new");
    case ChecklistChange::Kind::Modified:
        return tr("changed");
    case ChecklistChange::Kind::Deleted:
        return tr("deleted");
    case ChecklistChange::Kind::Renamed:
        return tr("renamed");
    }
    return {};
}

QStringList ChecklistCommitDialog::paths() const
{
    QStringList out;
    for (int i = 0; i < m_ui->files->count(); ++i) {
        if (m_ui->files->item(i)->checkState() == Qt::Checked)
            out.append(m_ui->files->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

QString ChecklistCommitDialog::message() const
{
    return m_ui->message->toPlainText().trimmed();
}

void ChecklistCommitDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!paths().isEmpty() && !message().isEmpty());
}
