// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace starling {

class HttpClient;

/**
 * Finds where a Bluesky account lives from its handle, as the atproto identity spec says: the
 * handle's DID from its _atproto DNS TXT record or https://<handle>/.well-known/atproto-did
 * (both asked at once, the first DID wins), the DID document from the PLC directory (did:plc) or
 * https://<host>/.well-known/did.json (did:web), and in it the account's PDS. The document must
 * name the handle back: a domain cannot claim someone else's account.
 */
class BlueskyIdentityResolver final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl plcDirectory = QUrl(QStringLiteral("https://plc.directory"));
        /**
         * Where a handle's atproto-did is asked for; https://<handle>/.well-known/atproto-did
         * unless set. The request's Host header is the handle either way (tests point this at a
         * PDS on loopback, which answers for the handles it hosts by that header).
         */
        std::function<QUrl(const QString &handle)> wellKnownUrl;
        bool useDns = true;
        /** The name server asked for _atproto TXT records; null for the system's (tests run one on loopback). */
        QHostAddress dnsServer;
    };
    struct Identity
    {
        QString handle;
        QString did;
        QUrl pds;
    };

    explicit BlueskyIdentityResolver(Config config, QObject *parent = nullptr);
    ~BlueskyIdentityResolver() override;
    Q_DISABLE_COPY_MOVE(BlueskyIdentityResolver)

    /** @p handle with or without its "@". NotFound when no DID answers for it. */
    void resolve(const QString &handle, QObject *context, std::function<void(Result<Identity>)> done);

    HttpClient &http() { return *m_http; }

private:
    void handleDid(const QString &handle, QObject *context, std::function<void(Result<QString>)> done);
    void document(const QString &did, QObject *context, std::function<void(Result<Identity>)> done);

    Config m_config;
    HttpClient *m_http;
};

} // namespace starling
