#include "commandline.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(u"sentinela"_s);
        QCoreApplication::setApplicationVersion(u"9.9.9"_s);
    }

    void gui_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode"); // -1: parsed
        QTest::addColumn<QString>("expect");

        QTest::newRow("defaults") << QStringList {} << -1 << QString();
        QTest::newRow("all") << QStringList {u"--config"_s, u"a.yaml"_s, u"--network"_s, u"rbb-lab"_s, u"--kiosk"_s,
            u"--open"_s, u"s.snap"_s, u"--log-level"_s, u"debug"_s}
                             << -1 << QString();
        QTest::newRow("help") << QStringList {u"--help"_s} << 0 << u"--kiosk"_s;
        QTest::newRow("version") << QStringList {u"--version"_s} << 0 << u"9.9.9"_s;
        QTest::newRow("bad level") << QStringList {u"--log-level"_s, u"loud"_s} << 2 << u"Unknown log level"_s;
        QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << 2 << u"frobnicate"_s;
        QTest::newRow("stray argument") << QStringList {u"file.yaml"_s} << 2 << u"Unexpected argument"_s;
    }

    void gui()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expect);
        args.prepend(u"sentinela"_s);
        const auto parsed = parseGuiCommandLine(args);
        if (exitCode < 0) {
            QVERIFY(std::holds_alternative<GuiOptions>(parsed));
            const auto &o = std::get<GuiOptions>(parsed);
            if (args.size() > 1) {
                QCOMPARE(o.configFile, u"a.yaml"_s);
                QCOMPARE(o.network, u"rbb-lab"_s);
                QVERIFY(o.kiosk);
                QCOMPARE(o.snapshotFile, u"s.snap"_s);
                QCOMPARE(o.logLevel, Logging::Level::Debug);
            } else {
                QVERIFY(o.configFile.isEmpty());
                QVERIFY(!o.kiosk);
                QCOMPARE(o.logLevel, Logging::Level::Info);
            }
            return;
        }
        QVERIFY(std::holds_alternative<ParseFailure>(parsed));
        const auto &f = std::get<ParseFailure>(parsed);
        QCOMPARE(f.exitCode, exitCode);
        QVERIFY2(f.text.contains(expect), qPrintable(f.text));
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expect"); // the command when parsed, else a part of the message

        QTest::newRow("validate") << QStringList {u"validate-config"_s, u"p.yaml"_s} << -1 << u"validate-config"_s;
        QTest::newRow("validate without file") << QStringList {u"validate-config"_s} << 2 << u"exactly one FILE"_s;
        QTest::newRow("status") << QStringList {u"status"_s, u"--config"_s, u"p.yaml"_s, u"--json"_s} << -1
                                << u"status"_s;
        // Nagios reads 2 as CRITICAL: a broken status command line is UNKNOWN (3).
        QTest::newRow("status without config") << QStringList {u"status"_s} << 3 << u"--config FILE"_s;
        QTest::newRow("status, unknown option") << QStringList {u"status"_s, u"--frobnicate"_s} << 3 << u"frobnicate"_s;
        QTest::newRow("decode stdin") << QStringList {u"decode-block"_s} << -1 << u"decode-block"_s;
        QTest::newRow("decode two files") << QStringList {u"decode-block"_s, u"a"_s, u"b"_s} << 2 << u"at most one"_s;
        QTest::newRow("checklists") << QStringList {u"checklists"_s, u"--dir"_s, u"manual"_s} << -1 << u"checklists"_s;
        QTest::newRow("checklists positional") << QStringList {u"checklists"_s, u"manual"_s} << -1 << u"checklists"_s;
        QTest::newRow("checklists without dir") << QStringList {u"checklists"_s} << 2 << u"--dir DIR"_s;
        QTest::newRow("help lists checklists") << QStringList {u"--help"_s} << 0 << u"checklists --dir DIR"_s;
        QTest::newRow("rules") << QStringList {u"rules"_s, u"--config"_s, u"p.yaml"_s, u"--out"_s, u"r.yml"_s} << -1
                               << u"rules"_s;
        QTest::newRow("rules without config") << QStringList {u"rules"_s} << 2 << u"rules expects --config FILE"_s;
        QTest::newRow("help lists rules") << QStringList {u"--help"_s} << 0 << u"rules --config FILE"_s;
        QTest::newRow("no command") << QStringList {} << 2 << u"No command"_s;
        QTest::newRow("unknown command") << QStringList {u"explode"_s} << 2 << u"Unknown command"_s;
        QTest::newRow("help lists commands") << QStringList {u"--help"_s} << 0 << u"validate-config FILE"_s;
        QTest::newRow("bad timeout") << QStringList {u"status"_s, u"--config"_s, u"p"_s, u"--timeout"_s, u"soon"_s} << 3
                                     << u"--timeout"_s;
    }

    void cli()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expect);
        args.prepend(u"sentinela-cli"_s);
        const auto parsed = parseCliCommandLine(args);
        if (exitCode < 0) {
            QVERIFY(std::holds_alternative<CliOptions>(parsed));
            const auto &o = std::get<CliOptions>(parsed);
            QCOMPARE(o.command, expect);
            if (o.command == u"checklists"_s)
                QCOMPARE(o.checklistsDir, u"manual"_s);
            if (o.command == u"status"_s) {
                QCOMPARE(o.configFile, u"p.yaml"_s);
                QVERIFY(o.json);
            }
            if (o.command == u"rules"_s) {
                QCOMPARE(o.configFile, u"p.yaml"_s);
                QCOMPARE(o.outFile, u"r.yml"_s);
            }
            return;
        }
        QVERIFY(std::holds_alternative<ParseFailure>(parsed));
        const auto &f = std::get<ParseFailure>(parsed);
        QCOMPARE(f.exitCode, exitCode);
        QVERIFY2(f.text.contains(expect), qPrintable(f.text));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
