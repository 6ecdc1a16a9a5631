#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A changed file of the checklists folder, against the last commit.
struct ChecklistChange
{
    enum class Kind { Added, Modified, Deleted, Renamed };
    Kind kind = Kind::Modified;
    QString path; // relative to the checklists folder, with '/'
};

// The Git repository that holds the checklists folder (the folder itself or one of its parents), through libgit2:
// which documents changed since the last commit, and a commit of chosen ones. Nothing is ever pushed: publishing is
// the institution's own process.
class ChecklistGit
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistGit)
public:
    explicit ChecklistGit(const QString &folder);

    bool isRepository() const; // false also when libgit2 cannot open it (lastError says why)
    QString lastError() const { return m_error; }
    QString repositoryRoot() const;

    // Markdown documents of the folder that differ from HEAD (staged or not, untracked included).
    QList<ChecklistChange> changes();
    // Commits exactly these paths (relative to the folder) on the current branch; returns the new commit's id
    // (empty on failure). The author is the repository's configured one, else `name` <`email`>.
    QString commit(const QStringList &paths, const QString &message, const QString &name, const QString &email);

private:
    QString m_folder;
    QString m_error;
};
