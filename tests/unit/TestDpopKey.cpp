// SPDX-License-Identifier: GPL-3.0-or-later
// DpopKey: the ES256 key of DPoP proofs, checked against published vectors (RFC 7515 A.3,
// RFC 6979 A.2.5) rather than against itself, and against keys OpenSSL makes directly.

#include "net/DpopKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

// RFC 7515 (JWS), Appendix A.3 "Example JWS Using ECDSA P-256 SHA-256": the key of A.3.1, the
// JWS Signing Input (protected header {"alg":"ES256"} and the payload of A.1) and the signature
// of A.3.1, as the RFC prints them in base64url.
const QJsonObject rfc7515Jwk{
    {u"kty"_s, u"EC"_s},
    {u"crv"_s, u"P-256"_s},
    {u"x"_s, u"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"_s},
    {u"y"_s, u"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"_s},
    {u"d"_s, u"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"_s},
};
constexpr auto rfc7515Header = "eyJhbGciOiJFUzI1NiJ9"_L1;
constexpr auto rfc7515Payload =
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"_L1;
constexpr auto rfc7515Signature =
    "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q"_L1;

// RFC 6979 (deterministic ECDSA), Appendix A.2.5 "ECDSA, 256 Bits (Prime Field)": the key pair
// (x is the private key, Ux/Uy the public point) and the signature of "sample" with SHA-256.
constexpr auto rfc6979PrivateHex = "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721"_L1;
constexpr auto rfc6979UxHex = "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6"_L1;
constexpr auto rfc6979UyHex = "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299"_L1;
constexpr auto rfc6979SampleRHex = "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716"_L1;
constexpr auto rfc6979SampleSHex = "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8"_L1;

QByteArray fromBase64Url(QByteArrayView text)
{
    return QByteArray::fromBase64(text.toByteArray(), QByteArray::Base64UrlEncoding);
}

QString hexToBase64Url(QLatin1StringView hex)
{
    return QString::fromLatin1(DpopKey::base64Url(QByteArray::fromHex(QByteArray(hex.data(), hex.size()))));
}

QJsonObject rfc6979PublicJwk()
{
    return QJsonObject{
        {u"kty"_s, u"EC"_s},
        {u"crv"_s, u"P-256"_s},
        {u"x"_s, hexToBase64Url(rfc6979UxHex)},
        {u"y"_s, hexToBase64Url(rfc6979UyHex)},
    };
}

QByteArray flipBit(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes.at(index) ^ 0x01);
    return bytes;
}

/** A key of another kind made by OpenSSL itself, as PKCS#8 DER through the legacy-free i2d path. */
QByteArray otherKeyPkcs8(const char *type, const char *group, int rsaBits)
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr), &EVP_PKEY_CTX_free);
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1)
        return {};
    if (group && EVP_PKEY_CTX_set_group_name(context.get(), group) != 1)
        return {};
    if (rsaBits > 0 && EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), rsaBits) != 1)
        return {};
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_generate(context.get(), &raw) != 1)
        return {};
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(raw, &EVP_PKEY_free);
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, decltype(&PKCS8_PRIV_KEY_INFO_free)> info(EVP_PKEY2PKCS8(key.get()),
                                                                                   &PKCS8_PRIV_KEY_INFO_free);
    if (!info)
        return {};
    const int length = i2d_PKCS8_PRIV_KEY_INFO(info.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PKCS8_PRIV_KEY_INFO(info.get(), &cursor) != length)
        return {};
    return der;
}

} // namespace

class TestDpopKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7515Vector();
    void rfc6979Vector();
    void fromJwkRefusesBadKeys_data();
    void fromJwkRefusesBadKeys();
    void thumbprint();
    void generateSignVerify();
    void pkcs8RoundTrip();
    void fromPkcs8RefusesOtherKeys();
    void signJwt();
    void nullKey();
};

