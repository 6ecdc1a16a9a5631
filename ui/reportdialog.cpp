#include "reportdialog.h"
#include "ui_reportdialog.h"

#include "reports/reportwriter.h"

#include <QFileDialog>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

ReportDialog::ReportDialog(const QDateTime &heldFrom, const QDateTime &heldTo, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportDialog>())
{
    m_ui->setupUi(this);
    const QLocale locale;
    m_ui->from->setDisplayFormat(locale.dateTimeFormat(QLocale::ShortFormat));
    m_ui->to->setDisplayFormat(locale.dateTimeFormat(QLocale::ShortFormat));
    setPeriod(heldFrom, heldTo);
    m_ui->coverage->setText(heldFrom.isValid() && heldTo.isValid()
            ? tr("The data held covers %1 to %2; outside it the report says the history is partial.")
                  .arg(locale.toString(heldFrom.toLocalTime(), QLocale::ShortFormat),
                      locale.toString(heldTo.toLocalTime(), QLocale::ShortFormat))
            : tr("No block is held yet: the report will say so."));
    m_ui->filePath->setText(path);
    connect(m_ui->filePath, &QLineEdit::textChanged, this, &ReportDialog::updateEnabled);
    connect(m_ui->from, &QDateTimeEdit::dateTimeChanged, this, &ReportDialog::updateEnabled);
    connect(m_ui->to, &QDateTimeEdit::dateTimeChanged, this, &ReportDialog::updateEnabled);
    connect(m_ui->fileBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Committee report"), m_ui->filePath->text(),
            tr("PDF (*.pdf);;Markdown (*.md)"));
        if (!file.isEmpty())
            m_ui->filePath->setText(file);
    });
    updateEnabled();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::updateEnabled()
{
    const bool ok = ReportWriter::formatOf(filePath()).has_value() && from() < to();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QDateTime ReportDialog::from() const
{
    return m_ui->from->dateTime().toUTC();
}

QDateTime ReportDialog::to() const
{
    return m_ui->to->dateTime().toUTC();
}

QString ReportDialog::filePath() const
{
    return m_ui->filePath->text().trimmed();
}

void ReportDialog::setPeriod(const QDateTime &from, const QDateTime &to)
{
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->from->setDateTime(from.isValid() ? from.toLocalTime() : now.addDays(-1));
    m_ui->to->setDateTime(to.isValid() ? to.toLocalTime() : now);
}

void ReportDialog::setFilePath(const QString &path)
{
    m_ui->filePath->setText(path);
}
