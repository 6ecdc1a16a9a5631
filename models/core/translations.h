#pragma once

#include <QList>
#include <QLocale>

class QCoreApplication;
class QTranslator;

// Installs Qt's own and Sentinela's translations for `locale` (the system's by default) into `app`: the GUI and
// sentinela-cli's messages for people follow the same catalogue. English needs none; a missing catalogue is not an
// error. Returns the translators installed (owned by `app`), so that a caller can take them out again.
QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());
