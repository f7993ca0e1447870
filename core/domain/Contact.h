// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace starling {

/** A person across networks: the identities that belong to them and what we know locally. */
struct Contact
{
    qint64 id = 0;
    QString displayName;
    QString note; ///< private, kept only locally
    QList<qint64> identityIds;

    bool operator==(const Contact &) const = default;
};

} // namespace starling
