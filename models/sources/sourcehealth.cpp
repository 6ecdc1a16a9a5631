#include "sourcehealth.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString SourceHealth::stateKey(State state)
{
    switch (state) {
    case State::Disabled:
        return u"disabled"_s;
    case State::Ok:
        return u"ok"_s;
    case State::Degraded:
        return u"degraded"_s;
    case State::Down:
        return u"down"_s;
    }
    return {};
}

QString SourceHealth::stateText() const
{
    switch (state) {
    case State::Disabled:
        return QCoreApplication::translate("SourceHealth", "disabled");
    case State::Ok:
        return QCoreApplication::translate("SourceHealth", "ok");
    case State::Degraded:
        return QCoreApplication::translate("SourceHealth", "degraded");
    case State::Down:
        return QCoreApplication::translate("SourceHealth", "down");
    }
    return {};
}
