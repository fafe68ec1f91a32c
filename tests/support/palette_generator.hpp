#pragma once
// A firm's palette of many methods, for tests and benchmarks at scale: valid method scripts
// derived from the built-in ones (format 1 and format 2, with counted holders, optional phases,
// counting and texts in other languages), each with an id, names, styles, themes and version of
// its own, spread over nested team folders. Qt Core only, so that benchmarks can use it too.

#include <QString>
#include <QStringList>

namespace palet::test {

struct GeneratedPalette {
    QStringList files;      // every script written, absolute
    QStringList ids;        // the id of each, in the same order
    QStringList methodIds;  // the ids of those that are methods, not blocks
    int formatTwo = 0;      // scripts in format 2
    int otherLanguages = 0; // scripts with a name in a language other than Dutch and English
    int blocks = 0;         // meeting building blocks (kind: block) rather than methods
};

// Writes `count` scripts below `folder` (created when missing) from the scripts in
// `builtinMethods` (methods/ of the source tree, with its blocks/). Method i is always the same,
// so two calls with the same count write the same files. Throws std::runtime_error when a file
// cannot be read or written.
GeneratedPalette generatePalette(const QString& builtinMethods, const QString& folder, int count);

// Sets the modification time of every file and folder below `folder`, and of `folder` itself,
// a day back, as for methods installed long ago.
void backdateTree(const QString& folder);

} // namespace palet::test
