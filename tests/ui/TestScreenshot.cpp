// SPDX-License-Identifier: GPL-3.0-or-later
// The real `starling --demo` on an X server of its own (Xvfb, 1440×900), photographed with
// ImageMagick's `import` once it has painted the seeded inbox: the picture must be the screen's
// size and not blank (many colours, dark text, rows of text down the inbox column). The PNG stays
// in the build folder for people to look at; its path is printed.

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int screenWidth = 1440;
constexpr int screenHeight = 900;
// Generous: under the sanitizers on a loaded machine the app takes a while to start and sync.
constexpr int paintTimeoutMs = 90000;

/** What a grab shows, in numbers. */
struct Analysis
{
    QSize size;
    int colours = 0;
    qint64 darkPixels = 0;
    int inboxBandsWithText = 0; ///< 30-pixel bands of the inbox column that hold dark text
    int inboxBands = 0;

    bool looksPainted() const
    {
        // The seeded inbox fills its column with two-line rows of text from top to bottom.
        return size == QSize(screenWidth, screenHeight) && colours > 50 && darkPixels > 2000
               && inboxBandsWithText * 2 > inboxBands;
    }
    QString describe() const
    {
        return u"%1×%2, %3 colours, %4 dark pixels, text in %5 of %6 bands of the inbox column"_s.arg(size.width())
            .arg(size.height())
            .arg(colours)
            .arg(darkPixels)
            .arg(inboxBandsWithText)
            .arg(inboxBands);
    }
};

Analysis analyse(const QImage &grabbed)
{
    Analysis a;
    a.size = grabbed.size();
    if (grabbed.isNull())
        return a;
    const QImage image = grabbed.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    // The inbox is the second column (UI.md): roughly from 15 % to 42 % of the width.
    const int left = image.width() * 15 / 100;
    const int right = image.width() * 42 / 100;
    constexpr int band = 30;
    const int top = 80; // below the menu bar, the search field and the filters
    QList<int> darkInBand((image.height() - top) / band + 1, 0);
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = line[x];
            colours.insert(pixel);
            if (qGray(pixel) < 90) {
                ++a.darkPixels;
                if (x >= left && x < right && y >= top)
                    ++darkInBand[(y - top) / band];
            }
        }
    }
    a.colours = int(colours.size());
    // Only the bands that a full list reaches: the last one or two may be below its last row.
    a.inboxBands = int(darkInBand.size());
    for (int dark : std::as_const(darkInBand))
        a.inboxBandsWithText += dark >= 20 ? 1 : 0;
    return a;
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void demoMainWindowIsPainted_data();
    void demoMainWindowIsPainted();

private:
    /** Grabs the whole screen into m_png and says how it looks. */
    Analysis grab();
    QProcessEnvironment displayEnvironment() const;

    QString m_xvfb;
    QString m_import;
    QString m_png;
    QString m_display;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QProcess> m_app;
    Analysis m_last;
};

void TestScreenshot::initTestCase()
{
    m_xvfb = QStandardPaths::findExecutable(u"Xvfb"_s);
    m_import = QStandardPaths::findExecutable(u"import"_s);
    // .ci/deps installs both (xvfb, imagemagick): missing tools are a broken setup, not a skip.
    QVERIFY2(!m_xvfb.isEmpty(), "Xvfb is missing: run .ci/deps");
    QVERIFY2(!m_import.isEmpty(), "ImageMagick's import is missing: run .ci/deps");
    QVERIFY2(QFileInfo::exists(QStringLiteral(STARLING_APP_BINARY)), STARLING_APP_BINARY);
}

void TestScreenshot::cleanup()
{
    // The app first, then its X server; each was started by this test and is ended by its handle.
    for (auto *process : {m_app.get(), m_server.get()}) {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(10000)) {
                process->kill();
                process->waitForFinished(10000);
            }
        }
    }
    m_app.reset();
    m_server.reset();
}

QProcessEnvironment TestScreenshot::displayEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_display);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"XAUTHORITY"_s);
    return env;
}

Analysis TestScreenshot::grab()
{
    QProcess import;
    import.setProcessEnvironment(displayEnvironment());
    import.start(m_import, {u"-display"_s, m_display, u"-window"_s, u"root"_s, u"png:"_s + m_png});
    if (!import.waitForFinished(30000) || import.exitCode() != 0) {
        qWarning("import failed: %s", import.readAllStandardError().constData());
        return {};
    }
    return analyse(QImage(m_png));
}

