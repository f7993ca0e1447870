// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonAccountSignIn.h"

#include <QSettings>

namespace starling {

MastodonAccountSignIn::MastodonAccountSignIn(QString server, CredentialStore *credentials, QObject *parent)
    : AccountSignIn(parent)
    , m_server(std::move(server))
    , m_credentials(credentials)
    , m_settings(std::make_unique<QSettings>())
    , m_signIn(new MastodonSignIn(m_settings.get(), credentials, nullptr, this))
{
    connect(m_signIn, &MastodonSignIn::progress, this, &AccountSignIn::progress);
    connect(m_signIn, &MastodonSignIn::authorizationUrlReady, this, &AccountSignIn::authorizationUrlReady);
    connect(m_signIn, &MastodonSignIn::finished, this, [this](const Result<MastodonSignIn::Outcome> &result) {
        if (!result)
            return Q_EMIT finished(result.error());
        m_outcome = result.value();
        Q_EMIT finished(result->account);
    });
}

MastodonAccountSignIn::~MastodonAccountSignIn() = default;

void MastodonAccountSignIn::start()
{
    m_signIn->start(m_server);
}

void MastodonAccountSignIn::cancel()
{
    m_signIn->cancel();
}

void MastodonAccountSignIn::keep(const Account &account, QObject *context, std::function<void(Result<void>)> done)
{
    if (!m_outcome)
        return done(Error(Error::Code::Cancelled, tr("There is no finished sign-in to keep.")));
    MastodonSignIn::Outcome outcome = *m_outcome;
    outcome.account = account;
    MastodonSignIn::store(outcome, m_credentials, m_settings.get(), context, std::move(done));
}

} // namespace starling
