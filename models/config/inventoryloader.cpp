#include "inventoryloader.h"

#include "accountlist.h"
#include "chain/hex.h"
#include "chain/keccak.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// Walks the YAML tree, collecting messages with the position of the offending node.
class Reader
{
public:
    Reader(QString file, ConfigMessages &messages)
        : m_file(std::move(file))
        , m_messages(messages)
    {
    }

    void error(const YAML::Node &node, const QString &field, const QString &text)
    {
        add(ConfigMessage::Severity::Error, node.IsDefined() ? node.Mark() : YAML::Mark::null_mark(), field, text);
    }
    void errorAt(const YAML::Mark &mark, const QString &field, const QString &text)
    {
        add(ConfigMessage::Severity::Error, mark, field, text);
    }
    void warning(const YAML::Mark &mark, const QString &field, const QString &text)
    {
        add(ConfigMessage::Severity::Warning, mark, field, text);
    }

    void checkKeys(const YAML::Node &map, const QString &path, std::initializer_list<const char *> known)
    {
        if (!map.IsMap())
            return;
        for (const auto &entry : map) {
            const std::string key = entry.first.Scalar();
            bool found = false;
            for (const char *k : known)
                found = found || key == k;
            if (!found) {
                warning(entry.first.Mark(), join(path, fromStd(key)),
                    InventoryLoader::tr("unknown key, ignored (known keys: %1)").arg(knownList(known)));
            }
        }
    }

    bool isMap(const YAML::Node &node, const QString &path, const YAML::Mark &parentMark, bool required)
    {
        if (!node.IsDefined() || node.IsNull()) {
            if (required)
                errorAt(parentMark, path, InventoryLoader::tr("missing; expected a mapping"));
            return false;
        }
        if (!node.IsMap()) {
            error(node, path, InventoryLoader::tr("expected a mapping (key: value lines)"));
            return false;
        }
        return true;
    }

    bool isSequence(const YAML::Node &node, const QString &path, const YAML::Mark &parentMark, bool required)
    {
        if (!node.IsDefined() || node.IsNull()) {
            if (required)
                errorAt(parentMark, path, InventoryLoader::tr("missing; expected a list"));
            return false;
        }
        if (!node.IsSequence()) {
            error(node, path, InventoryLoader::tr("expected a list"));
            return false;
        }
        return true;
    }

    std::optional<QString> string(const YAML::Node &map, const char *key, const QString &path, bool required)
    {
        const YAML::Node node = map[key];
        const QString field = join(path, QString::fromLatin1(key));
        if (!node.IsDefined() || node.IsNull()) {
            if (required)
                errorAt(map.Mark(), field, InventoryLoader::tr("missing; expected a text value"));
            return std::nullopt;
        }
        if (!node.IsScalar()) {
            error(node, field, InventoryLoader::tr("expected a text value"));
            return std::nullopt;
        }
        return fromStd(node.Scalar()).trimmed();
    }

