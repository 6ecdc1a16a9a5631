#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale)
{
    QList<QTranslator *> installed;
    const std::pair<QString, QString> catalogues[] = {
        {u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)}, {u"sentinela"_s, u":/i18n"_s}};
    for (const auto &[name, folder] : catalogues) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, u"_"_s, folder)) {
            QCoreApplication::installTranslator(translator);
            installed << translator;
        } else {
            delete translator;
        }
    }
    return installed;
}
