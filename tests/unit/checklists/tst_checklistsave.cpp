// Atomic saves: a child process saves two large versions of a document in turn, over and over, and is killed with
// SIGKILL in the middle; the file then holds one whole version, never a mixture or a truncated one.
#include "checklists/checklistdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// Big enough (2 MiB) that a write is in progress most of the time.
QByteArray version(char tick)
{
    QByteArray content = "---\nid: big\ntitle: Big\nkind: procedure\n---\n# Passos\n\n";
    const QByteArray line = QByteArray("- [") + tick + "] passo com texto suficiente para encher o arquivo\n";
    while (content.size() < 2 * 1024 * 1024)
        content += line;
    return content;
}

int childSaveLoop(const QString &path)
{
    ChecklistDocument a(version(' '), path);
    ChecklistDocument b(version('x'), path);
    QFile ready(path + u".ready"_s);
    for (int i = 0;; ++i) {
        if (!(i % 2 ? b : a).save())
            return 3;
        if (i == 1 && ready.open(QIODevice::WriteOnly))
            ready.close(); // both versions were written at least once
    }
}

} // namespace

class TestChecklistSave : public QObject
{
    Q_OBJECT

private slots:
    void killedMidSave_data()
    {
        QTest::addColumn<int>("killAfterMs");
        QTest::newRow("early") << 7;
        QTest::newRow("later") << 53;
        QTest::newRow("late") << 131;
    }
    void killedMidSave()
    {
        QFETCH(int, killAfterMs);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"runbook.md"_s);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SENTINELA_CHILD_SAVE"_s, path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(path + u".ready"_s); }, 20000));
        QTest::qWait(killAfterMs);
        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content == version(' ') || content == version('x'),
            qPrintable(u"%1 bytes, neither version"_s.arg(content.size())));
        ChecklistDocument doc;
        QVERIFY(doc.load(path));
        QVERIFY(doc.items().size() > 1000);
    }
};

int main(int argc, char *argv[])
{
    if (const QString path = qEnvironmentVariable("SENTINELA_CHILD_SAVE"); !path.isEmpty()) {
        QCoreApplication app(argc, argv);
        return childSaveLoop(path);
    }
    QCoreApplication app(argc, argv);
    TestChecklistSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_checklistsave.moc"