    template<typename T>
    std::optional<T> number(const YAML::Node &map, const char *key, const QString &path, bool required, T min, T max)
    {
        const YAML::Node node = map[key];
        const QString field = join(path, QString::fromLatin1(key));
        if (!node.IsDefined() || node.IsNull()) {
            if (required)
                errorAt(map.Mark(), field, InventoryLoader::tr("missing; expected a number"));
            return std::nullopt;
        }
        T value {};
        if (!node.IsScalar() || !YAML::convert<T>::decode(node, value) || !(value >= min && value <= max)) {
            error(node, field,
                InventoryLoader::tr("expected a number from %1 to %2, found \"%3\"")
                    .arg(QString::number(min), QString::number(max), fromStd(node.IsScalar() ? node.Scalar() : "")));
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> boolean(const YAML::Node &map, const char *key, const QString &path)
    {
        const YAML::Node node = map[key];
        if (!node.IsDefined() || node.IsNull())
            return std::nullopt;
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
            error(node, join(path, QString::fromLatin1(key)), InventoryLoader::tr("expected true or false"));
            return std::nullopt;
        }
        return value;
    }

    std::optional<QUrl> url(const YAML::Node &map, const char *key, const QString &path, bool required,
        std::initializer_list<const char *> schemes)
    {
        const auto text = string(map, key, path, required);
        if (!text)
            return std::nullopt;
        const QUrl value(*text, QUrl::StrictMode);
        bool schemeOk = false;
        for (const char *s : schemes)
            schemeOk = schemeOk || value.scheme() == QLatin1StringView(s);
        if (!value.isValid() || value.host().isEmpty() || !schemeOk) {
            error(map[key], join(path, QString::fromLatin1(key)),
                InventoryLoader::tr("expected a URL with scheme %1 and a host, found \"%2\"")
                    .arg(knownList(schemes), *text));
            return std::nullopt;
        }
        return value;
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString index(const QString &path, qsizetype i) { return path + u'[' + QString::number(i) + u']'; }

private:
    static QString knownList(std::initializer_list<const char *> known)
    {
        QStringList list;
        for (const char *k : known)
            list << QString::fromLatin1(k);
        return list.join(u", "_s);
    }

    void add(ConfigMessage::Severity severity, const YAML::Mark &mark, const QString &field, const QString &text)
    {
        ConfigMessage m;
        m.severity = severity;
        m.file = m_file;
        m.line = mark.is_null() ? 0 : mark.line + 1;
        m.column = mark.is_null() ? 0 : mark.column + 1;
        m.field = field;
        m.text = text;
        m_messages.append(m);
    }

    QString m_file;
    ConfigMessages &m_messages;
};

std::optional<SecretRef> parseSecretRef(Reader &r, const YAML::Node &map, const QString &path)
{
    const auto text = r.string(map, "secret", path, false);
    if (!text)
        return SecretRef {};
    const qsizetype colon = text->indexOf(u':');
    const QString scheme = colon > 0 ? text->left(colon) : QString();
    const QString key = colon > 0 ? text->mid(colon + 1) : QString();
    SecretRef ref;
    ref.key = key;
    if (scheme == u"keychain"_s)
        ref.store = SecretRef::Store::Keychain;
    else if (scheme == u"env"_s)
        ref.store = SecretRef::Store::Environment;
    else if (scheme == u"file"_s)
        ref.store = SecretRef::Store::File;
    if (ref.store == SecretRef::Store::None || key.isEmpty()) {
        r.error(map["secret"], Reader::join(path, u"secret"_s),
            InventoryLoader::tr("expected a reference to a secret: keychain:NAME, env:VARIABLE or "
                                "file:PATH (the secret itself never goes in the profile)"));
        return std::nullopt;
    }
    return ref;
}

void parseTls(Reader &r, const YAML::Node &map, const QString &path, TlsConfig &tls)
{
    const YAML::Node node = map["tls"];
    const QString tpath = Reader::join(path, u"tls"_s);
    if (!r.isMap(node, tpath, map.Mark(), false))
        return;
    r.checkKeys(node, tpath, {"ca", "cert", "key"});
    tls.caFile = r.string(node, "ca", tpath, false).value_or(QString());
    tls.certFile = r.string(node, "cert", tpath, false).value_or(QString());
    tls.keyFile = r.string(node, "key", tpath, false).value_or(QString());
    if (tls.certFile.isEmpty() != tls.keyFile.isEmpty())
        r.error(node, tpath, InventoryLoader::tr("a client certificate needs both \"cert\" and \"key\""));
}

void parseAuth(Reader &r, const YAML::Node &map, const QString &path, EndpointAuth &auth)
{
    const YAML::Node node = map["auth"];
    const QString apath = Reader::join(path, u"auth"_s);
    if (!r.isMap(node, apath, map.Mark(), false))
        return;
    r.checkKeys(node, apath, {"kind", "username", "secret"});
    const QString kind = r.string(node, "kind", apath, true).value_or(QString());
    if (kind == u"basic"_s)
        auth.kind = EndpointAuth::Kind::Basic;
    else if (kind == u"bearer"_s)
        auth.kind = EndpointAuth::Kind::Bearer;
    else if (kind == u"none"_s || kind.isEmpty())
        auth.kind = EndpointAuth::Kind::None;
    else
        r.error(node["kind"], Reader::join(apath, u"kind"_s),
            InventoryLoader::tr("expected basic, bearer or none, found \"%1\"").arg(kind));
    auth.username = r.string(node, "username", apath, auth.kind == EndpointAuth::Kind::Basic).value_or(QString());
    if (auto secret = parseSecretRef(r, node, apath))
        auth.secret = *secret;
    if (auth.kind != EndpointAuth::Kind::None && !auth.secret.isSet() && node["secret"].IsNull())
        r.errorAt(node.Mark(), Reader::join(apath, u"secret"_s),
            InventoryLoader::tr("missing; %1 authentication needs a secret reference").arg(kind));
}

void parseServiceHours(Reader &r, const YAML::Node &map, const QString &path, ServiceHours &hours)
{
    const YAML::Node node = map["serviceHours"];
    const QString spath = Reader::join(path, u"serviceHours"_s);
    if (!r.isMap(node, spath, map.Mark(), false))
        return;
    r.checkKeys(node, spath, {"weekdays", "start", "end", "timeZone", "holidays"});
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const YAML::Node wd = node["weekdays"];
    const QString wpath = Reader::join(spath, u"weekdays"_s);
    if (r.isSequence(wd, wpath, node.Mark(), false)) {
        hours.weekdays.clear();
        for (std::size_t i = 0; i < wd.size(); ++i) {
            const QString day = wd[i].IsScalar() ? fromStd(wd[i].Scalar()).toLower() : QString();
            int found = 0;
            for (int d = 0; d < 7; ++d)
                found = day.startsWith(QLatin1StringView(days[d])) ? d + 1 : found;
            if (found == 0)
                r.error(wd[i], Reader::index(wpath, static_cast<qsizetype>(i)),
                    InventoryLoader::tr("expected a weekday: mon, tue, wed, thu, fri, sat or sun"));
            else
                hours.weekdays.append(found);
        }
    }
    auto readTime = [&](const char *key, QTime &out) {
        if (auto text = r.string(node, key, spath, false)) {
            const QTime t = QTime::fromString(*text, u"HH:mm"_s);
            if (!t.isValid())
                r.error(node[key], Reader::join(spath, QString::fromLatin1(key)),
                    InventoryLoader::tr("expected a time as HH:MM, found \"%1\"").arg(*text));
            else
                out = t;
        }
    };
    readTime("start", hours.start);
    readTime("end", hours.end);
    // An end before the start is a period running past midnight (a night shift).
    if (hours.start == hours.end)
        r.error(node, spath, InventoryLoader::tr("service hours must not start and end at the same time"));
    if (auto tz = r.string(node, "timeZone", spath, false)) {
        if (!QTimeZone(tz->toUtf8()).isValid())
            r.error(node["timeZone"], Reader::join(spath, u"timeZone"_s),
                InventoryLoader::tr("unknown time zone \"%1\" (expected an IANA name such as America/Sao_Paulo)")
                    .arg(*tz));
        else
            hours.timeZone = *tz;
    }
    const YAML::Node hol = node["holidays"];
    const QString hpath = Reader::join(spath, u"holidays"_s);
    if (r.isSequence(hol, hpath, node.Mark(), false)) {
        for (std::size_t i = 0; i < hol.size(); ++i) {
            const QDate date = hol[i].IsScalar() ? QDate::fromString(fromStd(hol[i].Scalar()), Qt::ISODate) : QDate();
            if (!date.isValid())
                r.error(hol[i], Reader::index(hpath, static_cast<qsizetype>(i)),
                    InventoryLoader::tr("expected a date as YYYY-MM-DD"));
            else
                hours.holidays.append(date);
        }
    }
}

void parseServiceLevels(Reader &r, const YAML::Node &map, const QString &path, ServiceLevels &levels)
{
    const YAML::Node node = map["serviceLevels"];
    const QString spath = Reader::join(path, u"serviceLevels"_s);
    if (!r.isMap(node, spath, map.Mark(), false))
        return;
    r.checkKeys(node, spath,
        {"fastIntervalSeconds", "fastIntervalShare", "slowIntervalSeconds", "slowIntervalShare", "producedBlocksShare",
            "inactivityWindowBlocks", "ola"});
    levels.fastIntervalSeconds = r.number<double>(node, "fastIntervalSeconds", spath, false, 0.001, 86400)
                                     .value_or(levels.fastIntervalSeconds);
    levels.fastIntervalShare
        = r.number<double>(node, "fastIntervalShare", spath, false, 0, 1).value_or(levels.fastIntervalShare);
    levels.slowIntervalSeconds = r.number<double>(node, "slowIntervalSeconds", spath, false, 0.001, 86400)
                                     .value_or(levels.slowIntervalSeconds);
    levels.slowIntervalShare
        = r.number<double>(node, "slowIntervalShare", spath, false, 0, 1).value_or(levels.slowIntervalShare);
    levels.producedBlocksShare
        = r.number<double>(node, "producedBlocksShare", spath, false, 0, 1).value_or(levels.producedBlocksShare);
    levels.inactivityWindowBlocks = r.number<int>(node, "inactivityWindowBlocks", spath, false, 1, 10000000)
                                        .value_or(levels.inactivityWindowBlocks);
    const YAML::Node ola = node["ola"];
    const QString opath = Reader::join(spath, u"ola"_s);
    if (r.isSequence(ola, opath, node.Mark(), false)) {
        levels.ola.clear();
        for (std::size_t i = 0; i < ola.size(); ++i) {
            const QString ipath = Reader::index(opath, static_cast<qsizetype>(i));
            if (!r.isMap(ola[i], ipath, ola.Mark(), true))
                continue;
            r.checkKeys(ola[i], ipath, {"validators", "yellowPercent", "redPercent"});
            OlaThreshold t;
            t.validators = r.number<int>(ola[i], "validators", ipath, true, 1, 1000).value_or(0);
            t.yellowPercent = r.number<double>(ola[i], "yellowPercent", ipath, true, 0, 100).value_or(0);
            t.redPercent = r.number<double>(ola[i], "redPercent", ipath, true, 0, 100).value_or(0);
            if (t.redPercent > t.yellowPercent)
                r.error(ola[i], ipath, InventoryLoader::tr("redPercent must not be above yellowPercent"));
            levels.ola.append(t);
        }
    }
}

void parseHealth(Reader &r, const YAML::Node &map, const QString &path, HealthOverrides &h)
{
    const YAML::Node node = map["health"];
    const QString hpath = Reader::join(path, u"health"_s);
    if (!r.isMap(node, hpath, map.Mark(), false))
        return;
    r.checkKeys(node, hpath,
        {"signingWindowBlocks", "blockAgeWarningSeconds", "blockAgeCriticalSeconds", "lagWarningBlocks",
            "lagCriticalBlocks", "staleAfterSeconds"});
    h.signingWindowBlocks = r.number<int>(node, "signingWindowBlocks", hpath, false, 1, 1000000);
    h.blockAgeWarningSeconds = r.number<double>(node, "blockAgeWarningSeconds", hpath, false, 0.1, 86400);
    h.blockAgeCriticalSeconds = r.number<double>(node, "blockAgeCriticalSeconds", hpath, false, 0.1, 86400);
    h.lagWarningBlocks = r.number<int>(node, "lagWarningBlocks", hpath, false, 1, 1000000);
    h.lagCriticalBlocks = r.number<int>(node, "lagCriticalBlocks", hpath, false, 1, 1000000);
    h.staleAfterSeconds = r.number<double>(node, "staleAfterSeconds", hpath, false, 1, 86400);
    if (h.blockAgeWarningSeconds && h.blockAgeCriticalSeconds && *h.blockAgeWarningSeconds > *h.blockAgeCriticalSeconds)
        r.error(node, hpath, InventoryLoader::tr("blockAgeWarningSeconds must not be above blockAgeCriticalSeconds"));
    if (h.lagWarningBlocks && h.lagCriticalBlocks && *h.lagWarningBlocks > *h.lagCriticalBlocks)
        r.error(node, hpath, InventoryLoader::tr("lagWarningBlocks must not be above lagCriticalBlocks"));
}

void parsePolling(Reader &r, const YAML::Node &map, const QString &path, PollingConfig &p)
{
    const YAML::Node node = map["polling"];
    const QString ppath = Reader::join(path, u"polling"_s);
    if (!r.isMap(node, ppath, map.Mark(), false))
        return;
    r.checkKeys(node, ppath,
        {"nodeStatusMs", "prometheusMs", "signerMetricsMs", "connectTimeoutMs", "totalTimeoutMs", "maxInFlightPerHost",
            "maxReplyBytes", "maxJsonDepth", "historyHours"});
    p.nodeStatusMs = r.number<int>(node, "nodeStatusMs", ppath, false, 100, 3600000).value_or(p.nodeStatusMs);
    p.prometheusMs = r.number<int>(node, "prometheusMs", ppath, false, 100, 3600000).value_or(p.prometheusMs);
    p.signerMetricsMs = r.number<int>(node, "signerMetricsMs", ppath, false, 100, 3600000).value_or(p.signerMetricsMs);
    p.connectTimeoutMs
        = r.number<int>(node, "connectTimeoutMs", ppath, false, 100, 600000).value_or(p.connectTimeoutMs);
    p.totalTimeoutMs = r.number<int>(node, "totalTimeoutMs", ppath, false, 100, 600000).value_or(p.totalTimeoutMs);
    p.maxInFlightPerHost
        = r.number<int>(node, "maxInFlightPerHost", ppath, false, 1, 64).value_or(p.maxInFlightPerHost);
    p.maxReplyBytes
        = r.number<qint64>(node, "maxReplyBytes", ppath, false, 1024, qint64(4) << 30).value_or(p.maxReplyBytes);
    p.maxJsonDepth = r.number<int>(node, "maxJsonDepth", ppath, false, 4, 1000).value_or(p.maxJsonDepth);
    p.historyHours = r.number<int>(node, "historyHours", ppath, false, 1, 24 * 31).value_or(p.historyHours);
}

// Section `incidents.rules`: per rule id its switches. Minimal here; the rules' own thresholds may grow it.
void parseIncidentRules(Reader &r, const YAML::Node &map, const QString &path, IncidentRulesConfig &cfg)
{
    cfg.lagBlocks = r.number<int>(map, "lagBlocks", path, false, 1, 1000000).value_or(cfg.lagBlocks);
    cfg.lagSeconds = r.number<double>(map, "lagSeconds", path, false, 0, 86400).value_or(cfg.lagSeconds);
    cfg.minObserverBoots = r.number<int>(map, "minObserverBoots", path, false, 0, 1000).value_or(cfg.minObserverBoots);
    cfg.unknownSenderTransactions = r.number<int>(map, "unknownSenderTransactions", path, false, 1, 100000000)
                                        .value_or(cfg.unknownSenderTransactions);
    cfg.unknownSenderWindowSeconds = r.number<double>(map, "unknownSenderWindowSeconds", path, false, 1, 86400 * 31)
                                         .value_or(cfg.unknownSenderWindowSeconds);
    const YAML::Node node = map["rules"];
    const QString rpath = Reader::join(path, u"rules"_s);
    if (!r.isMap(node, rpath, map.Mark(), false))
        return;
    for (const auto &entry : node) {
        const QString id = fromStd(entry.first.Scalar());
        const QString ipath = Reader::join(rpath, id);
        if (!r.isMap(entry.second, ipath, entry.first.Mark(), true))
            continue;
        r.checkKeys(entry.second, ipath, {"enabled", "raiseAfterSeconds", "clearAfterSeconds"});
        RuleSettings settings;
        settings.enabled = r.boolean(entry.second, "enabled", ipath).value_or(true);
        settings.raiseAfterSeconds = r.number<double>(entry.second, "raiseAfterSeconds", ipath, false, 0, 86400);
        settings.clearAfterSeconds = r.number<double>(entry.second, "clearAfterSeconds", ipath, false, 0, 86400);
        cfg.rules.insert(id, settings);
    }
}

void parseIncidents(Reader &r, const YAML::Node &map, const QString &path, IncidentsConfig &cfg, bool allowPlaintext)
{
    const YAML::Node node = map["incidents"];
    const QString ipath = Reader::join(path, u"incidents"_s);
    if (!r.isMap(node, ipath, map.Mark(), false))
        return;
    r.checkKeys(node, ipath,
        {"database", "institution", "answerServiceHours", "actionServiceHours", "rules", "lagBlocks", "lagSeconds",
            "minObserverBoots", "unknownSenderTransactions", "unknownSenderWindowSeconds", "notifications"});
    cfg.database = r.string(node, "database", ipath, false).value_or(cfg.database);
    cfg.institution = r.string(node, "institution", ipath, false).value_or(cfg.institution);
    cfg.answerServiceHours
        = r.number<double>(node, "answerServiceHours", ipath, false, 0.01, 10000).value_or(cfg.answerServiceHours);
    cfg.actionServiceHours
        = r.number<double>(node, "actionServiceHours", ipath, false, 0.01, 10000).value_or(cfg.actionServiceHours);
    if (cfg.actionServiceHours < cfg.answerServiceHours)
        r.error(node, ipath, InventoryLoader::tr("actionServiceHours must not be below answerServiceHours"));
    parseIncidentRules(r, node, ipath, cfg.rules);

    const YAML::Node n = node["notifications"];
    const QString npath = Reader::join(ipath, u"notifications"_s);
    if (!r.isMap(n, npath, node.Mark(), false))
        return;
    NotificationConfig &nc = cfg.notifications;
    r.checkKeys(n, npath,
        {"tray", "alertmanager", "silenceOnAcknowledge", "silenceHours", "discordWebhook", "webhook", "linkBase",
            "minIntervalSeconds", "maxRetries"});
    nc.tray = r.boolean(n, "tray", npath).value_or(nc.tray);
    nc.alertmanager = r.boolean(n, "alertmanager", npath).value_or(nc.alertmanager);
    nc.silenceOnAcknowledge = r.boolean(n, "silenceOnAcknowledge", npath).value_or(nc.silenceOnAcknowledge);
    nc.silenceHours = r.number<double>(n, "silenceHours", npath, false, 0.01, 24 * 31).value_or(nc.silenceHours);
    nc.minIntervalSeconds
        = r.number<int>(n, "minIntervalSeconds", npath, false, 0, 86400).value_or(nc.minIntervalSeconds);
    nc.maxRetries = r.number<int>(n, "maxRetries", npath, false, 0, 100).value_or(nc.maxRetries);
    if (auto link = r.string(n, "linkBase", npath, false))
        nc.linkBase = *link;
    const YAML::Node discord = n["discordWebhook"];
    const QString dpath = Reader::join(npath, u"discordWebhook"_s);
    if (discord.IsDefined() && discord.IsScalar() && !discord.IsNull()) {
        r.error(discord, dpath,
            InventoryLoader::tr("the webhook URL is a secret: write \"discordWebhook: {secret: keychain:NAME}\" and "
                                "keep the URL in the keychain"));
    } else if (r.isMap(discord, dpath, n.Mark(), false)) {
        // The webhook URL is itself the credential: only a reference to where it is kept.
        r.checkKeys(discord, dpath, {"secret"});
        if (auto secret = parseSecretRef(r, discord, dpath)) {
            nc.discordWebhook = *secret;
            if (!secret->isSet())
                r.errorAt(discord.Mark(), Reader::join(dpath, u"secret"_s),
                    InventoryLoader::tr("missing; expected keychain:NAME, env:VARIABLE or file:PATH"));
        }
    }
    const YAML::Node hook = n["webhook"];
    const QString hpath = Reader::join(npath, u"webhook"_s);
    if (r.isMap(hook, hpath, n.Mark(), false)) {
        r.checkKeys(hook, hpath, {"url", "auth"});
        nc.webhookUrl = r.url(hook, "url", hpath, true, {"http", "https"}).value_or(QUrl());
        parseAuth(r, hook, hpath, nc.webhookAuth);
    }
    if (!allowPlaintext) {
        for (const auto &[ref, where] : {std::pair {nc.discordWebhook, Reader::join(dpath, u"secret"_s)},
                 std::pair {nc.webhookAuth.secret, Reader::join(hpath, u"auth.secret"_s)}}) {
            if (ref.store == SecretRef::Store::Environment || ref.store == SecretRef::Store::File)
                r.errorAt(node.Mark(), where,
                    InventoryLoader::tr("secrets outside the system keychain need \"allowPlaintextSecrets: true\" at "
                                        "the top of the profile"));
        }
    }
}

// Section `kiosk:` at the top of the profile. A playlist given replaces the default one whole.
void parseKiosk(Reader &r, const YAML::Node &root, KioskConfig &kiosk)
{
    const YAML::Node node = root["kiosk"];
    const QString kpath = u"kiosk"_s;
    if (!r.isMap(node, kpath, root.Mark(), false))
        return;
    r.checkKeys(node, kpath, {"playlist", "exitChord", "staleAfterSeconds"});
    if (const auto chord = r.string(node, "exitChord", kpath, false)) {
        if (KioskConfig::isValidChord(*chord))
            kiosk.exitChord = *chord;
        else
            r.error(node["exitChord"], Reader::join(kpath, u"exitChord"_s),
                InventoryLoader::tr("expected modifiers and one key joined by \"+\" (Ctrl, Alt, Shift, Meta; at least "
                                    "one), e.g. \"Ctrl+Alt+Shift+Q\", found \"%1\"")
                    .arg(*chord));
    }
    kiosk.staleAfterSeconds = r.number<double>(node, "staleAfterSeconds", kpath, false, 1, 86400);
    const YAML::Node list = node["playlist"];
    const QString lpath = Reader::join(kpath, u"playlist"_s);
    if (!r.isSequence(list, lpath, node.Mark(), false))
        return;
    if (list.size() == 0) {
        r.error(list, lpath, InventoryLoader::tr("expected at least one page"));
        return;
    }
    const QStringList keys = KioskConfig::pageKeys();
    QList<KioskPage> pages;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString ipath = Reader::index(lpath, static_cast<qsizetype>(i));
        if (!r.isMap(list[i], ipath, list.Mark(), true))
            continue;
        r.checkKeys(list[i], ipath, {"page", "dwellSeconds"});
        KioskPage page;
        page.page = r.string(list[i], "page", ipath, true).value_or(QString());
        if (!page.page.isEmpty() && !keys.contains(page.page))
            r.error(list[i]["page"], Reader::join(ipath, u"page"_s),
                InventoryLoader::tr("unknown page \"%1\" (known pages: %2)").arg(page.page, keys.join(u", "_s)));
        page.dwellSeconds = r.number<int>(list[i], "dwellSeconds", ipath, false, 5, 3600).value_or(page.dwellSeconds);
        pages.append(page);
    }
    kiosk.playlist = pages;
}

// Section `checklists`: the Operations Manual folder (Markdown documents the institution keeps in Git).
void parseChecklists(Reader &r, const YAML::Node &map, const QString &path, ChecklistsConfig &cfg)
{
    const YAML::Node node = map["checklists"];
    const QString cpath = Reader::join(path, u"checklists"_s);
    if (!r.isMap(node, cpath, map.Mark(), false))
        return;
    r.checkKeys(node, cpath, {"folder"});
    cfg.folder = r.string(node, "folder", cpath, false).value_or(cfg.folder);
}

bool isStaticAbiType(const QString &type)
{
    static const QRegularExpression re(u"^(uint(8|16|24|32|40|48|56|64|72|80|88|96|104|112|120|128|136|144|152|160|168|176|184|192|200|208|216|224|232|240|248|256)?|int(8|16|24|32|40|48|56|64|72|80|88|96|104|112|120|128|136|144|152|160|168|176|184|192|200|208|216|224|232|240|248|256)?|address|bool|bytes([1-9]|[12][0-9]|3[0-2]))$"_s);
    return re.match(type).hasMatch();
}

// An institution's `accounts:` (addresses, or {address, label}) and `accountsFile:` (CSV or JSON).
void parseInstitutionAccounts(Reader &r, const YAML::Node &map, const QString &path, const QString &fileName, Institution &inst)
{
    QSet<QString> seen;
    const YAML::Node list = map["accounts"];
    const QString apath = Reader::join(path, u"accounts"_s);
    if (r.isSequence(list, apath, map.Mark(), false)) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString ipath = Reader::index(apath, qsizetype(i));
            QString address;
            QString label;
            if (list[i].IsScalar()) {
                address = fromStd(list[i].Scalar());
            } else if (list[i].IsMap()) {
                r.checkKeys(list[i], ipath, {"address", "label"});
                address = r.string(list[i], "address", ipath, true).value_or(QString());
                label = r.string(list[i], "label", ipath, false).value_or(QString());
            }
            const auto normal = AccountList::normalizeAddress(address);
            if (!normal) {
                r.error(list[i], ipath,
                    InventoryLoader::tr("expected an account address (0x and 40 hex digits), found \"%1\"").arg(address));
                continue;
            }
            if (seen.contains(*normal)) {
                r.error(list[i], ipath, InventoryLoader::tr("account %1 is listed twice").arg(*normal));
                continue;
            }
            seen.insert(*normal);
            inst.accounts.append({*normal, label});
        }
    }
    const auto file = r.string(map, "accountsFile", path, false);
    if (!file || file->isEmpty())
        return;
    inst.accountsFile = *file;
    QString filePath = QDir::fromNativeSeparators(*file);
    if (QDir::isRelativePath(filePath) && !fileName.isEmpty() && !fileName.startsWith(u':'))
        filePath = QFileInfo(fileName).absoluteDir().filePath(filePath);
    const AccountList::Result read = AccountList::readFile(filePath);
    const QString fpath = Reader::join(path, u"accountsFile"_s);
    for (const ConfigMessage &m : read.messages) {
        const QString where = m.line > 0 ? u"%1:%2"_s.arg(m.file).arg(m.line) : m.file;
        r.error(map["accountsFile"], fpath,
            m.field.isEmpty() ? u"%1: %2"_s.arg(where, m.text) : u"%1: %2: %3"_s.arg(where, m.field, m.text));
    }
    for (const InstitutionAccount &a : read.accounts) {
        if (seen.contains(a.address))
            continue;
        seen.insert(a.address);
        inst.accounts.append(a);
    }
}

