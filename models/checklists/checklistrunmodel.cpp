#include "checklistrunmodel.h"

#include "checklistdocument.h"
#include "incidents/incidentbook.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ChecklistRun checklistRunFor(const ChecklistDocument &document, const QString &relativePath, const QString &incidentUid,
    const QString &user, const QString &institution)
{
    ChecklistRun run;
    run.incidentUid = incidentUid;
    run.documentId = document.frontMatter().id;
    run.documentTitle = document.title();
    run.documentPath = relativePath;
    run.startedBy = user;
    run.institution = institution;
    for (const ChecklistItem &it : document.items()) {
        RunStep step;
        step.key = it.key;
        step.text = it.text;
        run.steps.append(step);
    }
    return run;
}

ChecklistRunModel::ChecklistRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChecklistRunModel::setBook(IncidentBook *book, const QString &user)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    m_user = user;
    if (m_book) {
        connect(m_book, &IncidentBook::runChanged, this, [this](const QString &uid) {
            if (uid == m_runUid)
                reload();
        });
        connect(m_book, &IncidentBook::incidentsReset, this, &ChecklistRunModel::reload);
    }
    reload();
}

void ChecklistRunModel::setRun(const QString &runUid)
{
    m_runUid = runUid;
    reload();
}

void ChecklistRunModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

const ChecklistRun *ChecklistRunModel::run() const
{
    return m_book && !m_runUid.isEmpty() ? m_book->run(m_runUid) : nullptr;
}

void ChecklistRunModel::reload()
{
    const ChecklistRun *r = run();
    const QList<RunStep> steps = r ? r->steps : QList<RunStep>();
    if (steps.size() == m_steps.size()) {
        m_steps = steps;
        if (!m_steps.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_steps.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int ChecklistRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int ChecklistRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const RunStep &s = m_steps.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == StepColumn)
        return s.done ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case StepColumn: {
        // Nesting shows as indentation: the key's depth ("2/1.3" is one level in).
        const int depth = int(s.key.count(u'.'));
        return role == Qt::DisplayRole ? QString(depth * 4, u' ') + s.text : s.text;
    }
    case DoneByColumn:
        return s.done ? s.author : QString();
    case DoneAtColumn:
        return s.done && s.doneAt.isValid() ? QLocale().toString(s.doneAt.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
    case NoteColumn:
        return s.note;
    default:
        return {};
    }
}

QVariant ChecklistRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case DoneByColumn:
        return tr("Done by");
    case DoneAtColumn:
        return tr("Done at");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

bool ChecklistRunModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || !m_book || !index.isValid() || index.row() >= m_steps.size() || !run()
        || run()->finishedAt.isValid())
        return false;
    RunStep s = m_steps.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == StepColumn) {
        s.done = value.toInt() == Qt::Checked;
        s.doneAt = {};
        s.author = s.done ? m_user : QString();
    } else if (role == Qt::EditRole && index.column() == NoteColumn) {
        s.note = value.toString();
    } else {
        return false;
    }
    m_book->setRunStep(m_runUid, s);
    return true;
}

Qt::ItemFlags ChecklistRunModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool editable = !m_readOnly && m_book && !m_book->isReadOnly() && run() && !run()->finishedAt.isValid();
    if (editable && index.column() == StepColumn)
        f |= Qt::ItemIsUserCheckable;
    if (editable && index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}
