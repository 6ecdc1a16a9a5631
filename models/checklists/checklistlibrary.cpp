#include "checklistlibrary.h"

#include "config/inventory.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

bool ChecklistLibrary::scan(const QString &folder)
{
    m_folder = folder;
    m_error.clear();
    m_entries.clear();
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        m_error = tr("%1: no such folder").arg(folder);
        return false;
    }
    QStringList files;
    // Hidden folders (.git) and QSaveFile's temporary files (name.md.XXXXXX) are not documents.
    QDirIterator it(folder, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = dir.relativeFilePath(path);
        const QStringList parts = rel.split(u'/');
        const bool hidden
            = std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) { return part.startsWith(u'.'); });
        if (!hidden)
            files.append(path);
    }
    std::sort(files.begin(), files.end());
    for (const QString &path : std::as_const(files)) {
        ChecklistEntry e;
        e.absolutePath = path;
        e.relativePath = dir.relativeFilePath(path);
        ChecklistDocument doc;
        QString error;
        if (!doc.load(path, &error)) {
            ConfigMessage m;
            m.file = path;
            m.text = error;
            e.messages.append(m);
        } else {
            e.frontMatter = doc.frontMatter();
            e.title = doc.title();
            e.itemCount = int(doc.items().size());
            e.messages = doc.messages();
            if (!doc.frontMatter().present) {
                ConfigMessage m;
                m.file = path;
                m.line = 1;
                m.text = tr("no front matter: the document must start with a --- block naming its id, title and kind");
                e.messages.append(m);
            }
        }
        m_entries.append(e);
    }
    return true;
}

const ChecklistEntry *ChecklistLibrary::entry(const QString &relativePath) const
{
    for (const ChecklistEntry &e : m_entries) {
        if (e.relativePath == relativePath)
            return &e;
    }
    return nullptr;
}

const ChecklistEntry *ChecklistLibrary::byId(const QString &id) const
{
    for (const ChecklistEntry &e : m_entries) {
        if (e.frontMatter.id == id)
            return &e;
    }
    return nullptr;
}

const ChecklistEntry *ChecklistLibrary::runbookForRule(const QString &ruleId) const
{
    const ChecklistEntry *any = nullptr;
    for (const ChecklistEntry &e : m_entries) {
        if (!e.frontMatter.rules.contains(ruleId))
            continue;
        if (e.frontMatter.kind == u"runbook"_s)
            return &e;
        if (!any)
            any = &e;
    }
    return any;
}

QList<OverdueDeclaration> ChecklistLibrary::overdueDeclarations(const QDate &today) const
{
    QList<OverdueDeclaration> out;
    for (const ChecklistEntry &e : m_entries) {
        const ChecklistFrontMatter &f = e.frontMatter;
        if (f.kind != u"declaration"_s || f.reviewPeriodDays <= 0)
            continue;
        const QDate due = f.lastReviewed.isValid() ? f.lastReviewed.addDays(f.reviewPeriodDays) : QDate();
        if (due.isValid() && due >= today)
            continue;
        out.append({e.relativePath, f.id, e.title, f.institution, f.lastReviewed, due});
    }
    return out;
}

ConfigMessages ChecklistLibrary::validate() const
{
    ConfigMessages out;
    if (!m_error.isEmpty()) {
        ConfigMessage m;
        m.file = m_folder;
        m.text = m_error;
        out.append(m);
        return out;
    }
    QHash<QString, QString> ids;
    QHash<QString, QString> runbooks;
    for (const ChecklistEntry &e : m_entries) {
        out += e.messages;
        const QString &id = e.frontMatter.id;
        if (!id.isEmpty()) {
            if (ids.contains(id)) {
                ConfigMessage m;
                m.file = e.absolutePath;
                m.line = 1;
                m.field = u"id"_s;
                m.text = tr("\"%1\" is also the id of %2").arg(id, ids.value(id));
                out.append(m);
            } else {
                ids.insert(id, e.relativePath);
            }
        }
        if (e.frontMatter.kind == u"runbook"_s) {
            for (const QString &rule : e.frontMatter.rules) {
                if (runbooks.contains(rule)) {
                    ConfigMessage m;
                    m.severity = ConfigMessage::Severity::Warning;
                    m.file = e.absolutePath;
                    m.line = 1;
                    m.field = u"rules"_s;
                    m.text
                        = tr("%1 already has a runbook (%2); Sentinela opens that one").arg(rule, runbooks.value(rule));
                    out.append(m);
                } else {
                    runbooks.insert(rule, e.relativePath);
                }
            }
        }
        if (e.itemCount == 0 && e.frontMatter.present) {
            ConfigMessage m;
            m.severity = ConfigMessage::Severity::Warning;
            m.file = e.absolutePath;
            m.text = tr("no checklist item (- [ ] ...) in the document");
            out.append(m);
        }
    }
    return out;
}

QString ChecklistLibrary::folderFor(const NetworkConfig &network, const QString &profilePath)
{
    const QString configured = QDir::fromNativeSeparators(network.checklists.folder);
    if (configured.isEmpty())
        return shippedFolder();
    if (QDir::isAbsolutePath(configured) || profilePath.isEmpty() || profilePath.startsWith(u':'))
        return configured;
    return QDir::cleanPath(QFileInfo(profilePath).absoluteDir().filePath(configured));
}

QString ChecklistLibrary::shippedFolder()
{
    const QString installed
        = QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/sentinela/checklists"_s);
    if (QFileInfo(installed).isDir())
        return installed;
    const QString located = QStandardPaths::locate(
        QStandardPaths::GenericDataLocation, u"sentinela/checklists"_s, QStandardPaths::LocateDirectory);
    if (!located.isEmpty())
        return located;
    const QString source = QStringLiteral(SENTINELA_SOURCE_CHECKLISTS);
    return QFileInfo(source).isDir() ? source : QString();
}
