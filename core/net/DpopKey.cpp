// SPDX-License-Identifier: GPL-3.0-or-later
#include "DpopKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/params.h>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

/** A unique_ptr deleter that calls one of OpenSSL's free functions. */
template<auto Free>
struct FreeWith
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};

using PkeyPtr = std::unique_ptr<EVP_PKEY, FreeWith<&EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, FreeWith<&EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, FreeWith<&EVP_MD_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, FreeWith<&BN_free>>;
// For BIGNUMs that hold a private scalar: zeroed before they are freed.
using SecretBignumPtr = std::unique_ptr<BIGNUM, FreeWith<&BN_clear_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, FreeWith<&ECDSA_SIG_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, FreeWith<&OSSL_PARAM_BLD_free>>;
// OSSL_PARAM_BLD_to_param() puts a BIGNUM flagged secure in a block of its own, which
// OSSL_PARAM_free() zeroes (OpenSSL 3.0 has no OSSL_PARAM_clear_free()).
using ParamsPtr = std::unique_ptr<OSSL_PARAM, FreeWith<&OSSL_PARAM_free>>;
using DecoderCtxPtr = std::unique_ptr<OSSL_DECODER_CTX, FreeWith<&OSSL_DECODER_CTX_free>>;
using EncoderCtxPtr = std::unique_ptr<OSSL_ENCODER_CTX, FreeWith<&OSSL_ENCODER_CTX_free>>;

constexpr int coordinateSize = 32; // P-256: x, y, d, r and s are all 32 bytes (RFC 7518 §3.4, §6.2)
constexpr qsizetype maxPkcs8Size = 4096; // a P-256 PrivateKeyInfo is about 140 bytes
constexpr char groupName[] = "prime256v1"; // OpenSSL's name of P-256

/**
 * Keeps OpenSSL's per-thread error queue as it was before one of our calls. Our failures are
 * answered with a Result, and an error left in the queue would be read later by whoever calls
 * ERR_get_error() next on this thread, such as Qt's TLS backend, and blamed on its own call.
 */
class ErrorQueueMark final
{
public:
    ErrorQueueMark() { ERR_set_mark(); }
    ~ErrorQueueMark() { ERR_pop_to_mark(); }
    ErrorQueueMark(const ErrorQueueMark &) = delete;
    ErrorQueueMark &operator=(const ErrorQueueMark &) = delete;
};

/** Zeroes a buffer of private key bytes when it goes out of scope. */
class WipeOnExit final
{
public:
    explicit WipeOnExit(QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    ~WipeOnExit()
    {
        if (!m_bytes.isEmpty()) {
            OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
        }
    }
    WipeOnExit(const WipeOnExit &) = delete;
    WipeOnExit &operator=(const WipeOnExit &) = delete;

private:
    QByteArray &m_bytes;
};

const unsigned char *bytesOf(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}

/** A JWK member in base64url that must decode to exactly one coordinate; empty when it does not. */
QByteArray coordinate(const QJsonObject &jwk, QLatin1StringView name)
{
    const QJsonValue value = jwk.value(name);
    if (!value.isString()) {
        return {};
    }
    // JOSE's base64url has no padding and no other characters (RFC 7515 §2): a strict decode.
    QByteArray text = value.toString().toLatin1();
    const WipeOnExit wipeText(text); // for d, a copy of the private key in base64url
    if (text.contains('=')) {
        return {};
    }
    QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != coordinateSize) {
        if (!decoded.decoded.isEmpty()) {
            OPENSSL_cleanse(decoded.decoded.data(), size_t(decoded.decoded.size()));
        }
        return {};
    }
    return std::move(decoded.decoded);
}

/** Whether @p jwk names an EC key on P-256 (RFC 7518 §6.2.1.1). */
bool isP256Jwk(const QJsonObject &jwk)
{
    return jwk.value("kty"_L1).toString() == "EC"_L1 && jwk.value("crv"_L1).toString() == "P-256"_L1;
}

/**
 * A P-256 key from its public point (@p x, @p y) and, for a key pair, its private scalar @p d;
 * null when OpenSSL refuses them (a point off the curve, for one).
 */
PkeyPtr keyFromCoordinates(QByteArrayView x, QByteArrayView y, QByteArrayView d = {})
{
    // The public key as OpenSSL takes it: an uncompressed point, 0x04 || x || y (SEC 1 §2.3.3).
    std::array<unsigned char, 1 + 2 * coordinateSize> point{};
    point[0] = 0x04;
    std::copy(bytesOf(x), bytesOf(x) + coordinateSize, point.begin() + 1);
    std::copy(bytesOf(y), bytesOf(y) + coordinateSize, point.begin() + 1 + coordinateSize);

    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, groupName, 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size()) != 1) {
        return {};
    }
    SecretBignumPtr privateScalar;
    if (!d.isEmpty()) {
        // A secure BIGNUM (from the secure heap where the application set one up, else the
        // ordinary heap) is zeroed when freed, and so is its copy in the OSSL_PARAM array.
        privateScalar.reset(BN_secure_new());
        if (!privateScalar || !BN_bin2bn(bytesOf(d), int(d.size()), privateScalar.get())
            || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, privateScalar.get()) != 1) {
            return {};
        }
    }
    const ParamsPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    const PkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1) {
        return {};
    }
    EVP_PKEY *key = nullptr;
    const int selection = d.isEmpty() ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEYPAIR;
    if (EVP_PKEY_fromdata(context.get(), &key, selection, params.get()) != 1) {
        return {};
    }
    return PkeyPtr(key);
}