void TestDpopKey::rfc7515Vector()
{
    // base64Url against the RFC's own encodings of the header and payload bytes.
    QCOMPARE(DpopKey::base64Url(R"({"alg":"ES256"})"_ba), QByteArray(rfc7515Header.data(), rfc7515Header.size()));
    QCOMPARE(
        DpopKey::base64Url("{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}"_ba),
        QByteArray(rfc7515Payload.data(), rfc7515Payload.size()));

    const Result<DpopKey> key = DpopKey::fromJwk(rfc7515Jwk);
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message()));
    QVERIFY(!key->isNull());
    const QJsonObject jwk = key->publicJwk();
    QCOMPARE(jwk.value("kty"_L1).toString(), u"EC"_s);
    QCOMPARE(jwk.value("crv"_L1).toString(), u"P-256"_s);
    QCOMPARE(jwk.value("x"_L1).toString(), rfc7515Jwk.value("x"_L1).toString());
    QCOMPARE(jwk.value("y"_L1).toString(), rfc7515Jwk.value("y"_L1).toString());
    QVERIFY(!jwk.contains("d"_L1));
    QCOMPARE(jwk.size(), 4);

    // The RFC's signature verifies; one flipped bit in it, or in the signed bytes, does not.
    const QByteArray signingInput = QByteArray(rfc7515Header.data(), rfc7515Header.size()) + '.'
                                    + QByteArray(rfc7515Payload.data(), rfc7515Payload.size());
    const QByteArray signature = fromBase64Url(QByteArray(rfc7515Signature.data(), rfc7515Signature.size()));
    QCOMPARE(signature.size(), 64);
    QVERIFY(DpopKey::verify(jwk, signingInput, signature));
    QVERIFY(DpopKey::verify(rfc7515Jwk, signingInput, signature)); // the private part is ignored
    QVERIFY(!DpopKey::verify(jwk, signingInput, flipBit(signature, 10)));
    QVERIFY(!DpopKey::verify(jwk, signingInput, flipBit(signature, 50)));
    QVERIFY(!DpopKey::verify(jwk, flipBit(signingInput, 5), signature));
    QVERIFY(!DpopKey::verify(jwk, signingInput, signature.left(63)));
    QVERIFY(!DpopKey::verify(rfc6979PublicJwk(), signingInput, signature));

    // ECDSA signs with a random k, so our own signature differs from the RFC's, yet verifies.
    const QByteArray ours = key->sign(signingInput);
    QCOMPARE(ours.size(), 64);
    QVERIFY(ours != signature);
    QVERIFY(DpopKey::verify(jwk, signingInput, ours));
}

void TestDpopKey::rfc6979Vector()
{
    const QJsonObject publicJwk = rfc6979PublicJwk();
    const QByteArray signature = QByteArray::fromHex(QByteArray(rfc6979SampleRHex.data(), rfc6979SampleRHex.size())
                                                     + QByteArray(rfc6979SampleSHex.data(), rfc6979SampleSHex.size()));
    QCOMPARE(signature.size(), 64);
    QVERIFY(DpopKey::verify(publicJwk, "sample"_ba, signature));
    QVERIFY(!DpopKey::verify(publicJwk, "sample"_ba, flipBit(signature, 0)));
    QVERIFY(!DpopKey::verify(publicJwk, "sample"_ba, flipBit(signature, 63)));
    QVERIFY(!DpopKey::verify(publicJwk, "samplf"_ba, signature));
    QVERIFY(!DpopKey::verify(publicJwk, "test"_ba, signature));
    QVERIFY(!DpopKey::verify(rfc7515Jwk, "sample"_ba, signature));
    // R and S swapped is no signature either.
    QVERIFY(!DpopKey::verify(publicJwk, "sample"_ba, QByteArray(signature.mid(32) + signature.left(32))));

    // The private key of the appendix with its public point loads, and what it signs verifies.
    QJsonObject privateJwk = publicJwk;
    privateJwk.insert("d"_L1, hexToBase64Url(rfc6979PrivateHex));
    const Result<DpopKey> key = DpopKey::fromJwk(privateJwk);
    QVERIFY2(key.ok(), qPrintable(key ? QString() : key.error().message()));
    QCOMPARE(key->publicJwk(), publicJwk);
    QVERIFY(DpopKey::verify(publicJwk, "sample"_ba, key->sign("sample"_ba)));
}

