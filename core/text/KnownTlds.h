// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace starling {

/**
 * The top-level domains a URL without a scheme must end in to count as a URL (X, API-NOTES §D),
 * and that every URL's host must end in for the extractor to accept it.
 *
 * The data is twitter-text's TLD list (conformance/tld_lib.yml): 315 country-code and 1,259
 * generic names, Unicode names included. Lookups are case-insensitive.
 */
class KnownTlds final
{
public:
    KnownTlds() = delete;

    /** Whether @p tld (without the dot, any case) is a known top-level domain. */
    static bool contains(QStringView tld);

    /** Whether @p tld is a known country-code top-level domain ("jp", "de", "рф"…). */
    static bool isCountryCode(QStringView tld);

    /**
     * The length of the known top-level domain that starts at @p index in @p text, or 0: the
     * first name, in twitter-text's order (generic names, then country codes), that is spelled
     * there in any case and is not followed by an ASCII letter, a digit, "@", "+" or "-". Only a
     * name that ends where the letters end counts, so "com" is found in "example.comです" but not
     * in "example.community".
     */
    static qsizetype lengthAt(QStringView text, qsizetype index);

    /** How many country-code names the list holds. */
    static qsizetype countryCount();

    /** How many generic names the list holds. */
    static qsizetype genericCount();
};

} // namespace starling
