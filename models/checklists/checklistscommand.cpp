#include "checklistscommand.h"

#include "checklistlibrary.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

struct ChecklistsCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistsCommand)
};

} // namespace

int runChecklistsCommand(const QString &folder, QTextStream &out, QTextStream &err)
{
    ChecklistLibrary library;
    library.scan(folder);
    const ConfigMessages messages = library.validate();
    for (const ConfigMessage &m : messages)
        err << m.toString() << '\n';
    if (library.lastError().isEmpty() && library.entries().isEmpty()) {
        err << ChecklistsCommandText::tr("%1: no Markdown document (*.md) in the folder").arg(folder) << '\n';
        return 2;
    }
    if (hasErrors(messages) || !library.lastError().isEmpty())
        return 2;
    int items = 0;
    for (const ChecklistEntry &e : library.entries())
        items += e.itemCount;
    out << ChecklistsCommandText::tr("%1: %n document(s) valid", nullptr, int(library.entries().size())).arg(folder)
        << ' ' << ChecklistsCommandText::tr("(%n checklist item(s))", nullptr, items) << '\n';
    return 0;
}