// Section `usage:` of a network.
void parseUsage(Reader &r, const YAML::Node &map, const QString &path, UsageConfig &cfg)
{
    const YAML::Node node = map["usage"];
    const QString upath = Reader::join(path, u"usage"_s);
    if (!r.isMap(node, upath, map.Mark(), false))
        return;
    r.checkKeys(node, upath, {"accountInstitution", "bucketSeconds", "recheckMinutes"});
    cfg.bucketSeconds = r.number<int>(node, "bucketSeconds", upath, false, 1, 3600).value_or(cfg.bucketSeconds);
    cfg.recheckMinutes = r.number<int>(node, "recheckMinutes", upath, false, 1, 60 * 24 * 31).value_or(cfg.recheckMinutes);
    const YAML::Node c = node["accountInstitution"];
    const QString cpath = Reader::join(upath, u"accountInstitution"_s);
    if (!r.isMap(c, cpath, node.Mark(), false))
        return;
    r.checkKeys(c, cpath, {"contract", "signature", "selector", "outputs", "institutionOutput", "activeOutput"});
    AccountInstitutionCall call;
    bool ok = true;
    call.contract = r.string(c, "contract", cpath, true).value_or(QString()).toLower();
    if (!call.contract.isEmpty() && call.contract != u"rules"_s && !AccountList::normalizeAddress(call.contract)) {
        r.error(c["contract"], Reader::join(cpath, u"contract"_s),
            InventoryLoader::tr("expected a contract address (0x and 40 hex digits) or \"rules\", found \"%1\"")
                .arg(call.contract));
        ok = false;
    }
    call.signature = r.string(c, "signature", cpath, true).value_or(QString()).remove(u' ');
    static const QRegularExpression sig(u"^[A-Za-z_][A-Za-z0-9_]*\\(address\\)$"_s);
    if (!call.signature.isEmpty() && !sig.match(call.signature).hasMatch()) {
        r.error(c["signature"], Reader::join(cpath, u"signature"_s),
            InventoryLoader::tr("expected a method taking the account's address, such as \"getAccount(address)\", "
                                "found \"%1\"")
                .arg(call.signature));
        ok = false;
    }
    if (auto selector = r.string(c, "selector", cpath, false)) {
        const auto bytes = chain::fromHex(QStringView(*selector));
        if (!bytes || bytes->size() != 4) {
            r.error(c["selector"], Reader::join(cpath, u"selector"_s),
                InventoryLoader::tr("expected 4 bytes in hex (0x and 8 hex digits), found \"%1\"").arg(*selector));
            ok = false;
        } else {
            call.selector = *bytes;
        }
    } else if (!call.signature.isEmpty()) {
        call.selector = chain::keccak256(call.signature.toLatin1()).left(4);
    }
    const YAML::Node outputs = c["outputs"];
    const QString opath = Reader::join(cpath, u"outputs"_s);
    if (r.isSequence(outputs, opath, c.Mark(), true)) {
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            const QString type = outputs[i].IsScalar() ? fromStd(outputs[i].Scalar()).trimmed() : QString();
            if (!isStaticAbiType(type)) {
                r.error(outputs[i], Reader::index(opath, qsizetype(i)),
                    InventoryLoader::tr("expected a static ABI type (uint256, int<N>, address, bool, bytes32...), "
                                        "found \"%1\"")
                        .arg(type));
                ok = false;
            }
            call.outputs << (type == u"uint"_s ? u"uint256"_s : type == u"int"_s ? u"int256"_s : type);
        }
        if (call.outputs.isEmpty()) {
            r.error(outputs, opath, InventoryLoader::tr("expected at least one output"));
            ok = false;
        }
    } else {
        ok = false;
    }
    const int last = int(std::max<qsizetype>(0, call.outputs.size() - 1));
    call.institutionOutput = r.number<int>(c, "institutionOutput", cpath, false, 0, last).value_or(0);
    call.activeOutput = r.number<int>(c, "activeOutput", cpath, false, 0, last).value_or(-1);
    if (call.activeOutput >= 0 && call.outputs.value(call.activeOutput) != u"bool"_s) {
        r.error(c["activeOutput"], Reader::join(cpath, u"activeOutput"_s),
            InventoryLoader::tr("output %1 is %2, not bool").arg(call.activeOutput).arg(call.outputs.value(call.activeOutput)));
        ok = false;
    }
    if (ok && !call.contract.isEmpty() && !call.signature.isEmpty())
        cfg.accountInstitution = call;
}

