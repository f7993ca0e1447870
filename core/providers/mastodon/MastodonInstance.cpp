// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonInstance.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

// Settings keys (STYLE.md §3): below "Accounts/<uuid>/", so that removing the account removes them.
const QString accountsGroupC = u"Accounts"_s;
const QString instanceGroupC = u"mastodonInstance"_s;
const QString domainC = u"domain"_s;
const QString versionC = u"version"_s;
const QString apiVersionC = u"apiVersion"_s;
const QString maxCharactersC = u"maxCharacters"_s;
const QString urlLengthC = u"charactersReservedPerUrl"_s;
const QString maxMediaC = u"maxMediaAttachments"_s;
const QString mimeTypesC = u"supportedMimeTypes"_s;
const QString imageLimitC = u"imageSizeLimit"_s;
const QString videoLimitC = u"videoSizeLimit"_s;
const QString descriptionLimitC = u"descriptionLimit"_s;
const QString streamingUrlC = u"streamingUrl"_s;
const QString fetchedAtC = u"fetchedAt"_s;

QString groupOf(const QUuid &account)
{
    return accountsGroupC + u'/' + account.toString(QUuid::WithoutBraces) + u'/' + instanceGroupC;
}

} // namespace

TextRules MastodonInstance::textRules() const
{
    return TextRules::mastodon(maxCharacters, charactersReservedPerUrl);
}

bool MastodonInstance::acceptsMimeType(const QString &mimeType) const
{
    return supportedMimeTypes.isEmpty() || supportedMimeTypes.contains(mimeType, Qt::CaseInsensitive);
}

qint64 MastodonInstance::sizeLimit(const QString &mimeType) const
{
    // GIFs are converted to video (gifv) but uploaded as images, and counted as such.
    if (mimeType.startsWith(u"image/"))
        return imageSizeLimit;
    if (mimeType.startsWith(u"video/") || mimeType.startsWith(u"audio/"))
        return videoSizeLimit;
    return 0;
}

MastodonInstance MastodonInstance::load(QSettings &settings, const QUuid &account)
{
    MastodonInstance instance;
    settings.beginGroup(groupOf(account));
    const QDateTime fetched = settings.value(fetchedAtC).toDateTime();
    if (fetched.isValid()) {
        instance.domain = settings.value(domainC).toString();
        instance.version = settings.value(versionC).toString();
        instance.apiVersion = settings.value(apiVersionC, 0).toInt();
        instance.maxCharacters = settings.value(maxCharactersC, instance.maxCharacters).toInt();
        instance.charactersReservedPerUrl = settings.value(urlLengthC, instance.charactersReservedPerUrl).toInt();
        instance.maxMediaAttachments = settings.value(maxMediaC, instance.maxMediaAttachments).toInt();
        instance.supportedMimeTypes = settings.value(mimeTypesC).toStringList();
        instance.imageSizeLimit = settings.value(imageLimitC, 0).toLongLong();
        instance.videoSizeLimit = settings.value(videoLimitC, 0).toLongLong();
        instance.descriptionLimit = settings.value(descriptionLimitC, 0).toInt();
        instance.streamingUrl = settings.value(streamingUrlC).toUrl();
        instance.fetchedAt = fetched.toUTC();
        // Settings are a file the user can edit: never trust a limit that makes no sense.
        if (instance.maxCharacters < 1)
            instance.maxCharacters = TextRules::defaultMastodonMaxCharacters;
        if (instance.charactersReservedPerUrl < 0)
            instance.charactersReservedPerUrl = TextRules::defaultMastodonUrlLength;
        if (instance.maxMediaAttachments < 0)
            instance.maxMediaAttachments = 4;
    }
    settings.endGroup();
    return instance;
}

void MastodonInstance::save(QSettings &settings, const QUuid &account) const
{
    settings.beginGroup(groupOf(account));
    settings.setValue(domainC, domain);
    settings.setValue(versionC, version);
    settings.setValue(apiVersionC, apiVersion);
    settings.setValue(maxCharactersC, maxCharacters);
    settings.setValue(urlLengthC, charactersReservedPerUrl);
    settings.setValue(maxMediaC, maxMediaAttachments);
    settings.setValue(mimeTypesC, supportedMimeTypes);
    settings.setValue(imageLimitC, imageSizeLimit);
    settings.setValue(videoLimitC, videoSizeLimit);
    settings.setValue(descriptionLimitC, descriptionLimit);
    settings.setValue(streamingUrlC, streamingUrl);
    settings.setValue(fetchedAtC, fetchedAt);
    settings.endGroup();
}

} // namespace starling
