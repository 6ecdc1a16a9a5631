#pragma once

#include <QList>
#include <QString>

// Everything the command line sets; the simulation reads it and never changes it.
struct DevnetOptions
{
    int institutions = 5;
    int validatorsPerInstitution = 1;
    double blockPeriodSeconds = 4;
    double requestTimeoutSeconds = 0; // 0: twice the block period
    double maxRoundTimeoutSeconds = 0; // 0: no cap on base * 2^round, as Besu's BftRoundExpiryTimeCalculator
    double emptyBlockPeriodSeconds = 0; // QBFT emptyblockperiodseconds; 0: off
    int portBase = 0; // 0: every server picks a free port
    int controlPort = 0;
    quint64 seed = 1;
    double txRate = 2; // synthetic transactions per second, network-wide
    double unknownSenderShare = 0.1; // of them, sent from an account no institution lists (issue 15's accountability gap)
    double failedShare = 0.08; // of contract calls, reverted (receipt status 0x0)
    quint64 chainId = 1337;
    quint64 epochLength = 30000;
    bool sealAllLive = false; // every sealing validator's seal in one shared copy, instead of per-node quorum copies
    bool sequencedTxPool = false; // legacy pool metric names instead of the layered pool's
    int anonymousObservers = 4; // discovery peers per observer-boot
    int historyBlocks = 0; // blocks pre-generated at start-up, back-dated so the last one is now

    double requestTimeout() const { return requestTimeoutSeconds > 0 ? requestTimeoutSeconds : 2 * blockPeriodSeconds; }
};
