// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace starling {

namespace {

constexpr QByteArrayView unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray Pkce::makeVerifier(int length)
{
    length = std::clamp(length, minimumVerifierLength, maximumVerifierLength);
    QRandomGenerator *random = QRandomGenerator::system();
    QByteArray verifier(length, Qt::Uninitialized);
    for (char &c : verifier) // bounded() is uniform: no modulo bias.
        c = unreserved.at(qsizetype(random->bounded(quint32(unreserved.size()))));
    return verifier;
}

QByteArray Pkce::challenge(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64url);
}

bool Pkce::isValidVerifier(QByteArrayView verifier)
{
    if (verifier.size() < minimumVerifierLength || verifier.size() > maximumVerifierLength)
        return false;
    return std::all_of(verifier.begin(), verifier.end(), [](char c) { return unreserved.contains(c); });
}

QByteArray Pkce::makeState()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words))).toBase64(base64url);
}

bool Pkce::equalSecrets(QByteArrayView a, QByteArrayView b)
{
    // The length is not secret (state is always 43 characters); the content is.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace starling
