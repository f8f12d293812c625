#pragma once

#include <QString>

namespace idesk::BidiText {

// A name as a piece of a longer line: wrapped in Unicode's first-strong
// isolate (U+2068 ... U+2069) when it holds right-to-left letters or
// direction controls, so that a right-to-left name reads right, and an
// override typed into a name (U+202E) ends with the name instead of
// reversing the rest of the line. Other text is returned as it is.
QString isolated(const QString &text);
// Whether `text` holds right-to-left letters or direction controls.
bool needsIsolating(const QString &text);

} // namespace idesk::BidiText
