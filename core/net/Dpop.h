// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DpopKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QUrl>

#include <functional>

namespace starling {

class HttpHeaders;

/**
 * Demonstrating Proof of Possession (RFC 9449) for one sign-in: the key its tokens are bound to,
 * and the nonce each server last handed out. An atproto OAuth token (Bluesky) works only with a
 * fresh proof signed by that key on every request, so a stolen token alone is worth nothing.
 *
 * One Dpop is shared, through a shared_ptr, by everything that talks for the account: the sign-in,
 * the token refresh and the API client. A nonce one of them learns is then used by all, and the
 * server does not have to refuse each of them once. HttpClient::setDpop() puts the proof on each
 * attempt and retries once when a server asks for a newer nonce.
 */
class Dpop final
{
public:
    using Clock = std::function<QDateTime()>;

    /** A null @p key signs nothing until setKey() (a session that reads its key from the keychain). */
    explicit Dpop(DpopKey key = {});

    DpopKey key() const;
    void setKey(DpopKey key);
    /** The clock for the proof's `iat`; tests set one. */
    void setClock(Clock clock);

    /**
     * A proof for one request (RFC 9449 §4.2): a JWT with typ dpop+jwt, alg ES256 and the public
     * key in its header; a random jti, htm, htu (the URL without query and fragment), iat, the
     * nonce last learned from the URL's server when there is one, and ath (the base64url SHA-256
     * of @p accessToken) when the request carries a token.
     */
    QByteArray proof(QByteArrayView method, const QUrl &url, QByteArrayView accessToken = {}) const;

    /** The nonce last learned from @p url's server (scheme, host and port); empty when none. */
    QByteArray nonce(const QUrl &url) const;
    /** Remembers a DPoP-Nonce header from @p url's server. Returns whether it was new. */
    bool learnNonce(const QUrl &url, const QByteArray &nonce);

    /**
     * Whether an answer refuses a proof for its nonce and wants it again with a newer one: an
     * authorization server answers 400 with the OAuth error use_dpop_nonce (§8), a resource
     * server 401 with it in WWW-Authenticate (§9).
     */
    static bool asksForNonce(int status, const HttpHeaders &headers, const QByteArray &body);

    /** The htu of a proof: the URL without query and fragment (§4.2). */
    static QByteArray htu(const QUrl &url);

private:
    static QString origin(const QUrl &url);

    DpopKey m_key;
    Clock m_clock;
    mutable QMutex m_mutex; ///< the key and the nonces: requests of one account may run on more than one thread
    QHash<QString, QByteArray> m_nonces;
};

} // namespace starling
