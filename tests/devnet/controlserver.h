#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class Devnet;
class QHttpServer;

// The fault-injection API on 127.0.0.1:
//   GET  /status            the devnet's status (JSON)
//   POST /command           body: one command line, e.g. "stop validator02"; reply {"ok":..,"message":..}
// The same command lines drive `sentinela-devnet ctl` and scenario files.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    explicit ControlServer(Devnet *devnet, QObject *parent = nullptr);
    bool listen(quint16 port);
    quint16 port() const { return m_port; }

private:
    Devnet *m_devnet;
    QHttpServer *m_server;
    quint16 m_port = 0;
};

// A scripted incident: commands at offsets (seconds) from the devnet's start.
struct ScenarioStep
{
    double atSeconds = 0;
    QStringList command;
};

// Reads a scenario: JSON ([{"at": 60, "command": "stop validator02"}] or {"steps": [...]}) or lines
// "+60 stop validator02" ('#' starts a comment). On error returns false with a message naming file and line.
bool loadScenario(const QString &path, QList<ScenarioStep> *steps, QString *error);
// Plays the steps with timers, logging each to stdout.
void playScenario(Devnet *devnet, const QList<ScenarioStep> &steps);
// Splits a command line on whitespace.
QStringList splitCommand(const QString &line);
