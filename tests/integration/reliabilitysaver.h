#pragma once

// Shared by tst_reliability and reliability_saver (the child process it kills and starves of disk): what the saver
// writes, so that the test can tell a whole version of each file from a torn one.

#include <QByteArray>
#include <QString>

namespace reliabilitysaver {

// The checklist document of version `v`: a valid Operations Manual page of about 48 KB, so that a write is not one
// syscall and a small disk or file-size limit cannot take it.
inline QByteArray checklistContent(int v)
{
    QByteArray out = "---\nid: reliability\ntitle: Reliability drill\n---\n# Version " + QByteArray::number(v) + "\n\n";
    for (int i = 1; i <= 600; ++i)
        out += "- [ ] step " + QByteArray::number(i) + " of version " + QByteArray::number(v)
            + ": check the node and write down what you saw\n";
    out += "\nEnd of version " + QByteArray::number(v) + ".\n";
    return out;
}

// The producer written in the header of snapshot version `v`.
inline QString snapshotProducer(int v)
{
    return QStringLiteral("v%1").arg(v);
}

inline constexpr char ChecklistFile[] = "reliability.md";
inline constexpr char SnapshotFile[] = "state.sentinela";
inline constexpr char DatabaseFile[] = "incidents.sqlite";

} // namespace reliabilitysaver
