#include "checklistgit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <git2.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// libgit2 counts its own initialisations: one per use keeps it independent of any other user in the process.
struct Git2
{
    Git2() { git_libgit2_init(); }
    ~Git2() { git_libgit2_shutdown(); }
    Git2(const Git2 &) = delete;
    Git2 &operator=(const Git2 &) = delete;
};

template<typename T, void (*Free)(T *)> struct Freer
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};
using RepoPtr = std::unique_ptr<git_repository, Freer<git_repository, git_repository_free>>;
using StatusPtr = std::unique_ptr<git_status_list, Freer<git_status_list, git_status_list_free>>;
using IndexPtr = std::unique_ptr<git_index, Freer<git_index, git_index_free>>;
using TreePtr = std::unique_ptr<git_tree, Freer<git_tree, git_tree_free>>;
using SigPtr = std::unique_ptr<git_signature, Freer<git_signature, git_signature_free>>;
using CommitPtr = std::unique_ptr<git_commit, Freer<git_commit, git_commit_free>>;

QString gitError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : QString();
}

RepoPtr openRepo(const QString &folder, QString *error)
{
    git_repository *repo = nullptr;
    const QByteArray path = QFile::encodeName(folder);
    if (git_repository_open_ext(&repo, path.constData(), 0, nullptr) != 0) {
        if (error)
            *error = gitError();
        return {};
    }
    return RepoPtr(repo);
}

// The folder relative to the work tree, with a trailing '/' ("" when it is the root).
QString prefixOf(git_repository *repo, const QString &folder)
{
    const char *workdir = git_repository_workdir(repo);
    if (!workdir)
        return {};
    const QString root = QFileInfo(QFile::decodeName(workdir)).canonicalFilePath();
    const QString rel = QDir(root).relativeFilePath(QFileInfo(folder).canonicalFilePath());
    return rel == u"."_s || rel.isEmpty() ? QString() : rel + u'/';
}

} // namespace

ChecklistGit::ChecklistGit(const QString &folder)
    : m_folder(folder)
{
}

bool ChecklistGit::isRepository() const
{
    Git2 git;
    git_repository *repo = nullptr;
    const QByteArray path = QFile::encodeName(m_folder);
    if (m_folder.isEmpty() || git_repository_open_ext(&repo, path.constData(), 0, nullptr) != 0)
        return false;
    const bool bare = git_repository_is_bare(repo);
    git_repository_free(repo);
    return !bare;
}

QString ChecklistGit::repositoryRoot() const
{
    Git2 git;
    RepoPtr repo = openRepo(m_folder, nullptr);
    const char *workdir = repo ? git_repository_workdir(repo.get()) : nullptr;
    return workdir ? QDir::cleanPath(QFile::decodeName(workdir)) : QString();
}

QList<ChecklistChange> ChecklistGit::changes()
{
    Git2 git;
    m_error.clear();
    QList<ChecklistChange> out;
    RepoPtr repo = openRepo(m_folder, &m_error);
    if (!repo)
        return out;
    const QString prefix = prefixOf(repo.get(), m_folder);
    const QByteArray spec = prefix.chopped(prefix.isEmpty() ? 0 : 1).toUtf8(); // the folder, at a directory boundary
    char *specs[] = {const_cast<char *>(spec.constData())};
    git_status_options opts = GIT_STATUS_OPTIONS_INIT;
    opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    opts.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
        | GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX;
    if (!prefix.isEmpty()) {
        opts.pathspec.strings = specs;
        opts.pathspec.count = 1;
    }
    git_status_list *raw = nullptr;
    if (git_status_list_new(&raw, repo.get(), &opts) != 0) {
        m_error = tr("cannot read the Git status of %1: %2").arg(m_folder, gitError());
        return out;
    }
    StatusPtr list(raw);
    const size_t n = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < n; ++i) {
        const git_status_entry *e = git_status_byindex(list.get(), i);
        if (!e || e->status == GIT_STATUS_CURRENT || (e->status & GIT_STATUS_IGNORED))
            continue;
        const git_diff_delta *delta = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
        if (!delta)
            continue;
        const char *p = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
        QString path = QString::fromUtf8(p);
        if (!path.startsWith(prefix) || !path.endsWith(u".md"_s))
            continue;
        path = path.mid(prefix.size());
        ChecklistChange c;
        c.path = path;
        const unsigned s = e->status;
        if (s & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
            c.kind = ChecklistChange::Kind::Deleted;
        else if (s & (GIT_STATUS_WT_NEW | GIT_STATUS_INDEX_NEW))
            c.kind = ChecklistChange::Kind::Added;
        else if (s & (GIT_STATUS_WT_RENAMED | GIT_STATUS_INDEX_RENAMED))
            c.kind = ChecklistChange::Kind::Renamed;
        out.append(c);
    }
    return out;
}

QString ChecklistGit::commit(
    const QStringList &paths, const QString &message, const QString &name, const QString &email)
{
    Git2 git;
    m_error.clear();
    RepoPtr repo = openRepo(m_folder, &m_error);
    if (!repo)
        return {};
    if (paths.isEmpty() || message.trimmed().isEmpty()) {
        m_error = tr("nothing to commit: choose documents and write a message");
        return {};
    }
    const QString prefix = prefixOf(repo.get(), m_folder);
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo.get()) != 0) {
        m_error = tr("cannot read the Git index: %1").arg(gitError());
        return {};
    }
    IndexPtr index(rawIndex);
    for (const QString &p : paths) {
        const QByteArray rel = (prefix + p).toUtf8();
        const bool exists = QFileInfo::exists(QDir(m_folder).filePath(p));
        const int rc = exists ? git_index_add_bypath(index.get(), rel.constData())
                              : git_index_remove_bypath(index.get(), rel.constData());
        if (rc != 0) {
            m_error = tr("cannot stage %1: %2").arg(p, gitError());
            return {};
        }
    }
    git_oid treeId;
    git_tree *rawTree = nullptr;
    if (git_index_write(index.get()) != 0 || git_index_write_tree(&treeId, index.get()) != 0
        || git_tree_lookup(&rawTree, repo.get(), &treeId) != 0) {
        m_error = tr("cannot write the Git tree: %1").arg(gitError());
        return {};
    }
    TreePtr tree(rawTree);
    git_signature *rawSig = nullptr;
    if (git_signature_default(&rawSig, repo.get()) != 0) {
        const QByteArray n = (name.isEmpty() ? u"Sentinela"_s : name).toUtf8();
        const QByteArray m = (email.isEmpty() ? u"sentinela@localhost"_s : email).toUtf8();
        if (git_signature_now(&rawSig, n.constData(), m.constData()) != 0) {
            m_error = tr("cannot make the commit's author: %1").arg(gitError());
            return {};
        }
    }
    SigPtr sig(rawSig);
    git_oid parentId;
    git_commit *rawParent = nullptr;
    CommitPtr parent;
    if (git_reference_name_to_id(&parentId, repo.get(), "HEAD") == 0
        && git_commit_lookup(&rawParent, repo.get(), &parentId) == 0)
        parent.reset(rawParent);
    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    const QByteArray msg = message.trimmed().toUtf8() + '\n';
    if (git_commit_create(&commitId, repo.get(), "HEAD", sig.get(), sig.get(), "UTF-8", msg.constData(), tree.get(),
            parent ? 1 : 0, parent ? parents : nullptr)
        != 0) {
        m_error = tr("cannot commit: %1").arg(gitError());
        return {};
    }
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &commitId);
    return QString::fromLatin1(hex);
}
