#pragma once

#include "config/inventory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// Which institution answers for an account (issue 15): the profile's lists first, then what the network's
// account-permissioning contract answered (UsageConfig::accountInstitution). An account neither names is unknown:
// an accountability gap the committee must see.
class AccountDirectory
{
    Q_DECLARE_TR_FUNCTIONS(AccountDirectory)

public:
    enum class Source {
        Profile, // listed in the profile (or its accounts file)
        Contract, // the permissioning contract names the institution
        Pending, // not in the profile; the contract has not been asked yet
        Unknown, // no institution answers for it
    };
    static QString sourceKey(Source source); // "profile", "contract", "pending", "unknown"
    static std::optional<Source> sourceFromKey(const QString &key);
    static QString sourceText(Source source); // translated

    struct Attribution
    {
        QString institution; // Institution::id; empty when unknown or pending
        QString label; // the profile's label of the account
        Source source = Source::Unknown;
        QString detail; // translated: what the contract answered, or why it could not say
    };

    // What the contract said about one account.
    struct ContractAnswer
    {
        QDateTime at;
        QString institution; // empty: it names none (the account is not permissioned there, or inactive)
        QString value; // the decoded output that was matched, e.g. an orgId
        QString error; // the call failed (transport, revert text): says nothing about the account
        bool reverted = false; // the contract refused the account (e.g. AccountNotFound)
        bool inactive = false; // it knows the account but lists it as inactive
    };

    void configure(const NetworkConfig &network);
    void clear(); // forgets the contract's answers

    Attribution attribution(const QString &address) const;
    bool contractConfigured() const { return m_call.has_value(); }
    const std::optional<AccountInstitutionCall> &call() const { return m_call; }

    // Accounts of `senders` to ask the contract about now: not in the profile, and never asked, or asked longer than
    // `recheckMs` ago (a failed call is retried after a tenth of that).
    QStringList toCheck(const QStringList &senders, const QDateTime &now, qint64 recheckMs) const;
    // Records an answer; `outputs` are the decoded outputs (decodeStaticOutputs), nullopt with an error or revert.
    void setContractAnswer(const QString &address, const ContractAnswer &answer);
    // Maps decoded outputs to an answer (institution by permissioningId or id; the active flag when configured).
    ContractAnswer answerFromOutputs(const QStringList &outputs, const QDateTime &at) const;
    const QHash<QString, ContractAnswer> &contractAnswers() const { return m_answers; }

    QString institutionName(const QString &id) const;

private:
    std::optional<AccountInstitutionCall> m_call;
    QHash<QString, std::pair<QString, QString>> m_profile; // address -> (institution, label)
    QHash<QString, QString> m_byPermissioningId; // lowercased id -> institution
    QHash<QString, QString> m_names; // institution id -> name
    QHash<QString, ContractAnswer> m_answers;
};
