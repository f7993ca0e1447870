// SPDX-License-Identifier: GPL-3.0-or-later
#include "VCardWriter.h"

#include <QIODevice>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling::contacts {

namespace {

/** RFC 6350 §3.2: a line is at most 75 octets, CRLF not counted. */
constexpr qsizetype maxLineOctets = 75;

/** What a value is, for escaping (RFC 6350 §3.4). */
enum class ValueKind
{
    Text, ///< a text value: backslash, comma and line breaks are escaped
    Component, ///< one component of a compound value (ORG, ADR): a semicolon too
    Uri, ///< a URI: nothing is escaped (a backslash or comma is part of the address)
};

/**
 * Escapes a value as RFC 6350 §3.4 says; other control characters are dropped. A semicolon is
 * escaped only where it would split a compound value: the RFC allows it elsewhere, but readers
 * such as ical.js (Thunderbird's) then show the backslash.
 */
QString escapeText(const QString &value, ValueKind kind = ValueKind::Text)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (kind == ValueKind::Uri && (c == u'\\' || c == u',' || c == u';')) {
            out += c;
        } else if (c == u'\\') {
            out += u"\\\\"_s;
        } else if (c == u',') {
            out += u"\\,"_s;
        } else if (c == u';' && kind == ValueKind::Component) {
            out += u"\\;"_s;
        } else if (kind == ValueKind::Uri && (c == u'\r' || c == u'\n')) {
            continue; // a line break has no place in an address
        } else if (c == u'\r') {
            out += u"\\n"_s;
            if (i + 1 < value.size() && value.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\t' || c.category() != QChar::Other_Control) {
            out += c;
        }
    }
    return out;
}

/** A parameter value is kept to letters, digits and "-" so that it never needs quoting. */
QString safeParameter(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-')
            out += c;
    }
    return out;
}

/**
 * Folds a content line (RFC 6350 §3.2): CRLF and one space before every 75th octet, never inside
 * a UTF-8 sequence, since a reader that unfolds byte-wise would otherwise see broken characters.
 */
QByteArray folded(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    qsizetype room = maxLineOctets;
    do {
        qsizetype end = std::min(pos + room, line.size());
        if (end < line.size()) {
            while (end > pos && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
                --end;
        }
        out += line.mid(pos, end - pos);
        out += "\r\n";
        pos = end;
        if (pos < line.size()) {
            out += ' ';
            room = maxLineOctets - 1; // the leading space counts
        }
    } while (pos < line.size());
    return out;
}

} // namespace

VCardWriter::VCardWriter(QIODevice *device)
    : m_device(device)
{
}

Result<void> VCardWriter::write(const ContactRecord &record)
{
    const Contact &c = record.contact;
    QByteArray card;
    const auto add = [&card](const QString &line) { card += folded(line.toUtf8()); };
    const auto addText = [&add](const QString &property, const QString &value, ValueKind kind = ValueKind::Text) {
        if (!value.trimmed().isEmpty())
            add(property + u':' + escapeText(value, kind));
    };

    QString name = c.displayName.trimmed();
    if (name.isEmpty() && !record.handles.isEmpty()) {
        const QString handle = record.handles.first();
        const qsizetype colon = handle.indexOf(u':');
        name = (colon >= 0 ? handle.mid(colon + 1) : handle).trimmed();
    }
    if (name.isEmpty())
        name = c.email.trimmed();
    if (name.isEmpty())
        name = tr("Unnamed contact");

    add(u"BEGIN:VCARD"_s);
    add(u"VERSION:4.0"_s);
    add(u"FN:"_s + escapeText(name));
    addText(u"ORG"_s, c.company, ValueKind::Component);
    addText(u"EMAIL"_s, c.email);
    addText(u"TEL"_s, c.phone);
    addText(u"URL"_s, c.website, ValueKind::Uri);
    // ADR's components: post office box; extended address; street; locality; region; code; country.
    // A free-form location fits the locality best.
    if (!c.location.trimmed().isEmpty())
        add(u"ADR:;;;"_s + escapeText(c.location, ValueKind::Component) + u";;;"_s);
    QStringList categories;
    for (const QString &tag : c.tags) {
        if (!tag.trimmed().isEmpty())
            categories.append(escapeText(tag));
    }
    if (!categories.isEmpty())
        add(u"CATEGORIES:"_s + categories.join(u','));
    for (const QString &entry : record.handles) {
        const qsizetype colon = entry.indexOf(u':');
        const QString network = colon > 0 ? safeParameter(entry.left(colon)).toLower() : QString();
        const QString handle = colon >= 0 ? entry.mid(colon + 1) : entry;
        if (handle.trimmed().isEmpty())
            continue;
        const QString property = network.isEmpty() ? u"X-SOCIALPROFILE"_s : u"X-SOCIALPROFILE;TYPE="_s + network;
        add(property + u':' + escapeText(handle));
    }
    addText(u"NOTE"_s, record.note);
    // What vCard has no property for, as extended properties (RFC 6350 §6.10) that other
    // programs keep and ignore: the lead stage, the owner, and each custom field as name;value.
    addText(u"X-STARLING-STAGE"_s, c.stage);
    addText(u"X-STARLING-OWNER"_s, c.owner);
    for (auto it = c.customFields.cbegin(); it != c.customFields.cend(); ++it) {
        if (!it.key().trimmed().isEmpty() && !it.value().trimmed().isEmpty())
            add(u"X-STARLING-FIELD:"_s + escapeText(it.key(), ValueKind::Component) + u';'
                + escapeText(it.value(), ValueKind::Component));
    }
    add(u"END:VCARD"_s);

    qint64 written = 0;
    while (written < card.size()) {
        const qint64 n = m_device ? m_device->write(card.constData() + written, card.size() - written) : -1;
        if (n <= 0) {
            const QString reason = m_device ? m_device->errorString() : QString();
            return Error(Error::Code::Storage, tr("Could not write the vCard file: %1").arg(reason));
        }
        written += n;
    }
    return {};
}

} // namespace starling::contacts
