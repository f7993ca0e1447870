// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OAuthConfig.h"
#include "Result.h"
#include "TokenSet.h"
#include "net/HttpRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <chrono>

namespace starling {

class HttpResponse;

/**
 * The wire format of an OAuth 2.0 token endpoint (RFC 6749 §4.1.3, §6; RFC 7009), shared by the
 * sign-in flow and the refresher: the three requests and the validation of the answer.
 *
 * None of the requests is retried: a code works once, a rotating refresh token works once, and a
 * retry after an answer was lost would burn it.
 */
class OAuthTokenEndpoint final
{
public:
    OAuthTokenEndpoint() = delete;

    /** X codes live 30 s; waiting longer than this for the exchange is pointless. */
    static constexpr std::chrono::milliseconds exchangeDeadline{20'000};
    static constexpr std::chrono::milliseconds refreshDeadline{30'000};
    static constexpr std::chrono::milliseconds revokeDeadline{15'000};

    enum class TokenKind
    {
        Access,
        Refresh,
    };

    /** grant_type=authorization_code with code, redirect_uri, code_verifier (when set), client_id[, client_secret]. */
    static HttpRequest codeExchange(const OAuthConfig &config, const QString &code, const QUrl &redirectUri,
                                    const QByteArray &verifier);
    /** grant_type=refresh_token with refresh_token, client_id[, client_secret]. */
    static HttpRequest refresh(const OAuthConfig &config, const QByteArray &refreshToken);
    /** token, token_type_hint, client_id[, client_secret] to config.revokeUrl. */
    static HttpRequest revoke(const OAuthConfig &config, const QByteArray &token, TokenKind kind);

    /**
     * Validates a token answer: `access_token` must be a non-empty string; `token_type`, when
     * present, must be Bearer, or DPoP when @p dpopBound (then it must be present); `expires_in` (seconds, number or
     * numeric string) is optional and becomes expiresAt relative to @p now; `refresh_token`, `scope` and `sub` are
     * optional. BadResponse otherwise.
     */
    static Result<TokenSet> parse(const HttpResponse &response, const QDateTime &now, const QString &providerName,
                                  bool dpopBound = false);

    /**
     * Whether the token endpoint refused the grant itself (HTTP 400 or 401: invalid_grant,
     * invalid_client, or X's invalid_request for a dead refresh token), as opposed to a failure
     * that trying again may fix (network, timeout, 429, 5xx).
     */
    static bool isRefusal(const Error &error);

    /**
     * An application/x-www-form-urlencoded body with every value percent-encoded. QUrlQuery on
     * its own leaves "+" as is, which a server reads as a space, and a code may contain "+".
     */
    static QUrlQuery encodeForm(const QList<QPair<QByteArray, QByteArray>> &items);

private:
    static void addClient(QList<QPair<QByteArray, QByteArray>> &items, const OAuthConfig &config);
    static HttpRequest post(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &items,
                            std::chrono::milliseconds deadline);
};

} // namespace starling
