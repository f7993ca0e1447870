// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriterAccess.h"

namespace starling::test {

Database &writerDatabase(StoreWriter &writer)
{
    return *writer.m_database;
}

} // namespace starling::test
