#pragma once

#include <QByteArray>

// Three-way merge by lines (diff3): the changes from `base` to `mine` and from `base` to `theirs` both applied.
// Where both sides changed the same lines differently nothing is dropped: my lines come first, then theirs, and
// `conflict` is set so that the user is told to look. Line endings travel with their lines (bytes are kept exactly).
QByteArray mergeLines(
    const QByteArray &base, const QByteArray &mine, const QByteArray &theirs, bool *conflict = nullptr);
