// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dpop.h"

#include "HttpHeaders.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace starling {

Dpop::Dpop(DpopKey key)
    : m_key(std::move(key))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

DpopKey Dpop::key() const
{
    const QMutexLocker locker(&m_mutex);
    return m_key;
}

void Dpop::setKey(DpopKey key)
{
    const QMutexLocker locker(&m_mutex);
    m_key = std::move(key);
}

void Dpop::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QString Dpop::origin(const QUrl &url)
{
    return url.scheme().toLower() + u"://"_s + url.host().toLower() + u':'
           + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

QByteArray Dpop::htu(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toEncoded();
}

QByteArray Dpop::nonce(const QUrl &url) const
{
    const QMutexLocker locker(&m_mutex);
    return m_nonces.value(origin(url));
}

bool Dpop::learnNonce(const QUrl &url, const QByteArray &nonce)
{
    const QByteArray trimmed = nonce.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QMutexLocker locker(&m_mutex);
    QByteArray &known = m_nonces[origin(url)];
    if (known == trimmed)
        return false;
    known = trimmed;
    return true;
}

QByteArray Dpop::proof(QByteArrayView method, const QUrl &url, QByteArrayView accessToken) const
{
    const DpopKey signer = key();
    if (signer.isNull())
        return {};
    QByteArray jti(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(jti.data()), jti.size() / 4);

    const QJsonObject header{{u"typ"_s, u"dpop+jwt"_s}, {u"jwk"_s, signer.publicJwk()}};
    QJsonObject payload{
        {u"jti"_s, QString::fromLatin1(DpopKey::base64Url(jti))},
        {u"htm"_s, QString::fromLatin1(method.toByteArray())},
        {u"htu"_s, QString::fromUtf8(htu(url))},
        {u"iat"_s, double(m_clock().toSecsSinceEpoch())},
    };
    if (const QByteArray serverNonce = nonce(url); !serverNonce.isEmpty())
        payload.insert(u"nonce"_s, QString::fromUtf8(serverNonce));
    if (!accessToken.isEmpty()) {
        payload.insert(u"ath"_s, QString::fromLatin1(DpopKey::base64Url(
                                     QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256))));
    }
    return signer.signJwt(header, payload);
}

bool Dpop::asksForNonce(int status, const HttpHeaders &headers, const QByteArray &body)
{
    if (status == 401) {
        const QByteArray challenge = headers.value("www-authenticate");
        if (challenge.contains("use_dpop_nonce"))
            return true;
    }
    if (status == 400 || status == 401) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        return object.value("error"_L1).toString() == u"use_dpop_nonce"_s;
    }
    return false;
}

} // namespace starling
