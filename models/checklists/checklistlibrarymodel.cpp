#include "checklistlibrarymodel.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// Group rows have internal id 0; document rows carry their group's number + 1.
constexpr quintptr GroupId = 0;
} // namespace

ChecklistLibraryModel::ChecklistLibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString ChecklistLibraryModel::kindText(const QString &kind)
{
    if (kind == u"runbook"_s)
        return tr("Incident runbooks");
    if (kind == u"procedure"_s)
        return tr("Procedures");
    if (kind == u"declaration"_s)
        return tr("Declarations");
    if (kind == u"review"_s)
        return tr("Reviews");
    return tr("Other documents");
}

void ChecklistLibraryModel::setLibrary(const ChecklistLibrary &library, const QDate &today)
{
    beginResetModel();
    m_library = library;
    m_today = today;
    build();
    endResetModel();
}

void ChecklistLibraryModel::setChanges(const QList<ChecklistChange> &changes)
{
    m_changed.clear();
    for (const ChecklistChange &c : changes)
        m_changed.insert(c.path, c.kind);
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(g, 0);
        if (!m_groups.at(g).entries.isEmpty())
            emit dataChanged(
                index(0, 0, parent), index(int(m_groups.at(g).entries.size()) - 1, ColumnCount - 1, parent));
    }
}

void ChecklistLibraryModel::build()
{
    m_groups.clear();
    m_overdue.clear();
    for (const OverdueDeclaration &o : m_library.overdueDeclarations(m_today))
        m_overdue.insert(o.relativePath);
    QStringList kinds = checklistKinds();
    kinds.append(QString());
    for (const QString &kind : std::as_const(kinds)) {
        Group g;
        g.kind = kind;
        for (int i = 0; i < m_library.entries().size(); ++i) {
            const QString k = m_library.entries().at(i).frontMatter.kind;
            if (k == kind || (kind.isEmpty() && !checklistKinds().contains(k)))
                g.entries.append(i);
        }
        if (!g.entries.isEmpty())
            m_groups.append(g);
    }
}

QModelIndex ChecklistLibraryModel::indexOfPath(const QString &relativePath) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int r = 0; r < m_groups.at(g).entries.size(); ++r) {
            if (m_library.entries().at(m_groups.at(g).entries.at(r)).relativePath == relativePath)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex ChecklistLibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).entries.size() ? createIndex(row, column, quintptr(parent.row() + 1))
                                                          : QModelIndex();
}

QModelIndex ChecklistLibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int ChecklistLibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).entries.size());
}

int ChecklistLibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupId) {
        if (role == Qt::DisplayRole && index.column() == TitleColumn)
            return kindText(m_groups.at(index.row()).kind);
        if (role == KindRole)
            return m_groups.at(index.row()).kind;
        return {};
    }
    const Group &g = m_groups.at(int(index.internalId() - 1));
    const ChecklistEntry &e = m_library.entries().at(g.entries.at(index.row()));
    const bool changed = m_changed.contains(e.relativePath);
    const bool overdue = m_overdue.contains(e.relativePath);
    const bool invalid = hasErrors(e.messages);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return e.title;
        {
            QStringList states;
            if (invalid)
                states.append(tr("invalid"));
            if (overdue)
                states.append(tr("review overdue"));
            if (changed)
                states.append(tr("changed"));
            return states.join(u", "_s);
        }
    case Qt::ToolTipRole: {
        QStringList lines {e.relativePath};
        for (const ConfigMessage &m : e.messages)
            lines.append(m.toString());
        return lines.join(u'\n');
    }
    case PathRole:
        return e.relativePath;
    case IdRole:
        return e.frontMatter.id;
    case KindRole:
        return e.frontMatter.kind;
    case ChangedRole:
        return changed;
    case OverdueRole:
        return overdue;
    case InvalidRole:
        return invalid;
    default:
        return {};
    }
}

QVariant ChecklistLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Document") : tr("State");
}

Qt::ItemFlags ChecklistLibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == GroupId ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
