#include "accountlist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024; // a million accounts still fit

ConfigMessage message(const QString &file, int line, const QString &field, const QString &text)
{
    ConfigMessage m;
    m.severity = ConfigMessage::Severity::Error;
    m.file = file;
    m.line = line;
    m.field = field;
    m.text = text;
    return m;
}

// Splits one CSV line on commas, honouring double quotes ("a, b" and "" inside quotes).
QStringList csvFields(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',' || c == u';') {
            out << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    out << field.trimmed();
    return out;
}

} // namespace

std::optional<QString> AccountList::normalizeAddress(const QString &text)
{
    QString s = text.trimmed().toLower();
    if (s.startsWith(u"0x"))
        s = s.mid(2);
    if (s.size() != 40)
        return std::nullopt;
    for (const QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return std::nullopt;
    }
    return u"0x"_s + s;
}

AccountList::Result AccountList::parse(const QByteArray &content, const QString &fileName)
{
    Result r;
    QSet<QString> seen;
    auto add = [&](const QString &address, const QString &label, int line, const QString &field) {
        const auto normal = normalizeAddress(address);
        if (!normal) {
            r.messages << message(fileName, line, field,
                tr("expected an account address (0x and 40 hex digits), found \"%1\"").arg(address.left(80)));
            return;
        }
        if (seen.contains(*normal)) {
            r.messages << message(fileName, line, field, tr("account %1 is listed twice").arg(*normal));
            return;
        }
        seen.insert(*normal);
        r.accounts.append({*normal, label});
    };

    const QByteArray trimmed = content.trimmed();
    const bool json = fileName.endsWith(u".json"_s, Qt::CaseInsensitive)
        || (!fileName.endsWith(u".csv"_s, Qt::CaseInsensitive) && (trimmed.startsWith('[') || trimmed.startsWith('{')));
    if (json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(content, &error);
        if (error.error != QJsonParseError::NoError) {
            const int line = int(content.left(error.offset).count('\n')) + 1;
            r.messages << message(fileName, line, QString(), tr("not valid JSON: %1").arg(error.errorString()));
            return r;
        }
        QJsonArray list;
        QString base;
        if (doc.isArray()) {
            list = doc.array();
        } else if (doc.object().value(u"accounts"_s).isArray()) {
            list = doc.object().value(u"accounts"_s).toArray();
            base = u"accounts"_s;
        } else {
            r.messages << message(fileName, 0, QString(),
                tr("expected a list of accounts or an object with an \"accounts\" list"));
            return r;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString field = base + u'[' + QString::number(i) + u']';
            const QJsonValue v = list.at(i);
            if (v.isString()) {
                add(v.toString(), QString(), 0, field);
            } else if (v.isObject() && v.toObject().value(u"address"_s).isString()) {
                const QJsonObject o = v.toObject();
                QString label = o.value(u"label"_s).toString();
                if (label.isEmpty())
                    label = o.value(u"name"_s).toString();
                add(o.value(u"address"_s).toString(), label, 0, field);
            } else {
                r.messages << message(fileName, 0, field,
                    tr("expected an address text or an object with an \"address\" text"));
            }
        }
        return r;
    }

    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    int addressColumn = 0;
    int labelColumn = 1;
    bool first = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int lineNo = int(i) + 1;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = csvFields(line);
        if (first) {
            first = false;
            const QStringList names = csvFields(line.toLower());
            if (names.contains(u"address"_s)) {
                addressColumn = int(names.indexOf(u"address"_s));
                labelColumn = -1;
                for (const QString &name : {u"label"_s, u"name"_s, u"description"_s}) {
                    if (labelColumn < 0 && names.contains(name))
                        labelColumn = int(names.indexOf(name));
                }
                continue;
            }
        }
        if (addressColumn >= fields.size()) {
            r.messages << message(fileName, lineNo, QString(), tr("no address column on this line"));
            continue;
        }
        add(fields.at(addressColumn), labelColumn >= 0 ? fields.value(labelColumn) : QString(), lineNo, QString());
    }
    return r;
}

AccountList::Result AccountList::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.messages << message(path, 0, QString(), tr("cannot read the account list: %1").arg(file.errorString()));
        return r;
    }
    if (file.size() > kMaxFileBytes) {
        Result r;
        r.messages << message(path, 0, QString(),
            tr("the account list is larger than %1 MB").arg(kMaxFileBytes / (1024 * 1024)));
        return r;
    }
    return parse(file.readAll(), path);
}
