// The application follows the locale in both languages it ships: the main window's page titles and status bar, and
// sentinela-cli's messages for people (its JSON never changes with the locale).

#include "core/translations.h"
#include "incidents/incidentbook.h"
#include "mainwindow.h"
#include "monitor/monitor.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestLocales : public QObject
{
    Q_OBJECT
private slots:
    void window_data();
    void window();
    void cli_data();
    void cli();
};

void TestLocales::window_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("statusText");
    QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil)
                           << QStringList {u"Visão geral"_s, u"Validadores"_s, u"Blocos"_s, u"Topologia"_s,
                                  u"Incidentes"_s, u"Manual de Operações"_s, u"Uso"_s}
                           << u"Nenhum incidente aberto"_s;
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates)
                        << QStringList {u"Overview"_s, u"Validators"_s, u"Blocks"_s, u"Topology"_s, u"Incidents"_s,
                               u"Operations Manual"_s, u"Usage"_s}
                        << u"No open incident"_s;
}

void TestLocales::window()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, titles);
    QFETCH(QString, statusText);
    const QList<QTranslator *> translators = installTranslators(*qApp, locale);
    if (locale.language() == QLocale::Portuguese)
        QVERIFY2(!translators.isEmpty(), "the pt_BR catalogue is not in the resources");
    {
        Monitor monitor;
        IncidentBook book(monitor.clock());
        MainWindow window(&monitor, &book);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList shown;
        for (int i = 0; i < window.pages()->count(); ++i)
            shown << window.pages()->tabText(i);
        QCOMPARE(shown.mid(0, titles.size()), titles);
        QStringList status;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            status << label->text();
        QVERIFY2(status.contains(statusText), qPrintable(status.join(u" | "_s)));
    }
    for (QTranslator *translator : translators)
        QCoreApplication::removeTranslator(translator);
    qDeleteAll(translators);
}

void TestLocales::cli_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("missingFile");
    QTest::newRow("pt_BR") << u"pt_BR.UTF-8"_s << u"Uso:"_s << u"perfil inválido"_s;
    QTest::newRow("en") << u"C"_s << u"Usage:"_s << u"invalid profile"_s;
}

void TestLocales::cli()
{
    QFETCH(QString, lang);
    QFETCH(QString, usage);
    QFETCH(QString, missingFile);
    const QString cli = QStringLiteral(SENTINELA_BINARY_DIR) + u"/app/sentinela-cli"_s;
    auto run = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"LANGUAGE"_s);
        env.insert(u"LC_ALL"_s, lang);
        env.insert(u"LANG"_s, lang);
        process.setProcessEnvironment(env);
        process.start(cli, arguments);
        if (!process.waitForFinished(30000))
            return QString();
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    };
    const QString help = run({u"--help"_s});
    QVERIFY2(help.startsWith(usage), qPrintable(help.left(200)));
    const QString invalid = run({u"validate-config"_s, u"/nonexistent/profile.yaml"_s});
    QVERIFY2(invalid.contains(missingFile), qPrintable(invalid));
    // JSON stays English whatever the locale: its texts are for machines and logs.
    const QString json = run({u"incidents"_s, u"--db"_s, u"/nonexistent/incidents.sqlite"_s, u"--json"_s});
    QVERIFY2(!json.contains(u"inexistente"_s), qPrintable(json));
}

QTEST_MAIN(TestLocales)
#include "tst_locales.moc"
