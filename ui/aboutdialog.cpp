#include "aboutdialog.h"
#include "ui_aboutdialog.h"

#include <QtGlobal>

#include <cryptopp/config_ver.h>
#include <nlohmann/json.hpp>
#include <spdlog/version.h>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->title->setText(u"<h2>Sentinela %1</h2>"_s.arg(QStringLiteral(SENTINELA_VERSION)));
    for (const auto &[name, version] : libraryVersions())
        m_ui->versions->addTopLevelItem(new QTreeWidgetItem({name, version}));
    m_ui->versions->resizeColumnToContents(0);
}

AboutDialog::~AboutDialog() = default;

QList<QPair<QString, QString>> AboutDialog::libraryVersions()
{
    return {
        {u"Qt"_s, tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {u"nlohmann/json"_s,
            u"%1.%2.%3"_s.arg(NLOHMANN_JSON_VERSION_MAJOR)
                .arg(NLOHMANN_JSON_VERSION_MINOR)
                .arg(NLOHMANN_JSON_VERSION_PATCH)},
        {u"spdlog"_s, u"%1.%2.%3"_s.arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH)},
        {u"yaml-cpp"_s, QStringLiteral(SENTINELA_YAMLCPP_VERSION)},
        {u"libsecp256k1"_s, QStringLiteral(SENTINELA_SECP256K1_VERSION)},
        {u"Crypto++"_s, u"%1.%2.%3"_s.arg(CRYPTOPP_MAJOR).arg(CRYPTOPP_MINOR).arg(CRYPTOPP_REVISION)},
    };
}
