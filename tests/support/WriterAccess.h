// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreWriter.h"

namespace starling::test {

/**
 * The writer's own connection, for tests and benchmarks that set up or inspect what a StoreWriter
 * wrote (product code goes through its named jobs). Use on the writer's thread.
 */
Database &writerDatabase(StoreWriter &writer);

} // namespace starling::test