/** One coordinate of @p key's public point, left-padded to 32 bytes; empty on failure. */
QByteArray publicCoordinate(const EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        return {};
    }
    const BignumPtr value(raw);
    QByteArray out(coordinateSize, Qt::Uninitialized);
    if (BN_bn2binpad(value.get(), reinterpret_cast<unsigned char *>(out.data()), coordinateSize) != coordinateSize) {
        return {};
    }
    return out;
}

Error invalidInput(const QString &message)
{
    return Error(Error::Code::InvalidInput, message);
}

} // namespace

DpopKey::DpopKey() = default;

DpopKey::DpopKey(std::shared_ptr<evp_pkey_st> key, QByteArray x, QByteArray y)
    : m_key(std::move(key))
    , m_x(std::move(x))
    , m_y(std::move(y))
{
}

Result<DpopKey> DpopKey::adopt(evp_pkey_st *raw)
{
    std::shared_ptr<evp_pkey_st> key(raw, EVP_PKEY_free);
    if (!key) {
        return invalidInput(tr("The signing key could not be read."));
    }

    // Only P-256: a server that asked for ES256 refuses a proof signed with anything else, and a
    // key of another kind in the keychain means the entry is not ours.
    std::array<char, 64> group{};
    size_t groupLength = 0;
    if (EVP_PKEY_is_a(key.get(), "EC") != 1
        || EVP_PKEY_get_group_name(key.get(), group.data(), group.size(), &groupLength) != 1
        || OBJ_txt2nid(group.data()) != NID_X9_62_prime256v1) {
        return invalidInput(tr("The signing key is not a P-256 (ES256) private key."));
    }

    // The public point on the curve, the private scalar in range and the two belonging together:
    // a stored key whose halves disagree would sign proofs no server accepts, with no clue why.
    const PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_check(check.get()) != 1) {
        return invalidInput(tr("The signing key is damaged: its public and private parts do not match."));
    }

    QByteArray x = publicCoordinate(key.get(), OSSL_PKEY_PARAM_EC_PUB_X);
    QByteArray y = publicCoordinate(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y);
    if (x.isEmpty() || y.isEmpty()) {
        return invalidInput(tr("The signing key could not be read."));
    }
    return DpopKey(std::move(key), std::move(x), std::move(y));
}

Result<DpopKey> DpopKey::generate()
{
    const ErrorQueueMark mark;
    const PkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1
        || EVP_PKEY_CTX_set_group_name(context.get(), groupName) != 1 || EVP_PKEY_generate(context.get(), &key) != 1) {
        return Error(Error::Code::Unavailable, tr("Could not create a key to sign requests with."));
    }
    Result<DpopKey> adopted = adopt(key);
    if (!adopted) {
        return Error(Error::Code::Unavailable, tr("Could not create a key to sign requests with."));
    }
    return adopted;
}

Result<DpopKey> DpopKey::fromPkcs8(QByteArrayView der)
{
    const ErrorQueueMark mark;
    const Error notPkcs8 = invalidInput(tr("The signing key could not be read: it is not a PKCS#8 private key."));
    if (der.isEmpty() || der.size() > maxPkcs8Size) {
        return notPkcs8;
    }
    EVP_PKEY *key = nullptr;
    // Any key type, so that an RSA or P-384 key is told apart from bytes that are no key at all.
    const DecoderCtxPtr decoder(
        OSSL_DECODER_CTX_new_for_pkey(&key, "DER", "PrivateKeyInfo", nullptr, EVP_PKEY_KEYPAIR, nullptr, nullptr));
    if (!decoder) {
        return notPkcs8;
    }
    const unsigned char *data = bytesOf(der);
    size_t remaining = size_t(der.size());
    const bool decoded = OSSL_DECODER_from_data(decoder.get(), &data, &remaining) == 1;
    PkeyPtr owned(key);
    // The whole input is the key: trailing bytes mean a truncated or mixed-up entry.
    if (!decoded || !owned || remaining != 0) {
        return notPkcs8;
    }
    return adopt(owned.release());
}

Result<DpopKey> DpopKey::fromJwk(const QJsonObject &privateJwk)
{
    const ErrorQueueMark mark;
    const QByteArray x = coordinate(privateJwk, "x"_L1);
    const QByteArray y = coordinate(privateJwk, "y"_L1);
    QByteArray d = coordinate(privateJwk, "d"_L1);
    const WipeOnExit wipe(d);
    if (!isP256Jwk(privateJwk) || x.isEmpty() || y.isEmpty() || d.isEmpty()) {
        return invalidInput(tr("The key is not a P-256 private key in JWK form."));
    }
    PkeyPtr key = keyFromCoordinates(x, y, d);
    if (!key) {
        return invalidInput(tr("The key is not a P-256 private key in JWK form."));
    }
    return adopt(key.release());
}