void TestDpopKey::fromJwkRefusesBadKeys_data()
{
    QTest::addColumn<QJsonObject>("jwk");

    const auto with = [](const QString &member, const QJsonValue &value) {
        QJsonObject jwk = rfc7515Jwk;
        jwk.insert(member, value);
        return jwk;
    };
    const auto without = [](const QString &member) {
        QJsonObject jwk = rfc7515Jwk;
        jwk.remove(member);
        return jwk;
    };
    QTest::newRow("no d (a public key)") << without(u"d"_s);
    QTest::newRow("no x") << without(u"x"_s);
    QTest::newRow("no y") << without(u"y"_s);
    QTest::newRow("no kty") << without(u"kty"_s);
    QTest::newRow("kty RSA") << with(u"kty"_s, u"RSA"_s);
    QTest::newRow("crv P-384") << with(u"crv"_s, u"P-384"_s);
    QTest::newRow("crv secp256k1") << with(u"crv"_s, u"secp256k1"_s);
    // RFC 6979's private key with RFC 7515's public point: each half valid, not a pair.
    QTest::newRow("d of another key") << with(u"d"_s, hexToBase64Url(rfc6979PrivateHex));
    // y of another point: (x, y) is then off the curve.
    QTest::newRow("point off the curve") << with(u"y"_s, hexToBase64Url(rfc6979UyHex));
    QTest::newRow("31-byte x") << with(u"x"_s, QString::fromLatin1(DpopKey::base64Url(QByteArray(31, 'a'))));
    QTest::newRow("33-byte d") << with(u"d"_s, QString::fromLatin1(DpopKey::base64Url(QByteArray(33, 'a'))));
    QTest::newRow("d zero") << with(u"d"_s, QString::fromLatin1(DpopKey::base64Url(QByteArray(32, '\0'))));
    QTest::newRow("padded x") << with(u"x"_s, QString(rfc7515Jwk.value("x"_L1).toString() + u'='));
    QTest::newRow("base64 not base64url") << with(u"y"_s, rfc7515Jwk.value("y"_L1).toString().replace(u'_', u'/'));
    QTest::newRow("x a number") << with(u"x"_s, 42);
    QTest::newRow("empty") << QJsonObject();
}

void TestDpopKey::fromJwkRefusesBadKeys()
{
    QFETCH(QJsonObject, jwk);
    const Result<DpopKey> key = DpopKey::fromJwk(jwk);
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code(), Error::Code::InvalidInput);
    QVERIFY(!key.error().message().isEmpty());
}

void TestDpopKey::thumbprint()
{
    const Result<DpopKey> key = DpopKey::fromJwk(rfc7515Jwk);
    QVERIFY(key.ok());
    // RFC 7638 §3.2's form, built by hand: required members in lexicographic order, no spaces.
    const QByteArray canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\""
                                 + rfc7515Jwk.value("x"_L1).toString().toLatin1() + "\",\"y\":\""
                                 + rfc7515Jwk.value("y"_L1).toString().toLatin1() + "\"}";
    const QByteArray expected = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(key->thumbprint(), expected);
    QCOMPARE(key->thumbprint().size(), 43);

    // Another key, another thumbprint.
    const Result<DpopKey> other = DpopKey::generate();
    QVERIFY(other.ok());
    QCOMPARE(other->thumbprint().size(), 43);
    QVERIFY(other->thumbprint() != key->thumbprint());
}

