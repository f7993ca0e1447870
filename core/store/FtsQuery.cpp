// SPDX-License-Identifier: GPL-3.0-or-later
#include "FtsQuery.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace starling::ftsquery {

namespace {

// Whether the tokenizer would find a token in the text: it keeps letters, digits and marks.
bool hasToken(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : text.at(i).unicode();
        if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
            return true;
    }
    return false;
}

// More words than this narrow nothing a person is looking for (see the header).
constexpr qsizetype maxTerms = 32;
// A longer term (a pasted paragraph in quotes, or a run of text without spaces) is cut here and
// searched as a prefix: FTS5 matches a phrase in time that grows with its tokens times the
// message's, and a 60,000-character phrase against a message of the same took half a minute.
constexpr qsizetype maxTermLength = 100;

/** The terms of a query, each one once. */
struct Terms
{
    Syntax syntax;
    QStringList list;
    QSet<QString> seen; ///< case-folded, as the tokenizer folds them

    void append(QString text, bool prefix)
    {
        if (list.size() >= maxTerms || !hasToken(text))
            return;
        if (text.size() > maxTermLength) {
            // The cut phrase is still the start of the whole one, so a prefix finds what it found.
            const bool splitsPair = text.at(maxTermLength - 1).isHighSurrogate();
            text.truncate(splitsPair ? maxTermLength - 1 : maxTermLength);
            prefix = true;
        }
        QString term;
        if (syntax == Syntax::Fts5) {
            // Inside an FTS5 string a double quote is written twice; nothing else is special.
            text.replace(u'"', u"\"\""_s);
            term = u'"' + text + u'"' + (prefix ? u"*"_s : QString());
        } else {
            // A quoted tsquery operand is parsed into words as the messages were; several words
            // must follow each other (a phrase), and :* makes each a prefix.
            text.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
            term = u'\'' + text + u'\'' + (prefix ? u":*"_s : QString());
        }
        // FTS5's highlight() takes time that grows with the cube of a term's repeats: a pasted
        // paragraph that says "the" a hundred times took minutes. A word twice finds nothing more.
        const QString key = term.toCaseFolded();
        if (seen.contains(key))
            return;
        seen.insert(key);
        list << term;
    }
};

} // namespace

QString fromUserText(const QString &typed, Syntax syntax)
{
    // Two things would leave a term's quote unclosed (an error): FTS5 reads a query only up to its
    // first NUL, and SQLite reads a lone high surrogate together with the unit after it, the quote
    // included. Neither is part of any word: they separate words, as a space does.
    QString text = typed;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isNull() || text.at(i).isSurrogate())
            text[i] = u' ';
    }

    Terms terms{syntax, {}, {}};
    QString word;
    const auto flushWord = [&] {
        bool prefix = false;
        while (word.endsWith(u'*')) {
            word.chop(1);
            prefix = true;
        }
        terms.append(word, prefix);
        word.clear();
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            flushWord();
            continue;
        }
        if (c == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0) {
                word += c; // an unbalanced quote is just a character of the word
                continue;
            }
            flushWord();
            QString phrase = text.mid(i + 1, close - i - 1);
            i = close;
            bool prefix = false;
            while (i + 1 < text.size() && text.at(i + 1) == u'*') {
                prefix = true;
                ++i;
            }
            terms.append(phrase, prefix);
            continue;
        }
        word += c;
    }
    flushWord();
    return terms.list.join(syntax == Syntax::Fts5 ? u" "_s : u" & "_s);
}

} // namespace starling::ftsquery
