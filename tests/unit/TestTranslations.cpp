// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped languages (translations/starling_*.ts), message by message: nothing unfinished or
// empty, the number of plural forms the language has, the same placeholders (%1, %n, %L1) as the
// English source, a keyboard accelerator where the source has one, the same markup tags; and the
// .qm files embedded under :/i18n answer with exactly these translations.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList forms; ///< the translation, or each plural form
};

QList<TsMessage> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured();
    return sorted(found);
}

QStringList tags(const QString &text)
{
    // HTML's tags only: "<dir>" in a command line's help is a value's name, translated with it.
    static const QRegularExpression pattern(
        u"</?(a|b|i|u|s|p|br|em|strong|small|big|tt|code|span|div|ul|ol|li|img|hr|sub|sup|nobr|qt|html|h[1-6])\\b[^>]*>"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured(1).toLower();
    return sorted(found);
}

/** Whether @p text marks a keyboard accelerator ("&File"; "&&" and entities are not). */
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression pattern(u"&(?!&|[a-zA-Z]+;|#)"_s);
    QString rest = text;
    rest.remove(u"&&"_s);
    return rest.contains(pattern);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void checksCatchBrokenTranslations();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("pluralForms");
    // Qt's plural rules: German, Spanish and French have two forms (French counts 0 as one),
    // Japanese one.
    QTest::newRow("de") << u"de"_s << 2;
    QTest::newRow("fr") << u"fr"_s << 2;
    QTest::newRow("es") << u"es"_s << 2;
    QTest::newRow("ja") << u"ja"_s << 1;
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, code);
    QFETCH(int, pluralForms);
    const QString path = QStringLiteral(STARLING_TS_DIR) + u"/starling_"_s + code + u".ts"_s;
    QString language;
    QString error;
    const QList<TsMessage> messages = readTs(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(language.startsWith(code));
    QVERIFY2(messages.size() > 500, qPrintable(path));

    QTranslator shipped;
    QVERIFY2(shipped.load(u":/i18n/starling_"_s + code), "the .qm is embedded under :/i18n");

    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = u"%1: \"%2\""_s.arg(m.context, m.source.left(70));
        if (!m.type.isEmpty()) {
            problems << where + u" is "_s + m.type;
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms)
            problems << where + u" has %1 plural forms, not %2"_s.arg(m.forms.size()).arg(pluralForms);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << where + u" is empty"_s;
                continue;
            }
            if (placeholders(form) != placeholders(m.source))
                problems << where
                                + u" has placeholders %1, the source %2"_s.arg(placeholders(form).join(u' '),
                                                                               placeholders(m.source).join(u' '));
            if (hasAccelerator(form) != hasAccelerator(m.source))
                problems << where + u": the accelerator (&) is missing or added in \"%1\""_s.arg(form);
            if (tags(form) != tags(m.source))
                problems << where + u": markup differs in \"%1\""_s.arg(form);
        }
        if (!m.numerus && !m.forms.isEmpty()) {
            const QString answer = shipped.translate(qPrintable(m.context), qPrintable(m.source),
                                                     m.comment.isEmpty() ? nullptr : qPrintable(m.comment));
            if (answer != m.forms.first())
                problems << where + u": the embedded .qm says \"%1\""_s.arg(answer);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s) in %2:\n  "_s.arg(problems.size()).arg(path) + problems.join(u"\n  "_s)));
}

void TestTranslations::checksCatchBrokenTranslations()
{
    // The checks themselves, on what a careless translation does.
    QCOMPARE(placeholders(u"%1 of %2 (%n left, %L3)"_s), QStringList({u"%1"_s, u"%2"_s, u"%L3"_s, u"%n"_s}));
    QVERIFY(placeholders(u"Sent to %1"_s) != placeholders(u"Gesendet"_s));
    QVERIFY(placeholders(u"%1 wrote"_s) != placeholders(u"%2 a écrit"_s));
    QVERIFY(hasAccelerator(u"&File"_s));
    QVERIFY(!hasAccelerator(u"Tom && Jerry"_s));
    QVERIFY(!hasAccelerator(u"a &amp; b"_s));
    QVERIFY(tags(u"<b>%1</b> wrote"_s) != tags(u"%1 a écrit"_s));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