void parseNetwork(Reader &r, const YAML::Node &node, const QString &path, NetworkConfig &net, bool allowPlaintext,
    bool allowCredentialsOverHttp, const QString &fileName)
{
    r.checkKeys(node, path,
        {"name", "displayName", "chainId", "consensus", "qbftStartBlock", "blockPeriodSeconds", "requestTimeoutSeconds",
            "emptyBlockPeriodSeconds", "epochLength", "serviceHours", "serviceLevels", "health", "institutions", "nodes",
            "prometheus", "alertmanager", "polling", "incidents", "checklists", "usage"});
    net.name = r.string(node, "name", path, true).value_or(QString());
    net.displayName = r.string(node, "displayName", path, false).value_or(net.name);
    net.chainId = r.number<quint64>(node, "chainId", path, true, 1, std::numeric_limits<quint64>::max()).value_or(0);
    if (auto consensus = r.string(node, "consensus", path, false)) {
        if (*consensus == u"qbft"_s)
            net.consensus = Consensus::Qbft;
        else if (*consensus == u"ibft2"_s)
            net.consensus = Consensus::Ibft2;
        else
            r.error(node["consensus"], Reader::join(path, u"consensus"_s),
                InventoryLoader::tr("expected qbft or ibft2, found \"%1\"").arg(*consensus));
    }
    net.qbftStartBlock = r.number<quint64>(node, "qbftStartBlock", path, false, 0, std::numeric_limits<quint64>::max());
    net.blockPeriodSeconds
        = r.number<double>(node, "blockPeriodSeconds", path, false, 0.01, 3600).value_or(net.blockPeriodSeconds);
    net.requestTimeoutSeconds
        = r.number<int>(node, "requestTimeoutSeconds", path, false, 1, 3600).value_or(net.requestTimeoutSeconds);
    net.emptyBlockPeriodSeconds = r.number<double>(node, "emptyBlockPeriodSeconds", path, false, 0, 86400)
                                      .value_or(net.emptyBlockPeriodSeconds);
    net.epochLength = r.number<quint64>(node, "epochLength", path, false, 1, std::numeric_limits<quint64>::max())
                          .value_or(net.epochLength);
    parseServiceHours(r, node, path, net.serviceHours);
    parseHealth(r, node, path, net.health);
    parseServiceLevels(r, node, path, net.serviceLevels);
    parsePolling(r, node, path, net.polling);
    parseIncidents(r, node, path, net.incidents, allowPlaintext);
    parseChecklists(r, node, path, net.checklists);
    parseUsage(r, node, path, net.usage);
    // The SLA clock counts every unlisted holiday as a working day.
    const int year = QDate::currentDate().year();
    if ((!net.serviceHours.holidays.isEmpty() || node["incidents"].IsDefined())
        && std::none_of(net.serviceHours.holidays.cbegin(), net.serviceHours.holidays.cend(),
            [year](const QDate &d) { return d.year() == year; })) {
        const YAML::Node sh = node["serviceHours"];
        r.warning(sh.IsDefined() ? sh.Mark() : node.Mark(), Reader::join(path, u"serviceHours.holidays"_s),
            InventoryLoader::tr("no holiday listed for %1: service-hour deadlines will count holidays as working days")
                .arg(year));
    }

    const YAML::Node insts = node["institutions"];
    const QString ipath = Reader::join(path, u"institutions"_s);
    if (r.isSequence(insts, ipath, node.Mark(), false)) {
        for (std::size_t i = 0; i < insts.size(); ++i) {
            const QString p = Reader::index(ipath, static_cast<qsizetype>(i));
            if (!r.isMap(insts[i], p, insts.Mark(), true))
                continue;
            r.checkKeys(insts[i], p, {"id", "name", "prometheusOrganization", "accounts", "accountsFile", "permissioningId"});
            Institution inst;
            inst.id = r.string(insts[i], "id", p, true).value_or(QString());
            inst.name = r.string(insts[i], "name", p, false).value_or(inst.id);
            inst.prometheusOrganization = r.string(insts[i], "prometheusOrganization", p, false).value_or(inst.id);
            inst.permissioningId = r.string(insts[i], "permissioningId", p, false).value_or(QString());
            parseInstitutionAccounts(r, insts[i], p, fileName, inst);
            if (!inst.id.isEmpty() && net.institution(inst.id))
                r.error(insts[i]["id"], Reader::join(p, u"id"_s),
                    InventoryLoader::tr("duplicate institution id \"%1\"").arg(inst.id));
            net.institutions.append(inst);
        }
    }

    const YAML::Node nodes = node["nodes"];
    const QString npath = Reader::join(path, u"nodes"_s);
    if (r.isSequence(nodes, npath, node.Mark(), false)) {
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            const QString p = Reader::index(npath, static_cast<qsizetype>(i));
            const YAML::Node n = nodes[i];
            if (!r.isMap(n, p, nodes.Mark(), true))
                continue;
            r.checkKeys(n, p,
                {"name", "type", "institution", "rpcHttp", "rpcWs", "prometheusNode", "prometheusInstance", "address",
                    "enode"});
            NodeConfig nc;
            nc.name = r.string(n, "name", p, true).value_or(QString());
            if (!nc.name.isEmpty() && net.node(nc.name))
                r.error(n["name"], Reader::join(p, u"name"_s),
                    InventoryLoader::tr("duplicate node name \"%1\"").arg(nc.name));
            if (auto type = r.string(n, "type", p, true)) {
                if (auto t = nodeTypeFromKey(*type))
                    nc.type = *t;
                else
                    r.error(n["type"], Reader::join(p, u"type"_s),
                        InventoryLoader::tr("expected one of validator, boot, writer, observer-boot, observer, "
                                            "prometheus, other; found \"%1\"")
                            .arg(*type));
            }
            nc.institution = r.string(n, "institution", p, true).value_or(QString());
            if (!nc.institution.isEmpty() && !net.institution(nc.institution))
                r.error(n["institution"], Reader::join(p, u"institution"_s),
                    InventoryLoader::tr("no institution with id \"%1\" in %2").arg(nc.institution, ipath));
            nc.rpcHttp = r.url(n, "rpcHttp", p, false, {"http", "https"}).value_or(QUrl());
            nc.rpcWs = r.url(n, "rpcWs", p, false, {"ws", "wss"}).value_or(QUrl());
            nc.prometheusNode = r.string(n, "prometheusNode", p, false).value_or(nc.name);
            nc.prometheusInstance = r.string(n, "prometheusInstance", p, false).value_or(QString());
            if (auto address = r.string(n, "address", p, false)) {
                static const QRegularExpression re(u"^0x[0-9a-fA-F]{40}$"_s);
                if (!re.match(*address).hasMatch())
                    r.error(n["address"], Reader::join(p, u"address"_s),
                        InventoryLoader::tr("expected 0x followed by 40 hex digits"));
                else
                    nc.address = address->toLower();
            }
            if (auto enode = r.string(n, "enode", p, false)) {
                static const QRegularExpression re(u"^(enode://)?([0-9a-fA-F]{128})(@.*)?$"_s);
                const auto m = re.match(*enode);
                if (!m.hasMatch())
                    r.error(n["enode"], Reader::join(p, u"enode"_s),
                        InventoryLoader::tr("expected an enode URL or 128 hex digits of public key"));
                else
                    nc.enode = m.captured(2).toLower();
            }
            net.nodes.append(nc);
        }
    }

    const YAML::Node prom = node["prometheus"];
    const QString ppath = Reader::join(path, u"prometheus"_s);
    if (r.isMap(prom, ppath, node.Mark(), false)) {
        r.checkKeys(prom, ppath, {"job", "scrapeIntervalSeconds", "federationIntervalSeconds", "endpoints"});
        net.prometheusJob = r.string(prom, "job", ppath, false).value_or(net.prometheusJob);
        net.federation.scrapeIntervalSeconds = r.number<double>(prom, "scrapeIntervalSeconds", ppath, false, 0.1, 3600)
                                                   .value_or(net.federation.scrapeIntervalSeconds);
        net.federation.federationIntervalSeconds
            = r.number<double>(prom, "federationIntervalSeconds", ppath, false, 0.1, 3600)
                  .value_or(net.federation.federationIntervalSeconds);
        const YAML::Node eps = prom["endpoints"];
        const QString epath = Reader::join(ppath, u"endpoints"_s);
        if (r.isSequence(eps, epath, prom.Mark(), false)) {
            for (std::size_t i = 0; i < eps.size(); ++i) {
                const QString p = Reader::index(epath, static_cast<qsizetype>(i));
                if (!r.isMap(eps[i], p, eps.Mark(), true))
                    continue;
                r.checkKeys(eps[i], p, {"name", "url", "tls", "auth"});
                PrometheusEndpoint ep;
                ep.url = r.url(eps[i], "url", p, true, {"http", "https"}).value_or(QUrl());
                ep.name = r.string(eps[i], "name", p, false).value_or(ep.url.host());
                parseTls(r, eps[i], p, ep.tls);
                parseAuth(r, eps[i], p, ep.auth);
                net.prometheus.append(ep);
            }
        }
    }

    const YAML::Node am = node["alertmanager"];
    const QString apath = Reader::join(path, u"alertmanager"_s);
    if (r.isMap(am, apath, node.Mark(), false)) {
        r.checkKeys(am, apath, {"url", "tls", "auth"});
        AlertmanagerEndpoint ep;
        ep.url = r.url(am, "url", apath, true, {"http", "https"}).value_or(QUrl());
        parseTls(r, am, apath, ep.tls);
        parseAuth(r, am, apath, ep.auth);
        net.alertmanager = ep;
    }

    if (!allowPlaintext) {
        auto checkPlain = [&](const EndpointAuth &auth, const QString &where) {
            if (auth.secret.store == SecretRef::Store::Environment || auth.secret.store == SecretRef::Store::File)
                r.errorAt(node.Mark(), where,
                    InventoryLoader::tr("secrets outside the system keychain need \"allowPlaintextSecrets: true\" at "
                                        "the top of the profile"));
        };
        for (qsizetype i = 0; i < net.prometheus.size(); ++i)
            checkPlain(
                net.prometheus[i].auth, Reader::index(Reader::join(ppath, u"endpoints"_s), i) + u".auth.secret"_s);
        if (net.alertmanager)
            checkPlain(net.alertmanager->auth, Reader::join(apath, u"auth.secret"_s));
    }

    // Credentials on a plain-text endpoint travel readable by anyone on the path: refused unless the profile says so.
    auto checkCredentials = [&](const QUrl &url, const EndpointAuth &auth, const QString &where) {
        const bool credentials
            = auth.kind != EndpointAuth::Kind::None || !url.userName().isEmpty() || !url.password().isEmpty();
        const QString scheme = url.scheme().toLower();
        if (!credentials || (scheme != u"http"_s && scheme != u"ws"_s))
            return;
        if (allowCredentialsOverHttp)
            r.warning(node.Mark(), where,
                InventoryLoader::tr("credentials will be sent unencrypted over %1:// (allowed by "
                                    "\"allowCredentialsOverHttp: true\")")
                    .arg(scheme));
        else
            r.errorAt(node.Mark(), where,
                InventoryLoader::tr("credentials over plain %1:// would be sent unencrypted; use %1s:// or set "
                                    "\"allowCredentialsOverHttp: true\" at the top of the profile")
                    .arg(scheme));
    };
    for (qsizetype i = 0; i < net.prometheus.size(); ++i)
        checkCredentials(net.prometheus[i].url, net.prometheus[i].auth,
            Reader::index(Reader::join(ppath, u"endpoints"_s), i) + u".url"_s);
    if (net.alertmanager)
        checkCredentials(net.alertmanager->url, net.alertmanager->auth, Reader::join(apath, u"url"_s));
    if (!net.incidents.notifications.webhookUrl.isEmpty())
        checkCredentials(net.incidents.notifications.webhookUrl, net.incidents.notifications.webhookAuth,
            Reader::join(path, u"incidents.notifications.webhook.url"_s));
    for (qsizetype i = 0; i < net.nodes.size(); ++i) {
        const QString nodePath = Reader::index(npath, i);
        checkCredentials(net.nodes[i].rpcHttp, {}, Reader::join(nodePath, u"rpcHttp"_s));
        checkCredentials(net.nodes[i].rpcWs, {}, Reader::join(nodePath, u"rpcWs"_s));
    }
}


