#pragma once

#include <QList>
#include <QString>

// One finding about an input file: where it is (file, line, field) and what was expected.
struct ConfigMessage
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
    QString field; // dotted path, e.g. networks[0].nodes[3].type
    QString text;

    // "file:line:column: error: networks[0].chainId: expected a positive integer"
    QString toString() const;
};

using ConfigMessages = QList<ConfigMessage>;

bool hasErrors(const ConfigMessages &messages);
