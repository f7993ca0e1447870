// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace starling {

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationDomain(QStringLiteral(STARLING_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(STARLING_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(STARLING_VERSION));

    // Our strings are embedded under :/i18n; Qt's own come from its installation.
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), u"starling"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace starling
