// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

// OpenSSL's EVP_PKEY, declared here so that this header does not pull in OpenSSL's.
struct evp_pkey_st;

namespace starling {

/**
 * An ES256 (ECDSA P-256 with SHA-256) key pair for DPoP proofs (RFC 9449), the key Bluesky's
 * OAuth tokens are bound to. Qt has no public ECDSA, so this sits on OpenSSL's libcrypto (its
 * non-deprecated EVP API only). Copies share the key: the EVP_PKEY is held in a shared_ptr and
 * never changes after construction, so a DpopKey may be read from several threads. A null key
 * signs nothing: sign() and signJwt() return empty byte arrays.
 *
 * The private key leaves this class only through toPkcs8(), for the keychain; nothing here logs
 * key material.
 */
class DpopKey final
{
    Q_DECLARE_TR_FUNCTIONS(starling::DpopKey)

public:
    /** A null key. */
    DpopKey();

    /** A fresh P-256 key from OpenSSL's CSPRNG. Fails (Unavailable) only when OpenSSL does. */
    static Result<DpopKey> generate();

    /**
     * The key stored by toPkcs8(): an unencrypted PKCS#8 PrivateKeyInfo in DER. InvalidInput when
     * the bytes are not one, or hold another kind of key (RSA, P-384…), or a key that fails
     * OpenSSL's consistency check.
     */
    static Result<DpopKey> fromPkcs8(QByteArrayView der);

    /**
     * A private key as a JWK (RFC 7518 §6.2): {"kty":"EC","crv":"P-256","x","y","d"}, each
     * coordinate 32 bytes in base64url. The published test vectors come in this form. InvalidInput
     * when a member is missing or malformed, or when d does not belong to (x, y).
     */
    static Result<DpopKey> fromJwk(const QJsonObject &privateJwk);

    /** The private key as unencrypted PKCS#8 DER (what goes into the keychain); empty on a null key. */
    QByteArray toPkcs8() const;

    bool isNull() const;

    /** {"kty":"EC","crv":"P-256","x":<b64url 32 bytes>,"y":<b64url 32 bytes>}: no private part. */
    QJsonObject publicJwk() const;

    /**
     * The RFC 7638 thumbprint: base64url(SHA-256 of {"crv","kty","x","y"} in that order, no
     * spaces), the "jkt" a server binds tokens to. Empty on a null key.
     */
    QByteArray thumbprint() const;

    /**
     * The ES256 signature of @p data: the raw 64-byte R||S of RFC 7518 §3.4, not the DER that
     * OpenSSL produces. Empty on a null key (or if OpenSSL fails).
     */
    QByteArray sign(QByteArrayView data) const;

    /**
     * A compact JWS: b64url(header JSON).b64url(payload JSON).b64url(sign(first two parts)), with
     * "alg":"ES256" set in @p header and compact JSON. Empty on a null key.
     */
    QByteArray signJwt(QJsonObject header, const QJsonObject &payload) const;

    /**
     * Whether @p signature (R||S, 64 bytes) is a valid ES256 signature of @p data by the key of
     * @p publicJwk (a P-256 JWK; any private part is ignored). For tests and to check a proof.
     */
    static bool verify(const QJsonObject &publicJwk, QByteArrayView data, QByteArrayView signature);

    /** base64url without padding, the JOSE way (RFC 7515 §2). */
    static QByteArray base64Url(QByteArrayView bytes);

private:
    DpopKey(std::shared_ptr<evp_pkey_st> key, QByteArray x, QByteArray y);

    /** Checks that @p key is a consistent P-256 key pair and wraps it; takes ownership. */
    static Result<DpopKey> adopt(evp_pkey_st *key);

    std::shared_ptr<evp_pkey_st> m_key;
    QByteArray m_x; ///< the public point's coordinates, 32 bytes each, read once
    QByteArray m_y;
};

} // namespace starling
