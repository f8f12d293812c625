#pragma once

#include "util/Result.h"

namespace idesk::Trn {

// DfE's own rule: strip everything but digits, require 5 to 7 of them, and
// left-pad with zeros to 7. There is no check digit to verify.
Result<QString> normalise(const QString &raw);

} // namespace idesk::Trn