QByteArray DpopKey::toPkcs8() const
{
    if (isNull()) {
        return {};
    }
    const ErrorQueueMark mark;
    const EncoderCtxPtr encoder(
        OSSL_ENCODER_CTX_new_for_pkey(m_key.get(), EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo", nullptr));
    unsigned char *data = nullptr;
    size_t length = 0;
    if (!encoder || OSSL_ENCODER_to_data(encoder.get(), &data, &length) != 1 || !data) {
        return {};
    }
    QByteArray der(reinterpret_cast<const char *>(data), qsizetype(length));
    OPENSSL_clear_free(data, length);
    return der;
}

bool DpopKey::isNull() const
{
    return !m_key;
}

QJsonObject DpopKey::publicJwk() const
{
    if (isNull()) {
        return {};
    }
    return QJsonObject{
        {u"kty"_s, u"EC"_s},
        {u"crv"_s, u"P-256"_s},
        {u"x"_s, QString::fromLatin1(base64Url(m_x))},
        {u"y"_s, QString::fromLatin1(base64Url(m_y))},
    };
}

QByteArray DpopKey::thumbprint() const
{
    if (isNull()) {
        return {};
    }
    // RFC 7638 §3.2: the required members only, in lexicographic order, with no whitespace. Spelled
    // out rather than left to QJsonDocument, whose key order and number format are not the RFC's.
    const QByteArray canonical =
        R"({"crv":"P-256","kty":"EC","x":")"_ba + base64Url(m_x) + R"(","y":")"_ba + base64Url(m_y) + R"("})"_ba;
    return base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256));
}

QByteArray DpopKey::sign(QByteArrayView data) const
{
    if (isNull()) {
        return {};
    }
    const ErrorQueueMark mark;
    const MdCtxPtr context(EVP_MD_CTX_new());
    if (!context
        || EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(), nullptr) != 1) {
        return {};
    }
    // OpenSSL signs in DER (an ECDSA-Sig-Value SEQUENCE); EVP_PKEY_get_size() is its largest size.
    QByteArray der(EVP_PKEY_get_size(m_key.get()), Qt::Uninitialized);
    size_t derLength = size_t(der.size());
    auto *derBytes = reinterpret_cast<unsigned char *>(der.data());
    if (der.isEmpty() || EVP_DigestSign(context.get(), derBytes, &derLength, bytesOf(data), size_t(data.size())) != 1) {
        return {};
    }

    // JOSE wants R and S as two 32-byte big-endian numbers, side by side (RFC 7518 §3.4).
    const unsigned char *cursor = bytesOf(der);
    const EcdsaSigPtr signature(d2i_ECDSA_SIG(nullptr, &cursor, long(derLength)));
    if (!signature) {
        return {};
    }
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature.get(), &r, &s);
    QByteArray raw(2 * coordinateSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, coordinateSize) != coordinateSize
        || BN_bn2binpad(s, out + coordinateSize, coordinateSize) != coordinateSize) {
        return {};
    }
    return raw;
}

QByteArray DpopKey::signJwt(QJsonObject header, const QJsonObject &payload) const
{
    if (isNull()) {
        return {};
    }
    header.insert("alg"_L1, u"ES256"_s);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                    + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature = sign(signingInput);
    if (signature.isEmpty()) {
        return {};
    }
    return signingInput + '.' + base64Url(signature);
}

bool DpopKey::verify(const QJsonObject &publicJwk, QByteArrayView data, QByteArrayView signature)
{
    if (signature.size() != 2 * coordinateSize || !isP256Jwk(publicJwk)) {
        return false;
    }
    const QByteArray x = coordinate(publicJwk, "x"_L1);
    const QByteArray y = coordinate(publicJwk, "y"_L1);
    if (x.isEmpty() || y.isEmpty()) {
        return false;
    }
    const ErrorQueueMark mark;
    const PkeyPtr key = keyFromCoordinates(x, y);
    if (!key) {
        return false;
    }

    // Back from JOSE's R||S to the DER that OpenSSL verifies.
    const EcdsaSigPtr parsed(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytesOf(signature), coordinateSize, nullptr);
    BIGNUM *s = BN_bin2bn(bytesOf(signature) + coordinateSize, coordinateSize, nullptr);
    if (!parsed || !r || !s || ECDSA_SIG_set0(parsed.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return false;
    }
    const int derLength = i2d_ECDSA_SIG(parsed.get(), nullptr);
    if (derLength <= 0) {
        return false;
    }
    QByteArray der(derLength, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(parsed.get(), &cursor) != derLength) {
        return false;
    }

    const MdCtxPtr context(EVP_MD_CTX_new());
    return context
           && EVP_DigestVerifyInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key.get(), nullptr) == 1
           && EVP_DigestVerify(context.get(), bytesOf(der), size_t(der.size()), bytesOf(data), size_t(data.size()))
                  == 1;
}

QByteArray DpopKey::base64Url(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace starling
