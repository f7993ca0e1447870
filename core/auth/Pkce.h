// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace starling {

/**
 * Proof Key for Code Exchange (RFC 7636) and the OAuth `state`: random values from the system's
 * cryptographic generator, and the S256 challenge. Qt 6.4's QtNetworkAuth has no PKCE, so the
 * sign-in adds it itself.
 */
class Pkce final
{
public:
    Pkce() = delete;

    static constexpr int minimumVerifierLength = 43;
    static constexpr int maximumVerifierLength = 128;
    static constexpr int defaultVerifierLength = 64;

    /**
     * A code verifier: @p length characters (clamped to 43–128) drawn uniformly from the
     * unreserved set A–Z a–z 0–9 "-._~", using QRandomGenerator::system().
     */
    static QByteArray makeVerifier(int length = defaultVerifierLength);

    /** The S256 challenge: base64url(SHA-256(verifier)) without padding, 43 characters. */
    static QByteArray challenge(QByteArrayView verifier);

    /** Whether @p verifier has a valid length and only unreserved characters (RFC 7636 §4.1). */
    static bool isValidVerifier(QByteArrayView verifier);

    /** A fresh `state`: 32 random bytes as base64url without padding (43 characters). */
    static QByteArray makeState();

    /**
     * Compares two secrets in time that does not depend on where they differ, so a local
     * process timing the loopback listener learns nothing about the expected state.
     */
    static bool equalSecrets(QByteArrayView a, QByteArrayView b);
};

} // namespace starling
