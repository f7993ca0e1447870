// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyIdentity.h"

#include "BlueskyMapper.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QPointer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace starling {

namespace bm = blueskymapper;

namespace {

Error notFound(const QString &handle)
{
    return Error(Error::Code::NotFound,
                 QCoreApplication::translate("starling::BlueskyIdentityResolver", "No Bluesky account answers for @%1.")
                     .arg(handle));
}

/** Identity answers are small and asked for before anything else: give up early. */
HttpRequest identityRequest(const QUrl &url, HttpRequest::Expect expect)
{
    HttpRequest request = HttpRequest::get(url);
    request.setExpect(expect);
    request.setDeadline(10s);
    request.setMaxAttempts(2);
    return request;
}

} // namespace

BlueskyIdentityResolver::BlueskyIdentityResolver(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(new HttpClient(this))
{
}

BlueskyIdentityResolver::~BlueskyIdentityResolver() = default;

void BlueskyIdentityResolver::resolve(const QString &handleText, QObject *context,
                                      std::function<void(Result<Identity>)> done)
{
    QString handle = handleText.trimmed().toLower();
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    if (!bm::isHandle(handle))
        return done(Error(Error::Code::InvalidInput,
                          tr("“%1” is not a Bluesky handle (it looks like name.bsky.social).").arg(handle.left(80))));
    QPointer<BlueskyIdentityResolver> self(this);
    handleDid(handle, context, [self, handle, context, done](Result<QString> did) {
        if (!self)
            return;
        if (!did)
            return done(did.error());
        self->document(did.value(), context, [handle, done](Result<Identity> identity) {
            if (!identity)
                return done(identity.error());
            // The document must name the handle back (bidirectional verification).
            if (identity->handle != handle)
                return done(Error(Error::Code::BadResponse,
                                  tr("@%1 points to an account that does not use this handle.").arg(handle)));
            done(identity);
        });
    });
}

void BlueskyIdentityResolver::handleDid(const QString &handle, QObject *context,
                                        std::function<void(Result<QString>)> done)
{
    // DNS and HTTPS are asked at once; the first DID wins, and it fails only when both did.
    struct Race
    {
        int pending = 0;
        bool answered = false;
        std::function<void(Result<QString>)> done;
        Error lastError;
    };
    auto race = std::make_shared<Race>();
    race->done = std::move(done);
    race->lastError = notFound(handle);
    const auto settle = [race](const QString &did, const std::optional<Error> &error) {
        --race->pending;
        if (race->answered)
            return;
        if (!did.isEmpty()) {
            race->answered = true;
            return race->done(did);
        }
        if (error && error->code() != Error::Code::NotFound)
            race->lastError = *error;
        if (race->pending == 0) {
            race->answered = true;
            race->done(race->lastError);
        }
    };

    race->pending = m_config.useDns ? 2 : 1;
    const QUrl url = m_config.wellKnownUrl ? m_config.wellKnownUrl(handle)
                                           : QUrl(u"https://"_s + handle + u"/.well-known/atproto-did"_s);
    HttpRequest request = identityRequest(url, HttpRequest::Expect::Anything);
    request.setHeader("Host", handle.toUtf8());
    m_http->send(request, context, [settle, handle](Result<HttpResponse> response) {
        if (!response)
            return settle({}, response.error().code() == Error::Code::NotFound ? notFound(handle) : response.error());
        settle(bm::didOfHandleAnswer(response->body().left(2048)), std::nullopt);
    });

    if (!m_config.useDns)
        return;
    auto *lookup = new QDnsLookup(QDnsLookup::TXT, u"_atproto."_s + handle, context);
    if (!m_config.dnsServer.isNull())
        lookup->setNameserver(m_config.dnsServer);
    connect(lookup, &QDnsLookup::finished, context, [lookup, settle] {
        lookup->deleteLater();
        QString did;
        for (const QDnsTextRecord &record : lookup->textRecords()) {
            for (const QByteArray &value : record.values()) {
                if (did.isEmpty())
                    did = bm::didOfHandleAnswer(value);
            }
        }
        settle(did, std::nullopt);
    });
    lookup->lookup();
}

void BlueskyIdentityResolver::document(const QString &did, QObject *context, std::function<void(Result<Identity>)> done)
{
    QUrl url;
    if (did.startsWith(u"did:plc:"_s)) {
        url = m_config.plcDirectory.adjusted(QUrl::StripTrailingSlash);
        url.setPath(url.path() + u'/' + did);
    } else if (did.startsWith(u"did:web:"_s)) {
        const QString host = QUrl::fromPercentEncoding(did.mid(8).toUtf8());
        url = QUrl(u"https://"_s + host + u"/.well-known/did.json"_s);
    }
    if (!url.isValid() || url.host().isEmpty())
        return done(
            Error(Error::Code::BadResponse,
                  tr("Bluesky accounts with a %1 identity are not supported.").arg(did.section(u':', 0, 1).left(40))));
    m_http->send(identityRequest(url, HttpRequest::Expect::Json), context, [did, done](Result<HttpResponse> response) {
        if (!response)
            return done(response.error());
        auto doc = bm::didDocument(response->json(), did);
        if (!doc)
            return done(doc.error());
        done(Identity{doc->handles.value(0), doc->did, doc->pds});
    });
}

} // namespace starling
