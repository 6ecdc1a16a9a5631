// DataPaths finds the shipped data next to an installed (or extracted) executable before any other copy, and in the
// source tree for a build tree.
#include "core/datapaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDataPaths : public QObject
{
    Q_OBJECT

private slots:
    void installedLayoutComesFirst()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        QVERIFY(QDir(prefix.path()).mkpath(u"bin"_s));
        QVERIFY(QDir(prefix.path()).mkpath(u"share/sentinela/profiles"_s));
        QVERIFY(QDir(prefix.path()).mkpath(u"share/sentinela/checklists"_s));
        QFile profile(prefix.filePath(u"share/sentinela/profiles/rbb.yaml"_s));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write("networks: []\n");
        profile.close();
        const QString bin = prefix.filePath(u"bin"_s);
        const QString share = QDir::cleanPath(prefix.filePath(u"share/sentinela"_s));

        QCOMPARE(DataPaths::dataDirectories(bin).value(0), share);
        QCOMPARE(DataPaths::profilesDirectory(bin), share + u"/profiles"_s);
        QCOMPARE(DataPaths::checklistsDirectory(bin), share + u"/checklists"_s);
        QCOMPARE(DataPaths::shippedProfile(u"rbb.yaml"_s, bin), share + u"/profiles/rbb.yaml"_s);
        // A file the installed copy lacks is looked up in the next candidates (here: the source tree), never invented.
        QVERIFY(DataPaths::shippedProfile(u"no-such-profile.yaml"_s, bin).isEmpty());
    }

    void buildTreeFindsTheSources()
    {
        // An executable with no share/ beside it (a build tree): the source tree's resources/ is a candidate.
        QTemporaryDir empty;
        const QString bin = empty.filePath(u"app"_s);
        const QString sources = QDir::cleanPath(QStringLiteral(SENTINELA_SOURCE_DIR) + u"/resources"_s);
        QVERIFY(DataPaths::dataDirectories(bin).contains(sources));
        const QString profile = DataPaths::shippedProfile(u"rbb.yaml"_s, bin);
        QVERIFY2(QFileInfo(profile).isFile(), qPrintable(profile));
        QVERIFY(!DataPaths::profilesDirectory(bin).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_datapaths.moc"
