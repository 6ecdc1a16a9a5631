#include "accountdirectory.h"

using namespace Qt::StringLiterals;

QString AccountDirectory::sourceKey(Source source)
{
    switch (source) {
    case Source::Profile:
        return u"profile"_s;
    case Source::Contract:
        return u"contract"_s;
    case Source::Pending:
        return u"pending"_s;
    case Source::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<AccountDirectory::Source> AccountDirectory::sourceFromKey(const QString &key)
{
    for (Source s : {Source::Profile, Source::Contract, Source::Pending, Source::Unknown}) {
        if (sourceKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString AccountDirectory::sourceText(Source source)
{
    switch (source) {
    case Source::Profile:
        return tr("profile");
    case Source::Contract:
        return tr("permissioning contract");
    case Source::Pending:
        return tr("asking the contract");
    case Source::Unknown:
        break;
    }
    return tr("unknown");
}

void AccountDirectory::configure(const NetworkConfig &network)
{
    m_call = network.usage.accountInstitution;
    m_profile.clear();
    m_byPermissioningId.clear();
    m_names.clear();
    m_answers.clear();
    for (const Institution &inst : network.institutions) {
        m_names.insert(inst.id, inst.name.isEmpty() ? inst.id : inst.name);
        m_byPermissioningId.insert((inst.permissioningId.isEmpty() ? inst.id : inst.permissioningId).toLower(), inst.id);
        for (const InstitutionAccount &a : inst.accounts)
            m_profile.insert(a.address, {inst.id, a.label});
    }
}

void AccountDirectory::clear()
{
    m_answers.clear();
}

QString AccountDirectory::institutionName(const QString &id) const
{
    return m_names.value(id, id);
}

AccountDirectory::Attribution AccountDirectory::attribution(const QString &address) const
{
    Attribution a;
    if (const auto it = m_profile.constFind(address); it != m_profile.constEnd()) {
        a.institution = it->first;
        a.label = it->second;
        a.source = Source::Profile;
        return a;
    }
    const auto answer = m_answers.constFind(address);
    if (answer == m_answers.constEnd()) {
        a.source = m_call ? Source::Pending : Source::Unknown;
        a.detail = m_call ? tr("not asked yet") : tr("not in the profile; no permissioning contract configured");
        return a;
    }
    if (!answer->institution.isEmpty()) {
        a.institution = answer->institution;
        a.source = Source::Contract;
        a.detail = tr("the contract answered %1").arg(answer->value);
        return a;
    }
    a.source = Source::Unknown;
    if (answer->reverted)
        a.detail = tr("the contract does not know the account (%1)").arg(answer->error);
    else if (!answer->error.isEmpty())
        a.detail = tr("the contract could not be asked: %1").arg(answer->error);
    else if (answer->inactive)
        a.detail = tr("the contract lists the account as inactive");
    else
        a.detail = tr("the contract answered %1, which names no institution of the profile").arg(answer->value);
    return a;
}

QStringList AccountDirectory::toCheck(const QStringList &senders, const QDateTime &now, qint64 recheckMs) const
{
    QStringList out;
    if (!m_call)
        return out;
    for (const QString &s : senders) {
        if (m_profile.contains(s))
            continue;
        const auto it = m_answers.constFind(s);
        if (it == m_answers.constEnd()) {
            out << s;
            continue;
        }
        const qint64 age = it->at.msecsTo(now);
        const bool failed = !it->error.isEmpty() && !it->reverted;
        if (age >= (failed ? recheckMs / 10 : recheckMs))
            out << s;
    }
    return out;
}

void AccountDirectory::setContractAnswer(const QString &address, const ContractAnswer &answer)
{
    m_answers.insert(address, answer);
}

AccountDirectory::ContractAnswer AccountDirectory::answerFromOutputs(const QStringList &outputs, const QDateTime &at) const
{
    ContractAnswer answer;
    answer.at = at;
    if (!m_call)
        return answer;
    answer.value = outputs.value(m_call->institutionOutput);
    if (m_call->activeOutput >= 0 && outputs.value(m_call->activeOutput) != u"true"_s) {
        answer.inactive = true; // names no one
        return answer;
    }
    answer.institution = m_byPermissioningId.value(answer.value.toLower());
    return answer;
}
