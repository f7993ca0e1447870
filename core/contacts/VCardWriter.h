// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Contact.h"

#include <QCoreApplication>

class QIODevice;

namespace starling::contacts {

/**
 * Writes contacts as vCard 4.0 (RFC 6350), one card at a time: text escaped as §3.4 says, lines
 * folded at 75 octets without splitting a UTF-8 character, CRLF line ends. The stage, the owner
 * and the custom fields, which vCard has no property for, are X-STARLING-STAGE, X-STARLING-OWNER
 * and one X-STARLING-FIELD per field, its value the field's name and value (name;value).
 */
class VCardWriter final
{
    Q_DECLARE_TR_FUNCTIONS(starling::contacts::VCardWriter)

public:
    explicit VCardWriter(QIODevice *device);

    /** Writes one card; a Storage error when the device refuses the bytes. */
    Result<void> write(const ContactRecord &record);

private:
    QIODevice *m_device;
};

} // namespace starling::contacts
