// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace starling::bench {

double BenchFigure::ratio() const
{
    return floor > 0 ? value / floor : 0.0;
}

void BenchReport::add(const BenchFigure &figure)
{
    m_figures << figure;
}

double BenchReport::percentileMs(std::vector<qint64> &samplesNs, double percent)
{
    if (samplesNs.empty())
        return 0.0;
    std::sort(samplesNs.begin(), samplesNs.end());
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(samplesNs.size())));
    const auto index = std::clamp<qsizetype>(rank - 1, 0, qsizetype(samplesNs.size()) - 1);
    return double(samplesNs[index]) / 1e6;
}

QString BenchReport::formatNumber(double value)
{
    const QLocale locale(QLocale::English);
    if (std::abs(value) >= 1000)
        return locale.toString(value, 'f', 0);
    if (std::abs(value) >= 100)
        return locale.toString(value, 'f', 1);
    if (std::abs(value) >= 10)
        return locale.toString(value, 'f', 2);
    return locale.toString(value, 'f', 3);
}

QString BenchReport::table() const
{
    const QString figureHeader = u"figure"_s;
    qsizetype labelWidth = figureHeader.size();
    for (const BenchFigure &f : m_figures)
        labelWidth = std::max(labelWidth, f.label.size());
    constexpr int numberWidth = 18;
    constexpr int ratioWidth = 8;

    QString out;
    out += figureHeader.leftJustified(labelWidth) + u"  "_s + u"Starling"_s.rightJustified(numberWidth) + u"  "_s
           + u"floor"_s.rightJustified(numberWidth) + u"  "_s + u"ratio"_s.rightJustified(ratioWidth) + u'\n';
    out += QString(labelWidth + 2 * numberWidth + ratioWidth + 6, u'-') + u'\n';
    for (const BenchFigure &f : m_figures) {
        const QString value = formatNumber(f.value) + u' ' + f.unit;
        const QString floorValue = f.floor > 0 ? formatNumber(f.floor) + u' ' + f.unit : u"-"_s;
        const QString ratio = f.floor > 0 ? QString::number(f.ratio(), 'f', 2) : u"-"_s;
        out += f.label.leftJustified(labelWidth) + u"  "_s + value.rightJustified(numberWidth) + u"  "_s
               + floorValue.rightJustified(numberWidth) + u"  "_s + ratio.rightJustified(ratioWidth) + u'\n';
    }
    return out;
}

Result<void> BenchReport::writeJson(const QString &path) const
{
    QJsonArray array;
    for (const BenchFigure &f : m_figures) {
        array.append(QJsonObject{
            {u"figure"_s, f.key},
            {u"label"_s, f.label},
            {u"value"_s, f.value},
            {u"unit"_s, f.unit},
            {u"floor"_s, f.floor},
            {u"ratio"_s, f.ratio()},
        });
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(Error::Code::Storage, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Indented);
    if (file.write(json) != json.size() || !file.flush())
        return Error(Error::Code::Storage, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

Result<QList<BenchFigure>> BenchReport::readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::NotFound, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Error(Error::Code::BadResponse, u"%1 is not a list of figures: %2"_s.arg(path, error.errorString()));
    QList<BenchFigure> figures;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject o = value.toObject();
        BenchFigure f;
        f.key = o.value(u"figure"_s).toString();
        f.label = o.value(u"label"_s).toString(f.key);
        f.unit = o.value(u"unit"_s).toString();
        f.value = o.value(u"value"_s).toDouble();
        f.floor = o.value(u"floor"_s).toDouble();
        if (f.key.isEmpty())
            return Error(Error::Code::BadResponse, u"%1 has a figure without a name"_s.arg(path));
        figures << f;
    }
    return figures;
}

Result<void> readCount(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 &target, qint64 most)
{
    if (!parser.isSet(option))
        return {};
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 1 || value > most) {
        const QString range = most == std::numeric_limits<int>::max() ? u"from 1 up"_s : u"from 1 to %1"_s.arg(most);
        return Error(Error::Code::InvalidInput, u"--%1 needs a whole number %2, not \"%3\""_s.arg(
                                                    option.names().constFirst(), range, parser.value(option)));
    }
    target = value;
    return {};
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString number(double value)
{
    return BenchReport::formatNumber(value);
}

QString count(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

} // namespace starling::bench
