// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redaction.h"

#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

// Exact names that are secrets but do not say so.
constexpr std::array<QStringView, 13> secretKeys{
    u"code",           u"code_verifier", u"key", u"api_key", u"apikey", u"sig",           u"signature",
    u"oauth_verifier", u"assertion",     u"otp", u"pin",     u"auth",   u"authorization",
};

// Any key containing one of these is a secret: access_token, refresh_token, id_token,
// client_secret, password, oauth_token, session_token, …
constexpr std::array<QStringView, 5> secretParts{
    u"token", u"secret", u"password", u"passwd", u"session",
};

constexpr std::array<QByteArrayView, 8> secretHeaders{
    "authorization", "proxy-authorization", "cookie", "set-cookie", "dpop", "x-csrf-token", "x-api-key", "x-auth-token",
};

QString redactItems(const QString &encoded)
{
    QUrlQuery query(encoded);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    bool changed = false;
    QList<QPair<QString, QString>> redacted;
    redacted.reserve(items.size());
    for (const auto &[key, value] : items) {
        const QString decodedKey = QUrl::fromPercentEncoding(key.toUtf8());
        if (Redaction::isSecretKey(decodedKey)) {
            redacted.append({key, Redaction::mask()});
            changed = true;
        } else {
            redacted.append({key, value});
        }
    }
    if (!changed)
        return encoded;
    QUrlQuery result;
    result.setQueryItems(redacted);
    return result.query(QUrl::FullyEncoded);
}

} // namespace

QString Redaction::mask()
{
    return u"REDACTED"_s;
}

QString Redaction::url(const QUrl &url)
{
    if (!url.isValid())
        return u"<invalid url>"_s;
    QUrl safe = url;
    safe.setUserInfo({});
    if (safe.hasQuery())
        safe.setQuery(redactItems(safe.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    if (safe.hasFragment())
        safe.setFragment(redactItems(safe.fragment(QUrl::FullyEncoded)), QUrl::StrictMode);
    return safe.toString(QUrl::FullyEncoded);
}

bool Redaction::isSecretKey(QStringView key)
{
    const QString lower = key.toString().toLower();
    for (QStringView exact : secretKeys) {
        if (lower == exact)
            return true;
    }
    for (QStringView part : secretParts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

bool Redaction::isSecretHeader(QByteArrayView name)
{
    for (QByteArrayView secret : secretHeaders) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace starling
