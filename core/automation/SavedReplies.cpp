// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedReplies.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace starling::savedreplies {

QStringList placeholders()
{
    return {u"{first_name}"_s, u"{name}"_s, u"{handle}"_s, u"{my_name}"_s};
}

QString fill(const QString &body, const Context &context)
{
    const QString there = QCoreApplication::translate("starling::SavedReplies", "there",
                                                      "the word that stands in for an unknown name: \"Hi there\"");
    const QString name = context.personName.trimmed();
    const QString handle = context.personHandle.trimmed();
    QString firstName = name.section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (firstName.isEmpty())
        firstName = handle.isEmpty() ? there : handle;
    const QString fullName = !name.isEmpty() ? name : (!handle.isEmpty() ? u"@"_s + handle : there);
    QString text = body;
    text.replace(u"{first_name}"_s, firstName);
    text.replace(u"{name}"_s, fullName);
    text.replace(u"{handle}"_s, handle.isEmpty() ? QString() : u"@"_s + handle);
    text.replace(u"{my_name}"_s, context.myName.trimmed());
    // A dropped value can leave two spaces or a space before punctuation behind.
    while (text.contains(u"  "_s))
        text.replace(u"  "_s, u" "_s);
    for (const QString &mark : {u" ,"_s, u" ."_s, u" !"_s, u" ?"_s})
        text.replace(mark, mark.mid(1));
    return text.trimmed();
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
