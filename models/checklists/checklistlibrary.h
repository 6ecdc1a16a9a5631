#pragma once

#include "checklistdocument.h"
#include "config/configmessage.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

struct NetworkConfig;

// One document of the folder as the library lists it (parsed once per scan).
struct ChecklistEntry
{
    QString relativePath; // to the folder, with '/'
    QString absolutePath;
    ChecklistFrontMatter frontMatter;
    QString title;
    int itemCount = 0;
    ConfigMessages messages; // the document's own (front matter) findings
};

// A declaration whose review period has passed (or that was never reviewed).
struct OverdueDeclaration
{
    QString relativePath;
    QString id;
    QString title;
    QString institution;
    QDate lastReviewed; // invalid: never reviewed
    QDate due; // invalid: never reviewed
};

// The Operations Manual's folder: every `*.md` below it (hidden folders such as .git skipped), read from disk.
class ChecklistLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistLibrary)
public:
    ChecklistLibrary() = default;
    explicit ChecklistLibrary(const QString &folder) { scan(folder); }

    // Reads the folder again; false (with the reason in lastError) when it is missing or unreadable.
    bool scan(const QString &folder);
    QString folder() const { return m_folder; }
    QString lastError() const { return m_error; }
    const QList<ChecklistEntry> &entries() const { return m_entries; }
    const ChecklistEntry *entry(const QString &relativePath) const;
    const ChecklistEntry *byId(const QString &id) const;

    // The runbook linked to an incident rule through its front matter (kind runbook first, then any kind).
    const ChecklistEntry *runbookForRule(const QString &ruleId) const;
    QList<OverdueDeclaration> overdueDeclarations(const QDate &today) const;

    // Every document's findings plus the folder's: duplicate ids, two runbooks for one rule, a missing folder.
    ConfigMessages validate() const;

    // The folder a network's profile names (relative to the profile's folder), or the shipped templates.
    static QString folderFor(const NetworkConfig &network, const QString &profilePath);
    // The templates shipped with Sentinela: the source tree in a development build, share/sentinela/checklists once
    // installed; empty when neither is found.
    static QString shippedFolder();

private:
    QString m_folder;
    QString m_error;
    QList<ChecklistEntry> m_entries;
};
