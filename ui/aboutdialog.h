#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // Name and version of every library this build uses, as shown in the dialog.
    static QList<QPair<QString, QString>> libraryVersions();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