// Section `snapshots:` at the top level: the institutions whose signed snapshots this NOC trusts.
void parseSnapshots(Reader &r, const YAML::Node &root, const QString &fileName, SnapshotsConfig &out)
{
    const YAML::Node section = root["snapshots"];
    if (!r.isMap(section, u"snapshots"_s, root.Mark(), false))
        return;
    r.checkKeys(section, u"snapshots"_s, {"trustedKeys"});
    const YAML::Node keys = section["trustedKeys"];
    const QString kpath = u"snapshots.trustedKeys"_s;
    if (!r.isSequence(keys, kpath, section.Mark(), false))
        return;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const QString p = Reader::index(kpath, static_cast<qsizetype>(i));
        if (!r.isMap(keys[i], p, keys.Mark(), true))
            continue;
        r.checkKeys(keys[i], p, {"institution", "publicKey"});
        TrustedSnapshotKey key;
        key.institution = r.string(keys[i], "institution", p, true).value_or(QString());
        key.publicKey = r.string(keys[i], "publicKey", p, true).value_or(QString());
        if (key.institution.isEmpty() || key.publicKey.isEmpty())
            continue;
        if (key.publicKey.startsWith(u"-----BEGIN"_s)) {
            key.publicKeyPem = key.publicKey.toUtf8();
        } else {
            QString path = QDir::fromNativeSeparators(key.publicKey);
            if (QDir::isRelativePath(path) && !fileName.isEmpty() && !fileName.startsWith(u':'))
                path = QFileInfo(fileName).absoluteDir().filePath(path);
            QFile file(path);
            // A public key is a few hundred bytes; anything much larger is not one.
            if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
                r.error(keys[i]["publicKey"], Reader::join(p, u"publicKey"_s),
                    InventoryLoader::tr("cannot read the public key file %1: %2").arg(path, file.errorString()));
                continue;
            }
            key.publicKeyPem = file.readAll();
        }
        if (!key.publicKeyPem.contains("-----BEGIN PUBLIC KEY-----")) {
            r.error(keys[i]["publicKey"], Reader::join(p, u"publicKey"_s),
                InventoryLoader::tr("expected a PEM public key (-----BEGIN PUBLIC KEY-----) or the path of one"));
            continue;
        }
        out.trustedKeys.append(key);
    }
}

} // namespace

