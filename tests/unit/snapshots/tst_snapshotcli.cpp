// sentinela-cli snapshot and verify-snapshot: exit codes and messages, against a profile whose nodes do not answer
// (the pass fails fast; the snapshot still records what was known) and an incident book written by the test.
#include "../../common/clirun.h"
#include "../../common/syntheticsnapshot.h"

#include "config/inventoryloader.h"
#include "incidents/incidentbook.h"
#include "snapshots/snapshotcrypto.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using clirun::cli;
using clirun::Run;

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestSnapshotCli : public QObject
{
    Q_OBJECT

private slots:
    void snapshotAndVerify()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Two nodes on a closed port: every request is refused at once.
        const QString profile = dir.filePath(u"profile.yaml"_s);
        QVERIFY(clirun::writeUnreachableProfile(profile));

        QString uid;
        {
            IncidentBook book;
            book.open(dir.filePath(u"book.sqlite"_s));
            QVERIFY(book.waitForIdle());
            Detection d;
            d.rule = QString::fromLatin1(Rules::ValidatorDown);
            d.subject = u"inst0-node0"_s;
            d.title = u"Validator down"_s;
            uid = book.raise(d, QDateTime::currentDateTimeUtc().addSecs(-60));
            QVERIFY(book.waitForIdle());
        }

        const QString out = dir.filePath(u"s.sentinela-snapshot"_s);
        const QString key = dir.filePath(u"inst0.key"_s);
        const QByteArray privateKey = snapshotcrypto::generatePrivateKey();
        QVERIFY(write(key, privateKey));
        QString error;
        QVERIFY(write(dir.filePath(u"inst0.pub"_s), snapshotcrypto::publicKeyOf(privateKey, &error)));
        QVERIFY(write(dir.filePath(u"other.pub"_s),
            snapshotcrypto::publicKeyOf(snapshotcrypto::generatePrivateKey(), &error)));

        Run r = cli({u"snapshot"_s, u"--config"_s, profile, u"--out"_s, out, u"--window"_s, u"30m"_s, u"--incident"_s,
            uid, u"--sign"_s, key, u"--timeout"_s, u"5000"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"2 nodes"_s) && r.out.contains(u"1 incidents"_s) && r.out.contains(u"signed"_s),
            qPrintable(r.out));

        r = cli({u"verify-snapshot"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"valid: digest ok"_s), qPrintable(r.out));
        r = cli({u"verify-snapshot"_s, out, u"--trust"_s, dir.filePath(u"inst0.pub"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"trusted key"_s), qPrintable(r.out));
        r = cli({u"verify-snapshot"_s, out, u"--trust"_s, dir.filePath(u"other.pub"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"untrusted"_s), qPrintable(r.err));
        const QString untrustedVerdict = r.err.section(u"verify-snapshot: "_s, -1).trimmed();

        // The report from it names the producer and gives verify-snapshot's verdict, trusted or not.
        const QString md = dir.filePath(u"r.md"_s);
        auto reportText = [&md] {
            QFile file(md);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        r = cli({u"report"_s, u"--open"_s, out, u"--trust"_s, dir.filePath(u"inst0.pub"_s), u"--out"_s, md, u"--language"_s, u"en"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString text = reportText();
        QVERIFY2(text.contains(u"captured by inst0 on "_s), qPrintable(text));
        QVERIFY2(text.contains(u"verdict of verify-snapshot: valid: digest ok, "_s) && text.contains(u"trusted key"_s), qPrintable(text));
        QVERIFY2(r.out.contains(u"valid: digest ok"_s), qPrintable(r.out));
        r = cli({u"report"_s, u"--open"_s, out, u"--trust"_s, dir.filePath(u"other.pub"_s), u"--out"_s, md, u"--language"_s, u"en"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        text = reportText();
        QVERIFY2(text.contains(u"verdict of verify-snapshot: "_s + untrustedVerdict), qPrintable(untrustedVerdict + u"\n"_s + text));
        QVERIFY2(untrustedVerdict.startsWith(u"INVALID: "_s), qPrintable(untrustedVerdict));
        r = cli({u"report"_s, u"--open"_s, out, u"--trust"_s, dir.filePath(u"none.pub"_s), u"--out"_s, md, u"--language"_s, u"en"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"report: cannot read"_s), qPrintable(r.err));

        // A flipped byte in the content.
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        bytes[bytes.size() - 3] = static_cast<char>(bytes[bytes.size() - 3] ^ 0x40);
        const QString tampered = dir.filePath(u"tampered.sentinela-snapshot"_s);
        QVERIFY(write(tampered, bytes));
        r = cli({u"verify-snapshot"_s, tampered});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"digest mismatch"_s), qPrintable(r.err));

        // Unknown incident, missing file, bad window: 2.
        r = cli({u"snapshot"_s, u"--config"_s, profile, u"--out"_s, out, u"--incident"_s, u"#999"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"#999"_s), qPrintable(r.err));
        r = cli({u"verify-snapshot"_s, dir.filePath(u"none"_s)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"cannot read"_s), qPrintable(r.err));
        r = cli({u"snapshot"_s, u"--config"_s, profile, u"--out"_s, out, u"--window"_s, u"soon"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--window"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCli)
#include "tst_snapshotcli.moc"
