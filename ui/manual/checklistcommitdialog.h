#pragma once

#include "checklists/checklistgit.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChecklistCommitDialog;
}

// Which changed documents to commit, and the message.
class ChecklistCommitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChecklistCommitDialog(const QList<ChecklistChange> &changes, QWidget *parent = nullptr);
    ~ChecklistCommitDialog() override;

    QStringList paths() const; // the checked ones, relative to the folder
    QString message() const;

    static QString changeText(ChecklistChange::Kind kind); // "new", "changed", ...

private:
    void updateOk();

    std::unique_ptr<Ui::ChecklistCommitDialog> m_ui;
};
