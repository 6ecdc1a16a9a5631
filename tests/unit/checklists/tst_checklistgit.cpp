// ChecklistGit on a temporary repository made with libgit2 itself: the folder's changed documents and a commit of
// chosen ones, with the folder at the root of the repository and below it. Nothing is pushed (no remote exists).
#include "checklists/checklistgit.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using namespace Qt::StringLiterals;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

bool initRepository(const QString &path)
{
    git_libgit2_init();
    git_repository *repo = nullptr;
    const int rc = git_repository_init(&repo, QFile::encodeName(path).constData(), 0);
    git_repository_free(repo);
    git_libgit2_shutdown();
    return rc == 0;
}

QStringList paths(const QList<ChecklistChange> &changes)
{
    QStringList out;
    for (const ChecklistChange &c : changes)
        out.append(c.path);
    out.sort();
    return out;
}

int commitCount(const QString &path)
{
    git_libgit2_init();
    git_repository *repo = nullptr;
    int count = 0;
    if (git_repository_open(&repo, QFile::encodeName(path).constData()) == 0) {
        git_revwalk *walk = nullptr;
        git_revwalk_new(&walk, repo);
        if (git_revwalk_push_head(walk) == 0) {
            git_oid id;
            while (git_revwalk_next(&id, walk) == 0)
                ++count;
        }
        git_revwalk_free(walk);
        git_repository_free(repo);
    }
    git_libgit2_shutdown();
    return count;
}

} // namespace

class TestChecklistGit : public QObject
{
    Q_OBJECT

private slots:
    void notARepository()
    {
        QTemporaryDir dir;
        ChecklistGit git(dir.path());
        QVERIFY(!git.isRepository());
        QVERIFY(git.changes().isEmpty());
        QVERIFY(git.commit({u"a.md"_s}, u"x"_s, u"n"_s, u"e@x"_s).isEmpty());
        QVERIFY(!git.lastError().isEmpty());
    }

    void statusAndCommit_data()
    {
        QTest::addColumn<QString>("subfolder");
        QTest::newRow("folder is the repository") << QString();
        QTest::newRow("folder inside the repository") << u"ops/manual"_s;
    }
    void statusAndCommit()
    {
        QFETCH(QString, subfolder);
        QTemporaryDir dir;
        QVERIFY(initRepository(dir.path()));
        const QString folder = subfolder.isEmpty() ? dir.path() : dir.filePath(subfolder);
        write(QDir(folder).filePath(u"a.md"_s), "---\nid: a\n---\n- [ ] x\n");
        write(QDir(folder).filePath(u"sub/b.md"_s), "- [ ] y\n");
        write(QDir(folder).filePath(u"notes.txt"_s), "not a document\n");
        write(dir.filePath(u"outside.md"_s), "elsewhere\n");

        ChecklistGit git(folder);
        QVERIFY(git.isRepository());
        QCOMPARE(QFileInfo(git.repositoryRoot()).canonicalFilePath(), QFileInfo(dir.path()).canonicalFilePath());
        QList<ChecklistChange> changes = git.changes();
        QVERIFY2(git.lastError().isEmpty(), qPrintable(git.lastError()));
        QStringList expected {u"a.md"_s, u"sub/b.md"_s};
        if (subfolder.isEmpty())
            expected.append(u"outside.md"_s);
        expected.sort();
        QCOMPARE(paths(changes), expected);
        QCOMPARE(changes.first().kind, ChecklistChange::Kind::Added);

        // The first commit (no parent yet) of one document only.
        const QString first = git.commit({u"a.md"_s}, u"Add runbook a"_s, u"Ana"_s, u"ana@example.org"_s);
        QVERIFY2(!first.isEmpty(), qPrintable(git.lastError()));
        QCOMPARE(first.size(), 40);
        QCOMPARE(commitCount(dir.path()), 1);
        changes = git.changes();
        QVERIFY(!paths(changes).contains(u"a.md"_s));
        QVERIFY(paths(changes).contains(u"sub/b.md"_s));

        // A modification and a deletion, committed on top.
        write(QDir(folder).filePath(u"a.md"_s), "---\nid: a\n---\n- [x] x\n");
        QVERIFY(git.commit({u"sub/b.md"_s}, u"Add b"_s, u"Ana"_s, u"ana@example.org"_s).size() == 40);
        changes = git.changes();
        QCOMPARE(paths(changes).count(u"a.md"_s), 1);
        for (const ChecklistChange &c : changes) {
            if (c.path == u"a.md"_s)
                QCOMPARE(c.kind, ChecklistChange::Kind::Modified);
        }
        QVERIFY(QFile::remove(QDir(folder).filePath(u"sub/b.md"_s)));
        changes = git.changes();
        bool deleted = false;
        for (const ChecklistChange &c : changes)
            deleted |= c.path == u"sub/b.md"_s && c.kind == ChecklistChange::Kind::Deleted;
        QVERIFY(deleted);
        QVERIFY(!git.commit({u"a.md"_s, u"sub/b.md"_s}, u"Tick x, drop b"_s, u"Ana"_s, u"ana@example.org"_s).isEmpty());
        QCOMPARE(commitCount(dir.path()), 3);
        QVERIFY(!paths(git.changes()).contains(u"a.md"_s));
        QVERIFY(!paths(git.changes()).contains(u"sub/b.md"_s));
        // Refused without a message.
        QVERIFY(git.commit({u"a.md"_s}, u"  "_s, u"Ana"_s, u"ana@example.org"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChecklistGit)
#include "tst_checklistgit.moc"
