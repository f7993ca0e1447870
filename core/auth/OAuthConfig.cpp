// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthConfig.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

bool isLoopbackHost(const QString &host)
{
    // A development atproto server (the PDS of the tests) names itself "localhost".
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/** https, or http on a loopback address (the sandbox); anything else would leak codes and tokens. */
bool isAcceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == u"https"_s)
        return true;
    return url.scheme() == u"http"_s && isLoopbackHost(url.host());
}

} // namespace

QUrl OAuthConfig::redirectUri(quint16 boundPort) const
{
    QUrl uri;
    uri.setScheme(u"http"_s);
    uri.setHost(u"127.0.0.1"_s);
    const quint16 port = boundPort != 0 ? boundPort : redirectPort;
    if (port != 0)
        uri.setPort(port);
    uri.setPath(redirectPath.startsWith(u'/') ? redirectPath : u'/' + redirectPath);
    return uri;
}

QString OAuthConfig::scopeString() const
{
    QStringList cleaned;
    for (const QString &scope : scopes) {
        const QString trimmed = scope.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned.append(trimmed);
    }
    return cleaned.join(u' ');
}

Result<void> OAuthConfig::validate() const
{
    if (!isPlausibleClientId(clientId)) {
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate(
                         "starling::OAuthConfig",
                         "The client ID is missing or not valid. Copy the OAuth 2.0 Client ID of your app "
                         "exactly as the developer site shows it."));
    }
    if (!isAcceptableEndpoint(authorizeUrl) || !isAcceptableEndpoint(tokenUrl)
        || (!revokeUrl.isEmpty() && !isAcceptableEndpoint(revokeUrl))
        || (!parUrl.isEmpty() && !isAcceptableEndpoint(parUrl))) {
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::OAuthConfig",
                                                 "The sign-in addresses of this server are not valid."));
    }
    if (!redirectPath.startsWith(u'/') || redirectPath.contains(u'?') || redirectPath.contains(u'#')) {
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::OAuthConfig", "The callback path must begin with “/”."));
    }
    return {};
}

OAuthConfig OAuthConfig::x(const QString &clientId, quint16 port)
{
    OAuthConfig config;
    config.providerName = u"X"_s;
    // The documented user-facing URL, not the api.x.com one in the OpenAPI securityScheme.
    config.authorizeUrl = QUrl(u"https://x.com/i/oauth2/authorize"_s);
    config.tokenUrl = QUrl(u"https://api.x.com/2/oauth2/token"_s);
    config.revokeUrl = QUrl(u"https://api.x.com/2/oauth2/revoke"_s);
    config.clientId = clientId.trimmed();
    config.scopes = xScopes();
    // X matches callback URLs exactly and documents no loopback-port exception: a fixed port.
    config.redirectPort = port;
    config.redirectPath = u"/callback"_s;
    config.usePkce = true;
    return config;
}

QStringList OAuthConfig::xScopes()
{
    // DM endpoints need dm.* together with tweet.read and users.read; offline.access is what
    // makes X issue a refresh token at all.
    return {u"tweet.read"_s, u"tweet.write"_s, u"users.read"_s,    u"dm.read"_s,
            u"dm.write"_s,   u"media.write"_s, u"offline.access"_s};
}

QString OAuthConfig::xClientIdHelp(quint16 port)
{
    OAuthConfig config;
    config.redirectPort = port;
    const QString callback = config.redirectUri().toString(QUrl::FullyEncoded);
    return QCoreApplication::translate(
               "starling::OAuthConfig",
               "Starling signs in to X through your own X developer app, so your messages travel only between "
               "this computer and X.\n"
               "1. Open the X Developer Console at https://console.x.com and create an app (or pick one you "
               "have).\n"
               "2. In the app's user authentication settings, turn on OAuth 2.0, choose the app type “Native "
               "App”, and the permissions “Read and write and Direct message”.\n"
               "3. Add this callback URL exactly as shown, with no slash at the end: %1\n"
               "4. Save, then copy the app's OAuth 2.0 Client ID (not the API key, and no client secret: a "
               "Native App has none) and paste it here.")
        .arg(callback);
}

bool OAuthConfig::isPlausibleClientId(const QString &clientId)
{
    const QString trimmed = clientId.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return false;
    return std::all_of(trimmed.cbegin(), trimmed.cend(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

} // namespace starling
