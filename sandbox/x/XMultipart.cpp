// SPDX-License-Identifier: GPL-3.0-or-later
#include "XMultipart.h"

namespace starling::sandbox {

namespace {

constexpr int maxParts = 64;

/** The value of parameter @p key in a header value like `form-data; name="media"`. */
QByteArray parameter(const QByteArray &value, QByteArrayView key)
{
    for (const QByteArray &piece : value.split(';')) {
        const QByteArray item = piece.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0 || item.left(equals).trimmed().compare(key, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray result = item.mid(equals + 1).trimmed();
        if (result.size() >= 2 && result.startsWith('"') && result.endsWith('"'))
            result = result.mid(1, result.size() - 2);
        return result;
    }
    return {};
}

} // namespace

const XMultipart::Part *XMultipart::part(QByteArrayView name) const
{
    for (const Part &p : parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

std::optional<XMultipart> XMultipart::parse(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    if (mime != "multipart/form-data")
        return std::nullopt;
    const QByteArray boundary = parameter(contentType, "boundary");
    // RFC 2046: 1 to 70 characters.
    if (boundary.isEmpty() || boundary.size() > 70)
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter;

    XMultipart result;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        return std::nullopt;
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            return result; // the closing delimiter; an epilogue is ignored
        if (body.mid(position, 2) != "\r\n")
            return std::nullopt;
        position += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", position);
        if (headEnd < 0)
            return std::nullopt;
        const qsizetype next = body.indexOf(separator, headEnd + 4);
        if (next < 0)
            return std::nullopt;

        Part part;
        const QList<QByteArray> lines = body.mid(position, headEnd - position).split('\n');
        for (QByteArray line : lines) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return std::nullopt;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                if (!value.toLower().startsWith("form-data"))
                    return std::nullopt;
                part.name = parameter(value, "name");
                part.fileName = parameter(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        if (part.name.isEmpty() || result.parts.size() >= maxParts)
            return std::nullopt;
        part.data = body.mid(headEnd + 4, next - headEnd - 4);
        result.parts.append(part);
        position = next + 2;
    }
}

} // namespace starling::sandbox
