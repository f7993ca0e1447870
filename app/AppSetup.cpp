// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace starling {

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationDomain(QStringLiteral(STARLING_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(STARLING_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(STARLING_VERSION));
    useLanguage(app, {});
}

void useLanguage(QCoreApplication &app, const QString &language)
{
    // The translators this function installed last time, replaced as a pair.
    static QPointer<QTranslator> ours;
    static QPointer<QTranslator> qt;
    for (QPointer<QTranslator> *installed : {&ours, &qt}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete installed->get();
        }
    }

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // Our strings are embedded under :/i18n; Qt's own come from its installation. English needs
    // neither: it is the source language.
    ours = new QTranslator(&app);
    if (ours->load(locale, u"starling"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace starling
