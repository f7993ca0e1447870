// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedReplies.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace starling::savedreplies {

namespace {

constexpr QChar wordJoiner(0x2060);

// Embeddings, overrides and isolates: in a name they could turn the rest of the reply around.
bool isBidiControl(QChar c)
{
    return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
}

/** A value as it may go into a reply: it can mention, tag and link nothing. */
QString neutralised(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    // Line breaks and other controls in a name would let it write lines of its own into the reply.
    for (const QChar c : value.simplified()) {
        if (c.category() == QChar::Other_Control || isBidiControl(c))
            continue;
        out += c;
        // After "@" or "#" nothing reads as a mention or hashtag, after ":" no scheme, and after
        // "." no top-level domain, on X, Mastodon and Bluesky alike; the word joiner is invisible
        // and keeps the line from breaking there.
        if (c == u'@' || c == u'#' || c == u'\uFF20' || c == u'\uFF03' || c == u':' || c == u'.')
            out += wordJoiner;
    }
    return out;
}

} // namespace

QStringList placeholders()
{
    return {u"{first_name}"_s, u"{name}"_s, u"{handle}"_s, u"{my_name}"_s};
}

QString fill(const QString &body, const Context &context)
{
    const QString name = context.personName.trimmed();
    const QString handle = context.personHandle.trimmed();
    QString firstName = name.section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (firstName.isEmpty())
        firstName = handle;
    const QString fullName = !name.isEmpty() ? name : (!handle.isEmpty() ? u"@"_s + handle : QString());
    const QHash<QString, QString> values{
        {u"first_name"_s, neutralised(firstName)},
        {u"name"_s, neutralised(fullName)},
        {u"handle"_s, handle.isEmpty() ? QString() : neutralised(u"@"_s + handle)},
        {u"my_name"_s, neutralised(context.myName.trimmed())},
    };
    // One pass over the body: a value that holds "{handle}" is text, never a placeholder again.
    static const QRegularExpression placeholder(u"\\{(first_name|name|handle|my_name)\\}"_s);
    QString text;
    text.reserve(body.size());
    qsizetype copied = 0;
    bool droppedFirst = false;
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        text += QStringView(body).sliced(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        const QString value = values.value(match.captured(1));
        if (!value.isEmpty()) {
            text += value;
            continue;
        }
        // An unknown value goes with the separator before it: "Thank you, {first_name}!" reads
        // "Thank you!", "Hi {first_name}, …" reads "Hi, …"; at the start, the one after it goes.
        if (text.trimmed().isEmpty()) {
            droppedFirst = true;
            QStringView rest = QStringView(body).sliced(copied);
            while (!rest.isEmpty() && (rest.front() == u',' || rest.front() == u'\u3001' || rest.front().isSpace())) {
                rest = rest.sliced(1);
                ++copied;
            }
        } else {
            while (text.endsWith(u' '))
                text.chop(1);
            if (text.endsWith(u',') || text.endsWith(u'\u3001'))
                text.chop(1);
        }
    }
    text += QStringView(body).sliced(copied);
    // A dropped value can leave two spaces or a space before punctuation behind.
    while (text.contains(u"  "_s))
        text.replace(u"  "_s, u" "_s);
    for (const QString &mark : {u" ,"_s, u" ."_s, u" !"_s, u" ?"_s})
        text.replace(mark, mark.mid(1));
    text = text.trimmed();
    if (droppedFirst && !text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

Result<QString> fillChecked(const QString &body, const Context &context, const TextRules &rules)
{
    const QString text = fill(body, context);
    const TextCount count = rules.count(text);
    if (!count.valid)
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::SavedReplies", "This saved reply does not fit here: %1")
                         .arg(count.reason));
    return text;
}

} // namespace starling::savedreplies
