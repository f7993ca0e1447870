// SPDX-License-Identifier: GPL-3.0-or-later
// A build-time tool: renders the app's SVG icon to the PNGs, the Windows .ico and the macOS .icns
// that the packages install. Usage: render_icons SVG OUTDIR BASENAME
//   OUTDIR/BASENAME-<n>.png for n in 16 22 24 32 48 64 128 256 512,
//   OUTDIR/BASENAME.ico  (16 24 32 48 64 128 256, PNG-compressed entries, Windows Vista and later),
//   OUTDIR/BASENAME.icns (ic07 128, ic08 256, ic09 512, ic10 1024 = 512@2x, PNG entries).
// No application object and no platform plugin: QSvgRenderer paints into a QImage.

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <map>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "render_icons: %s\n", qPrintable(message));
    return 1;
}

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG"))
        return {};
    return png;
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendBe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

// ICONDIR, then one 16-byte ICONDIRENTRY per image, then the PNG data.
QByteArray makeIco(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray out;
    appendLe16(out, 0); // reserved
    appendLe16(out, 1); // type: icon
    appendLe16(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size >= 256 ? 0 : size)); // width, 0 means 256
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLe16(out, 1); // colour planes
        appendLe16(out, 32); // bits per pixel
        appendLe32(out, quint32(png.size()));
        appendLe32(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

// 'icns' and the file's length, then per image its four-letter type, its length with this
// eight-byte header, and the PNG data; every number big-endian.
QByteArray makeIcns(const std::vector<std::pair<QByteArray, QByteArray>> &images)
{
    QByteArray body;
    for (const auto &[type, png] : images) {
        body.append(type);
        appendBe32(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBe32(out, quint32(8 + body.size()));
    out.append(body);
    return out;
}

bool write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(data);
    return file.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4)
        return fail(u"usage: render_icons SVG OUTDIR BASENAME"_s);
    const QString svg = QFile::decodeName(argv[1]);
    const QString base = QFile::decodeName(argv[2]) + u'/' + QFile::decodeName(argv[3]);

    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return fail(u"cannot read the SVG %1"_s.arg(svg));

    std::map<int, QByteArray> pngs;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512, 1024}) {
        pngs[size] = renderPng(renderer, size);
        if (pngs[size].isEmpty())
            return fail(u"cannot render %1 at %2 px"_s.arg(svg).arg(size));
    }

    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path = base + u'-' + QString::number(size) + u".png"_s;
        if (!write(path, pngs[size]))
            return fail(u"cannot write %1"_s.arg(path));
    }

    std::vector<std::pair<int, QByteArray>> icoImages;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icoImages.emplace_back(size, pngs[size]);
    if (!write(base + u".ico"_s, makeIco(icoImages)))
        return fail(u"cannot write %1.ico"_s.arg(base));

    const std::vector<std::pair<QByteArray, QByteArray>> icnsImages{
        {"ic07", pngs[128]}, {"ic08", pngs[256]}, {"ic09", pngs[512]}, {"ic10", pngs[1024]}};
    if (!write(base + u".icns"_s, makeIcns(icnsImages)))
        return fail(u"cannot write %1.icns"_s.arg(base));
    return 0;
}
