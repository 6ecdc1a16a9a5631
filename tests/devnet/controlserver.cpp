#include "controlserver.h"

#include "devnet.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

QStringList splitCommand(const QString &line)
{
    static const QRegularExpression space(u"\\s+"_s);
    return line.trimmed().split(space, Qt::SkipEmptyParts);
}

ControlServer::ControlServer(Devnet *devnet, QObject *parent)
    : QObject(parent)
    , m_devnet(devnet)
    , m_server(new QHttpServer(this))
{
    m_server->route(u"/status"_s, QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse("application/json", QByteArray::fromStdString(m_devnet->status().dump(2)));
    });
    m_server->route(u"/command"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        const QStringList args = splitCommand(QString::fromUtf8(request.body()));
        const Devnet::CommandResult r = m_devnet->execute(args);
        QTextStream(stdout) << "control: " << args.join(u' ') << " -> " << (r.ok ? "ok" : "error") << Qt::endl;
        const nlohmann::ordered_json reply = {{"ok", r.ok}, {"message", r.message.toStdString()}};
        return QHttpServerResponse("application/json", QByteArray::fromStdString(reply.dump()),
            r.ok ? QHttpServerResponse::StatusCode::Ok : QHttpServerResponse::StatusCode::BadRequest);
    });
}

bool ControlServer::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

bool loadScenario(const QString &path, QList<ScenarioStep> *steps, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot read: %2"_s.arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
        const nlohmann::json doc = nlohmann::json::parse(data.constBegin(), data.constEnd(), nullptr, false);
        if (doc.is_discarded()) {
            *error = u"%1: not valid JSON"_s.arg(path);
            return false;
        }
        const nlohmann::json list = doc.is_object() ? doc.value("steps", nlohmann::json()) : doc;
        if (!list.is_array()) {
            *error = u"%1: expected a list of steps (or {\"steps\": [...]})"_s.arg(path);
            return false;
        }
        for (size_t i = 0; i < list.size(); ++i) {
            const nlohmann::json &s = list[i];
            if (!s.is_object() || !s.contains("at") || !s["at"].is_number() || !s.contains("command")
                || !s["command"].is_string()) {
                *error = u"%1: steps[%2]: expected {\"at\": SECONDS, \"command\": \"...\"}"_s.arg(path).arg(i);
                return false;
            }
            steps->append(
                {s["at"].get<double>(), splitCommand(QString::fromStdString(s["command"].get<std::string>()))});
        }
        return true;
    }
    int lineNo = 0;
    for (const QByteArray &raw : data.split('\n')) {
        ++lineNo;
        QString line = QString::fromUtf8(raw);
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        QStringList parts = splitCommand(line);
        if (parts.isEmpty())
            continue;
        bool ok = false;
        QString at = parts.takeFirst();
        if (at.startsWith(u'+'))
            at.remove(0, 1);
        const double seconds = at.toDouble(&ok);
        if (!ok || seconds < 0 || parts.isEmpty()) {
            *error = u"%1:%2: expected \"+SECONDS command [args]\""_s.arg(path).arg(lineNo);
            return false;
        }
        steps->append({seconds, parts});
    }
    return true;
}

void playScenario(Devnet *devnet, const QList<ScenarioStep> &steps)
{
    for (const ScenarioStep &step : steps) {
        QTimer::singleShot(int(step.atSeconds * 1000), devnet, [devnet, step] {
            const Devnet::CommandResult r = devnet->execute(step.command);
            QTextStream(stdout) << "scenario +" << step.atSeconds << "s: " << step.command.join(u' ') << " -> "
                                << (r.ok ? u"ok"_s : r.message) << Qt::endl;
        });
    }
}
