// A healthy network is healthy: the devnet seals every block with a quorum only (as Besu does,
// QbftRound.importBlockToChain), each node serving its own seal set, with remote validators in fewer copies; the
// Monitor follows it live and the one verdict (judgeNetwork, what the Overview and `sentinela-cli status` show) must
// carry no warning at all, at 4, 7 and 10 validators.

#include "../common/devnetprofile.h"
#include "../common/requireorskip.h"

#include "analysis/health.h"
#include "analysis/validatoranalysis.h"
#include "core/clock.h"
#include "monitor/monitor.h"
#include "monitor/statuscommand.h"
#include "state/networkstate.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHealthyDevnet : public QObject
{
    Q_OBJECT
private slots:
    void noWarning_data();
    void noWarning();
};

void TestHealthyDevnet::noWarning_data()
{
    QTest::addColumn<int>("validators");
    QTest::newRow("4 validators") << 4;
    QTest::newRow("7 validators") << 7;
    QTest::newRow("10 validators") << 10;
}

void TestHealthyDevnet::noWarning()
{
    QFETCH(int, validators);
    const QString binary = QStringLiteral(SENTINELA_BINARY_DIR) + u"/tests/devnet/sentinela-devnet"_s;
    SENTINELA_REQUIRE_OR_SKIP(QFile::exists(binary), "sentinela-devnet is not built");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(u"sentinela.yaml"_s);
    QProcess devnet;
    QByteArray out;
    const auto inventory = testsupport::startDevnetWithProfile(devnet, binary,
        {u"--institutions"_s, QString::number(validators), u"--block-period"_s, u"1"_s, u"--request-timeout"_s,
            u"2"_s, u"--history-blocks"_s, u"60"_s},
        config, &out);
    QVERIFY2(inventory, out.constData());

    Monitor monitor;
    monitor.setNetwork(*inventory->active());
    monitor.start();
    NetworkState &state = *monitor.state();
    // The back-dated history and a few live blocks, all analysed.
    QVERIFY2(QTest::qWaitFor(
                 [&] { return monitor.analysis()->count() >= 65 && !monitor.analysis()->isBusy(); }, 60000),
        qPrintable(QString::number(monitor.analysis()->count())));
    QTest::qWait(3000);

    const NetworkVerdict v = judgeNetwork(state, state.clock()->now());
    QStringList findings;
    for (const Finding &f : v.findings)
        findings << f.text;
    QVERIFY2(v.findings.isEmpty(), qPrintable(findings.join(u'\n')));
    QCOMPARE(v.level, HealthLevel::Ok);
    QCOMPARE(v.signing.validators, validators);
    QCOMPARE(v.signing.active, validators);
    QCOMPARE(v.signing.margin, validators - chain::bftQuorum(validators));
    QCOMPARE(int(judgeStatus(v).code), int(StatusOk));
    // The blocks really are quorum-only: never every validator's seal.
    for (const auto &[number, block] : monitor.analysis()->blocks()) {
        if (block.ok())
            QCOMPARE(block.record.signers.size(), qsizetype(chain::bftQuorum(validators)));
    }
    monitor.stop();
    devnet.kill();
    devnet.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestHealthyDevnet)
#include "tst_healthy_devnet.moc"