void TestScreenshot::demoMainWindowIsPainted_data()
{
    // The system's language, as the app reads it from the environment; each shot is kept.
    QTest::addColumn<QString>("locale");
    QTest::newRow("en") << u"C.UTF-8"_s;
    QTest::newRow("de") << u"de_DE.UTF-8"_s;
    QTest::newRow("fr") << u"fr_FR.UTF-8"_s;
    QTest::newRow("es") << u"es_ES.UTF-8"_s;
    QTest::newRow("ja") << u"ja_JP.UTF-8"_s;
}

void TestScreenshot::demoMainWindowIsPainted()
{
    QFETCH(QString, locale);
    const QString language = QString::fromLatin1(QTest::currentDataTag());
    m_png = QDir(QStringLiteral(STARLING_SCREENSHOT_DIR))
                .filePath(language == u"en" ? u"starling-demo-1440x900.png"_s
                                            : u"starling-demo-1440x900-%1.png"_s.arg(language));
    QFile::remove(m_png);
    // An X server of our own on a free display: Xvfb picks the number and writes it to stdout.
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    m_server->start(m_xvfb, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s,
                             u"%1x%2x24"_s.arg(screenWidth).arg(screenHeight), u"-nolisten"_s, u"tcp"_s});
    QVERIFY2(m_server->waitForStarted(10000), qPrintable(m_server->errorString()));
    QByteArray number;
    while (!number.contains('\n')) {
        QVERIFY2(m_server->waitForReadyRead(30000), m_server->readAllStandardError().constData());
        number += m_server->readAllStandardOutput();
    }
    m_display = u":"_s + QString::fromLatin1(number.trimmed());
    qInfo("Xvfb runs on display %s", qPrintable(m_display));

    // The real app, on that display through xcb (not offscreen), in the demo's throw-away profile.
    m_app = std::make_unique<QProcess>();
    QProcessEnvironment env = displayEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    // Not the user's desktop session: no D-Bus session bus, no theme from it. The bus address
    // leads nowhere on purpose: without one, libdbus autolaunches a bus on the X display, and
    // the keyring it may start there can put up a prompt that holds the display, and the app with it.
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
               u"unix:path="_s + QDir(QStringLiteral(STARLING_SCREENSHOT_DIR)).filePath(u"no-session-bus"_s));
    env.remove(u"QT_QPA_PLATFORMTHEME"_s);
    env.remove(u"QT_STYLE_OVERRIDE"_s);
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANG"_s, locale);
    env.remove(u"LANGUAGE"_s);
    // Under AddressSanitizer: libxkbcommon-x11 (a system library) hands strndup() a buffer with no
    // terminating NUL, which is allowed, but strict_string_checks reports it and ends the app
    // before Starling's own code runs. Only this child drops that one check.
    if (QString asan = env.value(u"ASAN_OPTIONS"_s); asan.contains(u"strict_string_checks=1"_s))
        env.insert(u"ASAN_OPTIONS"_s, asan.replace(u"strict_string_checks=1"_s, u"strict_string_checks=0"_s));
    m_app->setProcessEnvironment(env);
    m_app->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_app->start(QStringLiteral(STARLING_APP_BINARY), {u"--demo"_s});
    QVERIFY2(m_app->waitForStarted(10000), qPrintable(m_app->errorString()));

    // Until the window has painted the seeded inbox (or the app died).
    QTRY_VERIFY2_WITH_TIMEOUT(m_app->state() != QProcess::Running || (m_last = grab()).looksPainted(),
                              qPrintable(m_last.describe()), paintTimeoutMs);
    QVERIFY2(m_app->state() == QProcess::Running, "starling --demo ended before it painted its window");

    qInfo("screenshot: %s (%s)", qPrintable(QFileInfo(m_png).absoluteFilePath()), qPrintable(m_last.describe()));
    const QImage shot(m_png);
    QCOMPARE(shot.size(), QSize(screenWidth, screenHeight));
    QVERIFY2(m_last.colours > 50, qPrintable(m_last.describe()));
    QVERIFY2(m_last.darkPixels > 2000, qPrintable(m_last.describe()));
    // Not one colour: the most common colour covers less than 95 % of the screen.
    QHash<QRgb, qint64> counts;
    const QImage rgb = shot.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ++counts[line[x]];
    }
    qint64 most = 0;
    for (qint64 n : std::as_const(counts))
        most = std::max(most, n);
    QVERIFY2(most < qint64(screenWidth) * screenHeight * 95 / 100, qPrintable(m_last.describe()));
}

QTEST_MAIN(TestScreenshot)
#include "TestScreenshot.moc"
