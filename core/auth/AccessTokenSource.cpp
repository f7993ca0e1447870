// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessTokenSource.h"

namespace starling {

void AccessTokenSource::load(QObject *, std::function<void(Result<void>)> done)
{
    done({});
}

} // namespace starling
