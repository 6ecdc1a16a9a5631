// The Operations Manual folder: the shipped templates (a runbook per incident rule), overdue declarations, the
// folder checks behind `sentinela-cli checklists`, and the profile's `checklists:` section.
#include "checklists/checklistlibrary.h"
#include "checklists/checklistscommand.h"
#include "config/inventoryloader.h"
#include "incidents/incident.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

using Files = QList<QPair<QString, QByteArray>>;
const QString Shipped = u"" SENTINELA_SOURCE_DIR "/resources/checklists"_s;

} // namespace

class TestChecklistLibrary : public QObject
{
    Q_OBJECT

private slots:
    void shippedTemplates()
    {
        ChecklistLibrary library(Shipped);
        QVERIFY(library.lastError().isEmpty());
        QCOMPARE(library.entries().size(), 11);
        const ConfigMessages messages = library.validate();
        for (const ConfigMessage &m : messages)
            qWarning() << m.toString();
        QVERIFY(messages.isEmpty());
        // A runbook for every rule the issue names.
        for (const char *rule :
            {Rules::ChainHalted, Rules::QuorumLost, Rules::ValidatorDown, Rules::ValidatorOutOfConsensus,
                Rules::NodeDisconnected, Rules::PermissioningOff, Rules::MonitoringBlind}) {
            const ChecklistEntry *e = library.runbookForRule(QLatin1String(rule));
            QVERIFY2(e, rule);
            QCOMPARE(e->frontMatter.kind, u"runbook"_s);
        }
        QVERIFY(!library.runbookForRule(u"no-such-rule"_s));
        QStringList kinds;
        for (const ChecklistEntry &e : library.entries())
            kinds.append(e.frontMatter.kind);
        for (const QString &k : checklistKinds())
            QVERIFY2(kinds.contains(k), qPrintable(k));
        // In a development build the templates are found in the source tree.
        QVERIFY(!ChecklistLibrary::shippedFolder().isEmpty());
        QVERIFY(QFileInfo::exists(ChecklistLibrary::shippedFolder() + u"/runbook-chain-halted.md"_s));
    }

    void overdueDeclarations()
    {
        QTemporaryDir dir;
        const QByteArray head = "---\nkind: declaration\nreviewPeriodDays: 30\n";
        write(dir.filePath(u"a.md"_s), head + "id: a\ntitle: A\nlastReviewed: 2026-01-01\n---\n- [ ] x\n");
        write(dir.filePath(u"b.md"_s), head + "id: b\ntitle: B\nlastReviewed: 2026-11-20\n---\n- [ ] x\n");
        write(dir.filePath(u"sub/c.md"_s), head + "id: c\ntitle: C\ninstitution: bndes\n---\n- [ ] x\n");
        write(dir.filePath(u".git/d.md"_s), head + "id: d\ntitle: D\n---\n"); // hidden: not a document
        write(dir.filePath(u"e.md.a1b2c3"_s), "partial"); // a QSaveFile leftover
        ChecklistLibrary library(dir.path());
        QCOMPARE(library.entries().size(), 3);
        const QList<OverdueDeclaration> overdue = library.overdueDeclarations(QDate(2026, 12, 6));
        QCOMPARE(overdue.size(), 2);
        QCOMPARE(overdue.at(0).id, u"a"_s);
        QCOMPARE(overdue.at(0).due, QDate(2026, 1, 31));
        QCOMPARE(overdue.at(1).id, u"c"_s);
        QVERIFY(!overdue.at(1).due.isValid()); // never reviewed
        QCOMPARE(overdue.at(1).institution, u"bndes"_s);
        QCOMPARE(overdue.at(1).relativePath, u"sub/c.md"_s);
        QCOMPARE(library.overdueDeclarations(QDate(2026, 1, 20)).size(), 1);
    }