InventoryLoadResult InventoryLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        InventoryLoadResult result;
        ConfigMessage m;
        m.file = path;
        m.text = InventoryLoader::tr("cannot open the file: %1").arg(file.errorString());
        result.messages.append(m);
        return result;
    }
    return parse(file.readAll(), path);
}

InventoryLoadResult InventoryLoader::parse(const QByteArray &yaml, const QString &fileName)
{
    try {
        return parseDocument(yaml, fileName);
    } catch (const YAML::Exception &e) {
        // The reader checks node kinds before use; this is the net under it, so bad input never crashes.
        InventoryLoadResult result;
        Reader(fileName, result.messages)
            .errorAt(e.mark, QString(), InventoryLoader::tr("cannot read the profile: %1").arg(fromStd(e.msg)));
        return result;
    }
}

InventoryLoadResult InventoryLoader::parseDocument(const QByteArray &yaml, const QString &fileName)
{
    InventoryLoadResult result;
    Reader r(fileName, result.messages);
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::ParserException &e) {
        r.errorAt(e.mark, QString(), InventoryLoader::tr("not valid YAML: %1").arg(fromStd(e.msg)));
        return result;
    }
    if (!root.IsMap()) {
        r.errorAt(root.IsDefined() ? root.Mark() : YAML::Mark::null_mark(), QString(),
            InventoryLoader::tr("expected a mapping with \"active\" and \"networks\" at the top level"));
        return result;
    }

    Inventory inv;
    inv.path = fileName;
    r.checkKeys(root, QString(), {"active", "allowPlaintextSecrets", "allowCredentialsOverHttp", "networks", "kiosk", "snapshots"});
    inv.allowPlaintextSecrets = r.boolean(root, "allowPlaintextSecrets", QString()).value_or(false);
    inv.allowCredentialsOverHttp = r.boolean(root, "allowCredentialsOverHttp", QString()).value_or(false);
    const YAML::Node nets = root["networks"];
    if (r.isSequence(nets, u"networks"_s, root.Mark(), true)) {
        if (nets.size() == 0)
            r.error(nets, u"networks"_s, InventoryLoader::tr("expected at least one network"));
        for (std::size_t i = 0; i < nets.size(); ++i) {
            const QString p = Reader::index(u"networks"_s, static_cast<qsizetype>(i));
            if (!r.isMap(nets[i], p, nets.Mark(), true))
                continue;
            NetworkConfig net;
            parseNetwork(r, nets[i], p, net, inv.allowPlaintextSecrets, inv.allowCredentialsOverHttp, fileName);
            if (!net.name.isEmpty() && inv.network(net.name))
                r.error(nets[i]["name"], Reader::join(p, u"name"_s),
                    InventoryLoader::tr("duplicate network name \"%1\"").arg(net.name));
            inv.networks.append(net);
        }
    }
    parseKiosk(r, root, inv.kiosk);
    parseSnapshots(r, root, fileName, inv.snapshots);
    inv.activeNetwork = r.string(root, "active", QString(), false).value_or(QString());
    if (inv.activeNetwork.isEmpty() && !inv.networks.isEmpty())
        inv.activeNetwork = inv.networks.constFirst().name;
    else if (!inv.activeNetwork.isEmpty() && !inv.network(inv.activeNetwork))
        r.error(root["active"], u"active"_s,
            InventoryLoader::tr("no network named \"%1\" in networks").arg(inv.activeNetwork));

    if (inv.allowPlaintextSecrets) {
        r.warning(root["allowPlaintextSecrets"].Mark(), u"allowPlaintextSecrets"_s,
            InventoryLoader::tr(
                "secrets may be read from environment variables or plain files: keep those files private"));
    }
    if (!hasErrors(result.messages))
        result.inventory = std::move(inv);
    return result;
}