void TestDpopKey::generateSignVerify()
{
    const Result<DpopKey> first = DpopKey::generate();
    const Result<DpopKey> second = DpopKey::generate();
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QVERIFY(!first->isNull());
    QVERIFY(first->publicJwk() != second->publicJwk());
    QVERIFY(first->toPkcs8() != second->toPkcs8());
    QCOMPARE(fromBase64Url(first->publicJwk().value("x"_L1).toString().toLatin1()).size(), 32);
    QCOMPARE(fromBase64Url(first->publicJwk().value("y"_L1).toString().toLatin1()).size(), 32);

    const QByteArray data = "POST https://bsky.social/oauth/token"_ba;
    for (int i = 0; i < 20; ++i) {
        const QByteArray signature = first->sign(data);
        QCOMPARE(signature.size(), 64);
        QVERIFY(DpopKey::verify(first->publicJwk(), data, signature));
        QVERIFY(!DpopKey::verify(second->publicJwk(), data, signature));
        QVERIFY(!DpopKey::verify(first->publicJwk(), flipBit(data, i), signature));
        QVERIFY(!DpopKey::verify(first->publicJwk(), data, flipBit(signature, i * 3)));
    }
    QVERIFY(DpopKey::verify(first->publicJwk(), {}, first->sign({})));

    // An R or an S below 2^248 (one signature in 256 each) still fills its 32 bytes, zeros in front.
    bool shortR = false;
    bool shortS = false;
    for (int i = 0; i < 10000 && !(shortR && shortS); ++i) {
        const QByteArray signature = first->sign(data);
        QCOMPARE(signature.size(), 64);
        QVERIFY(DpopKey::verify(first->publicJwk(), data, signature));
        shortR = shortR || signature.at(0) == 0;
        shortS = shortS || signature.at(32) == 0;
    }
    QVERIFY(shortR);
    QVERIFY(shortS);

    // A copy shares the key.
    const DpopKey copy = first.value();
    QCOMPARE(copy.publicJwk(), first->publicJwk());
    QVERIFY(DpopKey::verify(first->publicJwk(), data, copy.sign(data)));
}

void TestDpopKey::pkcs8RoundTrip()
{
    const Result<DpopKey> original = DpopKey::generate();
    QVERIFY(original.ok());
    const QByteArray der = original->toPkcs8();
    QVERIFY(!der.isEmpty());
    QCOMPARE(der.at(0), char(0x30)); // a DER SEQUENCE

    const Result<DpopKey> reloaded = DpopKey::fromPkcs8(der);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded ? QString() : reloaded.error().message()));
    QCOMPARE(reloaded->publicJwk(), original->publicJwk());
    QCOMPARE(reloaded->thumbprint(), original->thumbprint());
    QCOMPARE(reloaded->toPkcs8(), der);
    const QByteArray data = "GET https://example.com/xrpc/chat.bsky.convo.listConvos"_ba;
    QVERIFY(DpopKey::verify(original->publicJwk(), data, reloaded->sign(data)));

    // The published key too: PKCS#8 keeps the RFC's coordinates.
    const Result<DpopKey> rfc = DpopKey::fromJwk(rfc7515Jwk);
    QVERIFY(rfc.ok());
    const Result<DpopKey> rfcReloaded = DpopKey::fromPkcs8(rfc->toPkcs8());
    QVERIFY(rfcReloaded.ok());
    QCOMPARE(rfcReloaded->publicJwk().value("x"_L1), rfc7515Jwk.value("x"_L1));
    QCOMPARE(rfcReloaded->publicJwk().value("y"_L1), rfc7515Jwk.value("y"_L1));

    // Damaged entries are refused: truncated, with a byte more, or with a byte changed inside the key.
    QVERIFY(!DpopKey::fromPkcs8(QByteArrayView(der).first(der.size() - 1)).ok());
    QVERIFY(!DpopKey::fromPkcs8(QByteArray(der + '\0')).ok());
    QCOMPARE(DpopKey::fromPkcs8(QByteArray(der + '\0')).error().code(), Error::Code::InvalidInput);
}

