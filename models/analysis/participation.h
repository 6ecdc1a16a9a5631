#pragma once

#include "chain/blockanalysis.h"
#include "config/inventory.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Block-production and signing participation of BFT validators over a window of analysed blocks, judged against
// OLA (operating level agreement) thresholds. Pure functions: no I/O, no clock, no Qt objects.
namespace analysis {

// The facts of one analysed block that participation needs (see fromAnalysis).
struct BlockRecord
{
    quint64 number = 0;
    qint64 timestamp = 0; // seconds since the epoch
    QByteArray proposer; // the block's miner
    quint32 round = 0;
    QList<QByteArray> signers; // distinct member committers
    QList<QByteArray> validators; // the block's validator set
};

BlockRecord fromAnalysis(const chain::BlockAnalysis &analysis);

// The entry for validatorCount; without one, the expected share 100/N scaled by 0.94 (yellow) and 0.88 (red),
// the ratios of the RBB table.
OlaThreshold thresholdFor(int validatorCount, const QList<OlaThreshold> &table);

enum class ParticipationStatus {
    Ok,
    Yellow,
    Red,
    Inactive, // a member for the last `inactiveAfterBlocks` blocks and proposed none of them
    NotEnoughData, // a member of fewer than `minimumBlocks` blocks of the window
};
QString statusName(ParticipationStatus status);

struct ParticipationOptions
{
    std::optional<int> lastBlocks; // window: the last N blocks (by number)
    std::optional<qint64> sinceTimestamp; // window: blocks at or after this time; both set = both apply
    QList<OlaThreshold> thresholds = ServiceLevels::rbbDefaults().ola; // the profile's table (inventory.h)
    int inactiveAfterBlocks = 2000;
    int minimumBlocks = 0;
};

struct ValidatorParticipation
{
    QByteArray address;
    int memberBlocks = 0; // blocks of the window whose validator set includes it
    int proposed = 0;
    int signedBlocks = 0;
    double proposedPercent = 0; // proposed / memberBlocks
    double expectedPercent = 0; // mean of 100/N over its member blocks
    double signingPercent = 0; // signedBlocks / memberBlocks
    double yellowPercent = 0; // thresholds averaged over its member blocks (N may change within the window)
    double redPercent = 0;
    std::optional<quint64> lastProposedBlock; // over all blocks given, not only the window
    std::optional<qint64> lastProposedTime;
    std::optional<quint64> lastSignedBlock;
    std::optional<qint64> lastSignedTime;
    int turns = 0; // window blocks whose round-0 proposer it was (needs the parent block)
    int roundChangesOnTurn = 0; // of those, blocks that needed a round change
    ParticipationStatus status = ParticipationStatus::NotEnoughData;
};

struct ParticipationReport
{
    quint64 firstBlock = 0; // the window actually used
    quint64 lastBlock = 0;
    int blockCount = 0;
    QList<ValidatorParticipation> validators; // every validator of any window block, sorted by address
};

// `blocks` may be in any order and may reach back before the window (older blocks are used for the round-0
// proposer of the first window block and for last-proposed/last-signed and inactivity).
ParticipationReport computeParticipation(const QList<BlockRecord> &blocks, const ParticipationOptions &options = {});

struct InstitutionParticipation
{
    QString institution; // empty: validators not in the map
    QList<QByteArray> validators;
    int proposed = 0;
    int memberBlocks = 0; // sum over its validators
    double proposedPercent = 0; // share of the window's blocks its validators proposed
    double expectedPercent = 0; // sum of its validators' expected shares
    double signingPercent = 0; // signed / member blocks over its validators
    ParticipationStatus status = ParticipationStatus::NotEnoughData; // its worst validator
};

QList<InstitutionParticipation> aggregateByInstitution(
    const ParticipationReport &report, const QHash<QByteArray, QString> &institutionOf);

} // namespace analysis
