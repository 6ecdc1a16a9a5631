#pragma once

class QString;
class QTextStream;

// `sentinela-cli validate-config FILE`: 0 when the profile is valid (warnings allowed), 2 with every message when not.
int validateConfigCommand(const QString &path, QTextStream &out, QTextStream &err);