void TestDpopKey::fromPkcs8RefusesOtherKeys()
{
    const QByteArray garbage = "this is not a key, only some text of about the right length for one"_ba;
    for (const QByteArray &bytes : {QByteArray(), garbage, QByteArray(200, '\0'), QByteArray(100000, '\x30')}) {
        const Result<DpopKey> key = DpopKey::fromPkcs8(bytes);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code(), Error::Code::InvalidInput);
        QVERIFY(!key.error().message().isEmpty());
        // OpenSSL's complaints stay out of the thread's error queue, where Qt's TLS would find them.
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    const QByteArray p384 = otherKeyPkcs8("EC", "P-384", 0);
    const QByteArray secp256k1 = otherKeyPkcs8("EC", "secp256k1", 0);
    const QByteArray rsa = otherKeyPkcs8("RSA", nullptr, 1024);
    const QByteArray ed25519 = otherKeyPkcs8("ED25519", nullptr, 0);
    const QByteArray p256 = otherKeyPkcs8("EC", "P-256", 0);
    for (const QByteArray &der : {p384, secp256k1, rsa, ed25519, p256})
        QVERIFY(!der.isEmpty());
    for (const QByteArray &der : {p384, secp256k1, rsa, ed25519}) {
        const Result<DpopKey> key = DpopKey::fromPkcs8(der);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code(), Error::Code::InvalidInput);
        QVERIFY(!key.error().message().isEmpty());
    }
    // The same path, with a P-256 key, is accepted: the refusals above are about the curve.
    QVERIFY(DpopKey::fromPkcs8(p256).ok());
}

void TestDpopKey::signJwt()
{
    const Result<DpopKey> key = DpopKey::generate();
    QVERIFY(key.ok());
    const QJsonObject header{
        {u"typ"_s, u"dpop+jwt"_s},
        {u"alg"_s, u"none"_s}, // replaced: the key decides the algorithm
        {u"jwk"_s, key->publicJwk()},
    };
    const QJsonObject payload{
        {u"jti"_s, u"e1j3V_bKic8-LAEB"_s},
        {u"htm"_s, u"POST"_s},
        {u"htu"_s, u"https://bsky.social/oauth/token"_s},
        {u"iat"_s, 1700000000},
    };
    const QByteArray jwt = key->signJwt(header, payload);
    const QList<QByteArray> parts = jwt.split('.');
    QCOMPARE(parts.size(), 3);
    static const QRegularExpression base64Url(u"^[A-Za-z0-9_-]+$"_s);
    for (const QByteArray &part : parts)
        QVERIFY2(base64Url.match(QString::fromLatin1(part)).hasMatch(), part.constData());

    const QJsonDocument headerJson = QJsonDocument::fromJson(fromBase64Url(parts.at(0)));
    QVERIFY(headerJson.isObject());
    QCOMPARE(headerJson.object().value("alg"_L1).toString(), u"ES256"_s);
    QCOMPARE(headerJson.object().value("typ"_L1).toString(), u"dpop+jwt"_s);
    QCOMPARE(headerJson.object().value("jwk"_L1).toObject(), key->publicJwk());
    QCOMPARE(headerJson.object().size(), 3);
    QVERIFY(!fromBase64Url(parts.at(0)).contains(' '));
    QCOMPARE(QJsonDocument::fromJson(fromBase64Url(parts.at(1))).object(), payload);

    const QByteArray signature = fromBase64Url(parts.at(2));
    QCOMPARE(signature.size(), 64);
    QVERIFY(DpopKey::verify(key->publicJwk(), QByteArray(parts.at(0) + '.' + parts.at(1)), signature));
    QVERIFY(!DpopKey::verify(key->publicJwk(), QByteArray(parts.at(1) + '.' + parts.at(0)), signature));
}

void TestDpopKey::nullKey()
{
    const DpopKey key;
    QVERIFY(key.isNull());
    QVERIFY(key.sign("data"_ba).isEmpty());
    QVERIFY(key.signJwt({{u"typ"_s, u"dpop+jwt"_s}}, {{u"htm"_s, u"GET"_s}}).isEmpty());
    QVERIFY(key.toPkcs8().isEmpty());
    QVERIFY(key.publicJwk().isEmpty());
    QVERIFY(key.thumbprint().isEmpty());
    QVERIFY(!DpopKey::verify(key.publicJwk(), "data"_ba, QByteArray(64, '\1')));
}

QTEST_GUILESS_MAIN(TestDpopKey)
#include "TestDpopKey.moc"