    void command_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected"); // in the messages
        const QByteArray ok = "---\nid: ok\ntitle: Ok\nkind: procedure\n---\n# T\n- [ ] x\n";
        QTest::newRow("valid") << Files {{u"ok.md"_s, ok}} << 0 << QStringList();
        QTest::newRow("duplicate ids") << Files {{u"a.md"_s, ok}, {u"b.md"_s, ok}} << 2
                                       << QStringList {u"b.md:1: error: id: \"ok\" is also the id of a.md"_s};
        QTest::newRow("unknown rule") << Files {{u"r.md"_s,
            "---\nid: r\ntitle: R\nkind: runbook\nrules: [chain-halted, chain-exploded]\n---\n- [ ] x\n"}}
                                      << 2 << QStringList {u"unknown incident rule \"chain-exploded\""_s};
        QTest::newRow("no front matter") << Files {{u"n.md"_s, "# T\n- [ ] x\n"}} << 2
                                         << QStringList {u"n.md:1: error: no front matter"_s};
        QTest::newRow("bad yaml") << Files {{u"y.md"_s, "---\nid: [x\n---\n"}} << 2
                                  << QStringList {u"not valid YAML"_s};
        QTest::newRow("warnings only") << Files {{u"w.md"_s, "---\nid: w\ntitle: W\nkind: review\nowner: x\n---\n"}}
                                       << 0 << QStringList {u"warning: owner: unknown key"_s, u"no checklist item"_s};
        QTest::newRow("empty folder") << Files {} << 2 << QStringList {u"no Markdown"_s};
    }
    void command()
    {
        QFETCH(Files, files);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        for (const auto &[name, content] : files)
            write(dir.filePath(name), content);
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(runChecklistsCommand(dir.path(), out, err), exitCode);
        out.flush();
        err.flush();
        for (const QString &e : expected)
            QVERIFY2(errText.contains(e), qPrintable(errText));
        if (exitCode == 0)
            QVERIFY2(outText.contains(u"valid"_s), qPrintable(outText));
    }

    void missingFolder()
    {
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(runChecklistsCommand(u"/nonexistent/manual"_s, out, err), 2);
        err.flush();
        QVERIFY(errText.contains(u"no such folder"_s));
    }

    void profileSection()
    {
        const QByteArray yaml = "active: lab\nnetworks:\n  - name: lab\n    chainId: 648629\n"
                                "    institutions:\n      - {id: bndes, name: BNDES}\n"
                                "    nodes:\n      - {name: validator01, type: validator, institution: bndes, "
                                "rpcHttp: 'http://127.0.0.1:8545'}\n"
                                "    checklists:\n      folder: manual\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profile.yaml"_s);
        write(path, yaml);
        const InventoryLoadResult loaded = InventoryLoader::loadFile(path);
        QVERIFY(loaded.inventory);
        for (const ConfigMessage &m : loaded.messages)
            QVERIFY2(m.field.indexOf(u"checklists"_s) < 0, qPrintable(m.toString()));
        const NetworkConfig *net = loaded.inventory->active();
        QCOMPARE(net->checklists.folder, u"manual"_s);
        QCOMPARE(ChecklistLibrary::folderFor(*net, path), QDir(dir.path()).filePath(u"manual"_s));
        // Emitted and read back.
        const QByteArray again = InventoryLoader::toYaml(*loaded.inventory);
        QVERIFY(again.contains("checklists:"));
        write(path, again);
        const InventoryLoadResult reloaded = InventoryLoader::loadFile(path);
        QVERIFY(reloaded.inventory);
        QCOMPARE(reloaded.inventory->active()->checklists.folder, u"manual"_s);
        // Without a folder: the shipped templates.
        NetworkConfig plain;
        QCOMPARE(ChecklistLibrary::folderFor(plain, path), ChecklistLibrary::shippedFolder());
        // A wrong type is an error naming the field.
        write(path, yaml.left(yaml.indexOf("    checklists:")) + "    checklists:\n      folder: [a, b]\n");
        const InventoryLoadResult bad = InventoryLoader::loadFile(path);
        QVERIFY(std::any_of(bad.messages.cbegin(), bad.messages.cend(),
            [](const ConfigMessage &m) { return m.field.contains(u"checklists.folder"_s); }));
    }
};

QTEST_GUILESS_MAIN(TestChecklistLibrary)
#include "tst_checklistlibrary.moc"
