#pragma once
// What Palet writes may hold a group's confidential data: the folders it makes are for their owner
// only (0700) and its files too (0600), whatever the umask says.

#include <QString>

class QFileDevice;

namespace palet {

// Makes `folder` and whatever of its parents is missing; each folder made is 0700. False when the
// folder cannot be made.
bool makePrivateFolder(const QString& folder);

// Sets an open file's permissions to 0600 (a QSaveFile before its commit: the file it becomes).
bool makePrivate(QFileDevice& file);

// Whether users other than the owner may read the file or folder at `path`.
bool othersMayRead(const QString& path);

} // namespace palet