namespace {

void emitString(YAML::Emitter &out, const char *key, const QString &value)
{
    if (!value.isEmpty())
        out << YAML::Key << key << YAML::Value << value.toStdString();
}

std::string secretText(const SecretRef &ref)
{
    switch (ref.store) {
    case SecretRef::Store::Keychain:
        return "keychain:" + ref.key.toStdString();
    case SecretRef::Store::Environment:
        return "env:" + ref.key.toStdString();
    case SecretRef::Store::File:
        return "file:" + ref.key.toStdString();
    case SecretRef::Store::None:
        break;
    }
    return {};
}

void emitTlsAndAuth(YAML::Emitter &out, const TlsConfig &tls, const EndpointAuth &auth)
{
    if (tls.isSet()) {
        out << YAML::Key << "tls" << YAML::Value << YAML::BeginMap;
        emitString(out, "ca", tls.caFile);
        emitString(out, "cert", tls.certFile);
        emitString(out, "key", tls.keyFile);
        out << YAML::EndMap;
    }
    if (auth.kind != EndpointAuth::Kind::None) {
        out << YAML::Key << "auth" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "kind" << YAML::Value << (auth.kind == EndpointAuth::Kind::Basic ? "basic" : "bearer");
        emitString(out, "username", auth.username);
        if (auth.secret.isSet())
            out << YAML::Key << "secret" << YAML::Value << secretText(auth.secret);
        out << YAML::EndMap;
    }
}

bool isDefault(const IncidentsConfig &c)
{
    const IncidentsConfig d;
    const NotificationConfig &n = c.notifications;
    const NotificationConfig &dn = d.notifications;
    return c.database.isEmpty() && c.institution.isEmpty() && c.answerServiceHours == d.answerServiceHours
        && c.actionServiceHours == d.actionServiceHours && c.rules.rules.isEmpty()
        && c.rules.lagBlocks == d.rules.lagBlocks && c.rules.lagSeconds == d.rules.lagSeconds
        && c.rules.minObserverBoots == d.rules.minObserverBoots
        && c.rules.unknownSenderTransactions == d.rules.unknownSenderTransactions
        && c.rules.unknownSenderWindowSeconds == d.rules.unknownSenderWindowSeconds && n.tray == dn.tray && n.alertmanager == dn.alertmanager
        && n.silenceOnAcknowledge == dn.silenceOnAcknowledge && n.silenceHours == dn.silenceHours
        && !n.discordWebhook.isSet() && n.webhookUrl.isEmpty() && n.linkBase.isEmpty()
        && n.minIntervalSeconds == dn.minIntervalSeconds && n.maxRetries == dn.maxRetries;
}

void emitIncidents(YAML::Emitter &out, const IncidentsConfig &c)
{
    if (isDefault(c))
        return;
    out << YAML::Key << "incidents" << YAML::Value << YAML::BeginMap;
    emitString(out, "database", c.database);
    emitString(out, "institution", c.institution);
    out << YAML::Key << "answerServiceHours" << YAML::Value << c.answerServiceHours;
    out << YAML::Key << "actionServiceHours" << YAML::Value << c.actionServiceHours;
    out << YAML::Key << "lagBlocks" << YAML::Value << c.rules.lagBlocks;
    out << YAML::Key << "lagSeconds" << YAML::Value << c.rules.lagSeconds;
    out << YAML::Key << "minObserverBoots" << YAML::Value << c.rules.minObserverBoots;
    out << YAML::Key << "unknownSenderTransactions" << YAML::Value << c.rules.unknownSenderTransactions;
    out << YAML::Key << "unknownSenderWindowSeconds" << YAML::Value << c.rules.unknownSenderWindowSeconds;
    if (!c.rules.rules.isEmpty()) {
        out << YAML::Key << "rules" << YAML::Value << YAML::BeginMap;
        for (auto it = c.rules.rules.cbegin(); it != c.rules.rules.cend(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value << YAML::Flow << YAML::BeginMap;
            out << YAML::Key << "enabled" << YAML::Value << it->enabled;
            if (it->raiseAfterSeconds)
                out << YAML::Key << "raiseAfterSeconds" << YAML::Value << *it->raiseAfterSeconds;
            if (it->clearAfterSeconds)
                out << YAML::Key << "clearAfterSeconds" << YAML::Value << *it->clearAfterSeconds;
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    const NotificationConfig &n = c.notifications;
    out << YAML::Key << "notifications" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "tray" << YAML::Value << n.tray;
    out << YAML::Key << "alertmanager" << YAML::Value << n.alertmanager;
    out << YAML::Key << "silenceOnAcknowledge" << YAML::Value << n.silenceOnAcknowledge;
    out << YAML::Key << "silenceHours" << YAML::Value << n.silenceHours;
    if (n.discordWebhook.isSet()) {
        out << YAML::Key << "discordWebhook" << YAML::Value << YAML::BeginMap << YAML::Key << "secret" << YAML::Value
            << secretText(n.discordWebhook) << YAML::EndMap;
    }
    if (!n.webhookUrl.isEmpty()) {
        out << YAML::Key << "webhook" << YAML::Value << YAML::BeginMap;
        emitString(out, "url", n.webhookUrl.toString());
        emitTlsAndAuth(out, {}, n.webhookAuth);
        out << YAML::EndMap;
    }
    emitString(out, "linkBase", n.linkBase);
    out << YAML::Key << "minIntervalSeconds" << YAML::Value << n.minIntervalSeconds;
    out << YAML::Key << "maxRetries" << YAML::Value << n.maxRetries;
    out << YAML::EndMap << YAML::EndMap;
}

void emitKiosk(YAML::Emitter &out, const KioskConfig &k)
{
    const KioskConfig d = KioskConfig::rbbDefaults();
    bool samePlaylist = k.playlist.size() == d.playlist.size();
    for (qsizetype i = 0; samePlaylist && i < k.playlist.size(); ++i)
        samePlaylist = k.playlist[i].page == d.playlist[i].page && k.playlist[i].dwellSeconds == d.playlist[i].dwellSeconds;
    if (samePlaylist && k.exitChord == d.exitChord && !k.staleAfterSeconds)
        return;
    out << YAML::Key << "kiosk" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "playlist" << YAML::Value << YAML::BeginSeq;
    for (const KioskPage &p : k.playlist) {
        out << YAML::Flow << YAML::BeginMap << YAML::Key << "page" << YAML::Value << p.page.toStdString() << YAML::Key
            << "dwellSeconds" << YAML::Value << p.dwellSeconds << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::Key << "exitChord" << YAML::Value << k.exitChord.toStdString();
    if (k.staleAfterSeconds)
        out << YAML::Key << "staleAfterSeconds" << YAML::Value << *k.staleAfterSeconds;
    out << YAML::EndMap;
}

} // namespace

QByteArray InventoryLoader::toYaml(const Inventory &inv)
{
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "active" << YAML::Value << inv.activeNetwork.toStdString();
    if (inv.allowPlaintextSecrets)
        out << YAML::Key << "allowPlaintextSecrets" << YAML::Value << true;
    if (inv.allowCredentialsOverHttp)
        out << YAML::Key << "allowCredentialsOverHttp" << YAML::Value << true;
    if (!inv.snapshots.trustedKeys.isEmpty()) {
        out << YAML::Key << "snapshots" << YAML::Value << YAML::BeginMap << YAML::Key << "trustedKeys" << YAML::Value
            << YAML::BeginSeq;
        for (const auto &key : inv.snapshots.trustedKeys) {
            out << YAML::BeginMap;
            emitString(out, "institution", key.institution);
            if (key.publicKey.startsWith(u"-----BEGIN"_s))
                out << YAML::Key << "publicKey" << YAML::Value << YAML::Literal << key.publicKey.toStdString();
            else
                emitString(out, "publicKey", key.publicKey);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq << YAML::EndMap;
    }
    out << YAML::Key << "networks" << YAML::Value << YAML::BeginSeq;
    for (const auto &net : inv.networks) {
        out << YAML::BeginMap;
        emitString(out, "name", net.name);
        emitString(out, "displayName", net.displayName);
        out << YAML::Key << "chainId" << YAML::Value << net.chainId;
        out << YAML::Key << "consensus" << YAML::Value << consensusKey(net.consensus).toStdString();
        if (net.qbftStartBlock)
            out << YAML::Key << "qbftStartBlock" << YAML::Value << *net.qbftStartBlock;
        out << YAML::Key << "blockPeriodSeconds" << YAML::Value << net.blockPeriodSeconds;
        out << YAML::Key << "requestTimeoutSeconds" << YAML::Value << net.requestTimeoutSeconds;
        if (net.emptyBlockPeriodSeconds > 0)
            out << YAML::Key << "emptyBlockPeriodSeconds" << YAML::Value << net.emptyBlockPeriodSeconds;
        out << YAML::Key << "epochLength" << YAML::Value << net.epochLength;

        out << YAML::Key << "serviceHours" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "weekdays" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (int d : net.serviceHours.weekdays)
            out << days[std::clamp(d, 1, 7) - 1];
        out << YAML::EndSeq;
        out << YAML::Key << "start" << YAML::Value << net.serviceHours.start.toString(u"HH:mm"_s).toStdString();
        out << YAML::Key << "end" << YAML::Value << net.serviceHours.end.toString(u"HH:mm"_s).toStdString();
        out << YAML::Key << "timeZone" << YAML::Value << net.serviceHours.timeZone.toStdString();
        if (!net.serviceHours.holidays.isEmpty()) {
            out << YAML::Key << "holidays" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QDate &d : net.serviceHours.holidays)
                out << d.toString(Qt::ISODate).toStdString();
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;

        const ServiceLevels &sl = net.serviceLevels;
        out << YAML::Key << "serviceLevels" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "fastIntervalSeconds" << YAML::Value << sl.fastIntervalSeconds;
        out << YAML::Key << "fastIntervalShare" << YAML::Value << sl.fastIntervalShare;
        out << YAML::Key << "slowIntervalSeconds" << YAML::Value << sl.slowIntervalSeconds;
        out << YAML::Key << "slowIntervalShare" << YAML::Value << sl.slowIntervalShare;
        out << YAML::Key << "producedBlocksShare" << YAML::Value << sl.producedBlocksShare;
        out << YAML::Key << "inactivityWindowBlocks" << YAML::Value << sl.inactivityWindowBlocks;
        out << YAML::Key << "ola" << YAML::Value << YAML::BeginSeq;
        for (const auto &t : sl.ola) {
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "validators" << YAML::Value << t.validators << YAML::Key
                << "yellowPercent" << YAML::Value << t.yellowPercent << YAML::Key << "redPercent" << YAML::Value
                << t.redPercent << YAML::EndMap;
        }
        out << YAML::EndSeq << YAML::EndMap;

        const HealthOverrides &h = net.health;
        if (h.signingWindowBlocks || h.blockAgeWarningSeconds || h.blockAgeCriticalSeconds || h.lagWarningBlocks
            || h.lagCriticalBlocks || h.staleAfterSeconds) {
            out << YAML::Key << "health" << YAML::Value << YAML::BeginMap;
            if (h.signingWindowBlocks)
                out << YAML::Key << "signingWindowBlocks" << YAML::Value << *h.signingWindowBlocks;
            if (h.blockAgeWarningSeconds)
                out << YAML::Key << "blockAgeWarningSeconds" << YAML::Value << *h.blockAgeWarningSeconds;
            if (h.blockAgeCriticalSeconds)
                out << YAML::Key << "blockAgeCriticalSeconds" << YAML::Value << *h.blockAgeCriticalSeconds;
            if (h.lagWarningBlocks)
                out << YAML::Key << "lagWarningBlocks" << YAML::Value << *h.lagWarningBlocks;
            if (h.lagCriticalBlocks)
                out << YAML::Key << "lagCriticalBlocks" << YAML::Value << *h.lagCriticalBlocks;
            if (h.staleAfterSeconds)
                out << YAML::Key << "staleAfterSeconds" << YAML::Value << *h.staleAfterSeconds;
            out << YAML::EndMap;
        }

        const PollingConfig &p = net.polling;
        out << YAML::Key << "polling" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "nodeStatusMs" << YAML::Value << p.nodeStatusMs;
        out << YAML::Key << "prometheusMs" << YAML::Value << p.prometheusMs;
        out << YAML::Key << "signerMetricsMs" << YAML::Value << p.signerMetricsMs;
        out << YAML::Key << "connectTimeoutMs" << YAML::Value << p.connectTimeoutMs;
        out << YAML::Key << "totalTimeoutMs" << YAML::Value << p.totalTimeoutMs;
        out << YAML::Key << "maxInFlightPerHost" << YAML::Value << p.maxInFlightPerHost;
        out << YAML::Key << "maxReplyBytes" << YAML::Value << p.maxReplyBytes;
        out << YAML::Key << "maxJsonDepth" << YAML::Value << p.maxJsonDepth;
        out << YAML::Key << "historyHours" << YAML::Value << p.historyHours;
        out << YAML::EndMap;

        out << YAML::Key << "institutions" << YAML::Value << YAML::BeginSeq;
        for (const auto &inst : net.institutions) {
            out << YAML::BeginMap;
            emitString(out, "id", inst.id);
            emitString(out, "name", inst.name);
            if (inst.prometheusOrganization != inst.id)
                emitString(out, "prometheusOrganization", inst.prometheusOrganization);
            if (!inst.permissioningId.isEmpty())
                emitString(out, "permissioningId", inst.permissioningId);
            if (!inst.accountsFile.isEmpty()) {
                emitString(out, "accountsFile", inst.accountsFile);
            } else if (!inst.accounts.isEmpty()) {
                out << YAML::Key << "accounts" << YAML::Value << YAML::BeginSeq;
                for (const InstitutionAccount &a : inst.accounts) {
                    if (a.label.isEmpty()) {
                        out << a.address.toStdString();
                    } else {
                        out << YAML::Flow << YAML::BeginMap;
                        emitString(out, "address", a.address);
                        emitString(out, "label", a.label);
                        out << YAML::EndMap;
                    }
                }
                out << YAML::EndSeq;
            }
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;

        out << YAML::Key << "nodes" << YAML::Value << YAML::BeginSeq;
        for (const auto &n : net.nodes) {
            out << YAML::BeginMap;
            emitString(out, "name", n.name);
            out << YAML::Key << "type" << YAML::Value << nodeTypeKey(n.type).toStdString();
            emitString(out, "institution", n.institution);
            emitString(out, "rpcHttp", n.rpcHttp.toString());
            emitString(out, "rpcWs", n.rpcWs.toString());
            if (n.prometheusNode != n.name)
                emitString(out, "prometheusNode", n.prometheusNode);
            emitString(out, "prometheusInstance", n.prometheusInstance);
            emitString(out, "address", n.address);
            emitString(out, "enode", n.enode);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;

        if (!net.prometheus.isEmpty()) {
            out << YAML::Key << "prometheus" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "job" << YAML::Value << net.prometheusJob.toStdString();
            out << YAML::Key << "scrapeIntervalSeconds" << YAML::Value << net.federation.scrapeIntervalSeconds;
            out << YAML::Key << "federationIntervalSeconds" << YAML::Value << net.federation.federationIntervalSeconds;
            out << YAML::Key << "endpoints" << YAML::Value << YAML::BeginSeq;
            for (const auto &ep : net.prometheus) {
                out << YAML::BeginMap;
                emitString(out, "name", ep.name);
                emitString(out, "url", ep.url.toString());
                emitTlsAndAuth(out, ep.tls, ep.auth);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq << YAML::EndMap;
        }
        if (net.alertmanager) {
            out << YAML::Key << "alertmanager" << YAML::Value << YAML::BeginMap;
            emitString(out, "url", net.alertmanager->url.toString());
            emitTlsAndAuth(out, net.alertmanager->tls, net.alertmanager->auth);
            out << YAML::EndMap;
        }
        emitIncidents(out, net.incidents);
        if (!net.checklists.folder.isEmpty()) {
            out << YAML::Key << "checklists" << YAML::Value << YAML::BeginMap;
            emitString(out, "folder", net.checklists.folder);
            out << YAML::EndMap;
        }
        const UsageConfig usageDefaults;
        if (net.usage.accountInstitution || net.usage.bucketSeconds != usageDefaults.bucketSeconds
            || net.usage.recheckMinutes != usageDefaults.recheckMinutes) {
            out << YAML::Key << "usage" << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "bucketSeconds" << YAML::Value << net.usage.bucketSeconds;
            out << YAML::Key << "recheckMinutes" << YAML::Value << net.usage.recheckMinutes;
            if (const auto &call = net.usage.accountInstitution) {
                out << YAML::Key << "accountInstitution" << YAML::Value << YAML::BeginMap;
                emitString(out, "contract", call->contract);
                emitString(out, "signature", call->signature);
                // A call made in code may leave the selector to the signature; "0x" would not load back.
                if (!call->selector.isEmpty())
                    emitString(out, "selector", chain::toHex(call->selector));
                out << YAML::Key << "outputs" << YAML::Value << YAML::Flow << YAML::BeginSeq;
                for (const QString &o : call->outputs)
                    out << o.toStdString();
                out << YAML::EndSeq;
                out << YAML::Key << "institutionOutput" << YAML::Value << call->institutionOutput;
                if (call->activeOutput >= 0)
                    out << YAML::Key << "activeOutput" << YAML::Value << call->activeOutput;
                out << YAML::EndMap;
            }
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    emitKiosk(out, inv.kiosk);
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}
