#pragma once

namespace idesk {

// Names that QStandardPaths and QSettings derive their folders from; both
// executables call this before touching either, so they agree.
void applyAppIdentity();

} // namespace idesk
