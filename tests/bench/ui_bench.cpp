// SPDX-License-Identifier: GPL-3.0-or-later
// ui_bench: how fast the desktop app shows a big inbox, next to a bare Qt Widgets window.
//
// 1. Writes a profile as `starling --profile DIR` opens it (the database of BenchData's
//    generated inbox, the account in the profile's settings), and a small one beside it.
// 2. Starts `starling --profile DIR` with STARLING_BENCH_FIRST_PAINT set (app/main.cpp) and
//    times it from the start of the process to the first painted rows of the inbox, then takes
//    its resident memory; the same for bare_window (a QMainWindow with a QListView), in turns,
//    several times, and keeps the medians.
// 3. In this process, scrolls the real inbox (InboxView: ConversationListModel in a QListView with
//    ConversationDelegate, loading a page at a time) from the top to the last conversation, a
//    screen at a time with every screen painted, next to a QListView over the same number of
//    strings held in memory.
//
// A program that prints figures, never a CTest test: timings depend on the machine. Runs on the
// platform Qt picks (QT_QPA_PLATFORM: offscreen, or xcb under Xvfb); both programs get the same.

#include "BenchData.h"
#include "BenchReport.h"
#include "Profile.h"
#include "accounts/AccountManager.h"
#include "inbox/ConversationDelegate.h"
#include "inbox/InboxView.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/PageWriter.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace starling;
using namespace starling::bench;

namespace {

constexpr int windowWidth = 1440;
constexpr int windowHeight = 900;
constexpr int startTimeoutMs = 120'000;

/** The profile that shows whether start-up grows with the store: small, whatever the main one is. */
ProfileSpec smallSpec()
{
    ProfileSpec spec;
    spec.messages = 2'000;
    spec.conversations = 200;
    spec.threadSize = 200;
    return spec;
}

struct Options
{
    ProfileSpec spec;
    int runs = 5;
    QString dir;
    QString json;
    QString starling;
    QString bare;
};

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

Result<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the start-up of `starling` on a big profile (to the first painted inbox) and its resident "
        "memory next to a bare Qt Widgets window, and the time to scroll the whole inbox."_s);
    parser.addHelpOption();
    const QCommandLineOption messages(u"messages"_s, u"Messages in the profile (default 1000000)."_s, u"N"_s);
    const QCommandLineOption conversations(u"conversations"_s, u"Conversations (default 100000)."_s, u"N"_s);
    const QCommandLineOption runs(u"runs"_s, u"Start-ups of each program, after one warm-up (default 5)."_s, u"N"_s);
    const QCommandLineOption dir(
        u"dir"_s, u"Where to write the profiles, which are kept (default: a temporary folder, removed at the end)."_s,
        u"DIR"_s);
    const QCommandLineOption json(u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption quick(u"quick"_s, u"A small profile for a smoke run: 50000 messages, 5000 conversations, "
                                               "3 runs (explicit options still win)."_s);
    const QCommandLineOption starlingPath(u"starling"_s, u"The app (default: ../../app/starling from here)."_s,
                                          u"PATH"_s);
    const QCommandLineOption barePath(u"bare"_s, u"The bare window (default: bare_window next to this)."_s, u"PATH"_s);
    parser.addOptions({messages, conversations, runs, dir, json, quick, starlingPath, barePath});
    parser.process(app);

    Options options;
    options.spec.conversations = 100'000;
    if (parser.isSet(quick)) {
        options.spec.messages = 50'000;
        options.spec.conversations = 5'000;
        options.spec.threadSize = 2'000;
        options.runs = 3;
    }
    qint64 conversationCount = options.spec.conversations;
    qint64 runCount = options.runs;
    for (const auto &[option, target] : {std::pair{&messages, &options.spec.messages},
                                         std::pair{&conversations, &conversationCount}, std::pair{&runs, &runCount}}) {
        if (auto r = readCount(parser, *option, *target); !r)
            return r.error();
    }
    options.spec.conversations = int(conversationCount);
    options.spec.threadSize = int(std::min<qint64>(options.spec.threadSize, options.spec.messages / 10 + 1));
    options.runs = int(runCount);
    if (const QString problem = BenchData::checkSpec(options.spec); !problem.isEmpty())
        return Error(Error::Code::InvalidInput, problem);
    options.dir = parser.value(dir);
    options.json = parser.value(json);

    const QDir here(QCoreApplication::applicationDirPath());
    options.starling =
        parser.isSet(starlingPath) ? parser.value(starlingPath) : here.absoluteFilePath(u"../../app/starling"_s);
    options.bare = parser.isSet(barePath) ? parser.value(barePath) : here.absoluteFilePath(u"bare_window"_s);
    for (const QString &program : {options.starling, options.bare}) {
        if (!QFileInfo(program).isExecutable())
            return Error(Error::Code::NotFound,
                         u"%1 is not there: build it (targets starling, bare_window), or name it with --starling or "
                         "--bare"_s.arg(QDir::cleanPath(program)));
    }
    return options;
}

// ---- the profile ------------------------------------------------------------------------------

/** What a profile written by writeProfile() holds, kept in it to reuse it with --dir. */
QByteArray specLine(const ProfileSpec &spec)
{
    return u"messages %1 conversations %2 thread %3 page %4 seed %5\n"_s.arg(spec.messages)
        .arg(spec.conversations)
        .arg(spec.threadSize)
        .arg(spec.pageSize)
        .arg(spec.seed)
        .toUtf8();
}

/**
 * Writes @p spec's inbox into the profile @p dir as the app stores it, replacing what was there,
 * unless the profile was written from the same spec already.
 */
Result<void> writeProfile(const QString &dir, const ProfileSpec &spec)
{
    auto profile = Profile::open(dir);
    if (!profile)
        return profile.error();
    const QString database = profile->databasePath();
    QFile marker(QDir(dir).filePath(u"ui_bench-profile.txt"_s));
    if (marker.open(QIODevice::ReadOnly) && marker.readAll() == specLine(spec) && QFile::exists(database)) {
        out() << "reusing the profile in " << QDir::toNativeSeparators(dir) << '\n';
        return {};
    }
    marker.close();
    marker.remove();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(database + suffix);

    BenchData data(spec);
    {
        auto db = Database::openSqlite(database, Database::Role::Writer);
        if (!db)
            return db.error();
        if (auto r = AccountRepository(*db.value()).upsert(data.account()); !r)
            return r.error();
        PageWriter writer(*db.value());
        const int pages = data.pageCount();
        int reportedTenth = 0;
        for (int p = 0; p < pages; ++p) {
            if (auto r = writer.write(data.page(p)); !r)
                return r.error();
            const int tenth = int(qint64(p + 1) * 10 / pages);
            if (pages >= 100 && tenth > reportedTenth) {
                reportedTenth = tenth;
                err() << "  " << tenth * 10 << "% of " << count(spec.messages) << " messages written" << Qt::endl;
            }
        }
        // The app opens a checkpointed database, as after a quit, not one with a big WAL to replay.
        QSqlQuery checkpoint(db.value()->connection());
        if (!checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !checkpoint.next())
            return Error(Error::Code::Storage, u"the checkpoint of %1 failed"_s.arg(database));
    }

    // Accounts live in the profile's settings (AccountManager), where `starling` reads them.
    profile->useForSettings();
    QSettings settings;
    settings.clear();
    AccountManager accounts(&settings, nullptr, nullptr);
    accounts.load();
    if (auto r = accounts.add(data.account()); !r)
        return r.error();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error(Error::Code::Storage, u"cannot write %1"_s.arg(settings.fileName()));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(specLine(spec)) < 0)
        return Error(Error::Code::Storage, u"cannot write %1"_s.arg(marker.fileName()));
    return {};
}

// ---- start-up ---------------------------------------------------------------------------------

struct StartUp
{
    double wallMs = 0; ///< from QProcess::start() to the report, measured here
    double sinceMainMs = 0; ///< as the program saw it: from the top of main()
    double rssMiB = 0;
};

/** Starts @p program once and waits for its "first-paint-ms <ms> rss-kib <kib>" line. */
Result<StartUp> startOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"STARLING_BENCH_FIRST_PAINT"_s, u"1"_s);
    environment.insert(u"STARLING_BENCH_QUIT"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setReadChannel(QProcess::StandardError);

    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    std::optional<StartUp> result;
    QByteArray other;
    while (!result && timer.elapsed() < startTimeoutMs) {
        if (!process.canReadLine()) {
            if (!process.waitForReadyRead(int(startTimeoutMs - timer.elapsed()))
                && process.state() == QProcess::NotRunning)
                break;
        }
        const double arrivedMs = double(timer.nsecsElapsed()) / 1e6;
        while (!result && process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 4 && words.at(0) == "first-paint-ms" && words.at(2) == "rss-kib")
                result = StartUp{arrivedMs, words.at(1).toDouble(), words.at(3).toDouble() / 1024};
            else
                other += line + '\n';
        }
    }
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
    }
    if (!result) {
        other += process.readAllStandardError();
        return Error(Error::Code::Timeout, u"%1 did not report its first paint (%2): %3"_s.arg(
                                               QFileInfo(program).fileName(), process.errorString(),
                                               QString::fromLocal8Bit(other.right(2000))));
    }
    return *result;
}

// ---- scrolling --------------------------------------------------------------------------------

/** Counts the paints of a widget. */
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints() const { return m_paints; }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_paints;
        return false;
    }

private:
    int m_paints = 0;
};

/** Rows as tall as the inbox's, painted by Qt's own delegate: the scroll floor's. */
class FixedHeightDelegate final : public QStyledItemDelegate
{
public:
    FixedHeightDelegate(int height, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_height(height)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return {QStyledItemDelegate::sizeHint(option, index).width(), m_height};
    }

private:
    int m_height;
};

struct Scroll
{
    double seconds = 0;
    int rows = 0;
    int screens = 0;
    int paints = 0;
    int nudges = 0; ///< fetchMore() calls the view did not make itself (should stay 0)
};

/** Shows @p window at @p size and waits until @p painted has painted. */
Result<void> showAndWait(QWidget *window, QWidget *painted, QSize size)
{
    PaintCounter counter(painted);
    window->resize(size);
    window->show();
    QElapsedTimer timer;
    timer.start();
    while (counter.paints() == 0) {
        if (timer.elapsed() > 10'000)
            return Error(Error::Code::Timeout, u"the window was never painted"_s);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return {};
}

/**
 * Scrolls @p list from the top to its last row a screen at a time (what Page Down on the scroll bar
 * does), letting the view fetch pages as it reaches the bottom, with each screen painted.
 */
Result<Scroll> scrollToBottom(QListView *list)
{
    QAbstractItemModel *model = list->model();
    QScrollBar *bar = list->verticalScrollBar();
    PaintCounter counter(list->viewport());
    Scroll scroll;
    int stalled = 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        // The pending layout of fetched rows, and the paint of the screen just scrolled to.
        QCoreApplication::processEvents();
        if (bar->value() >= bar->maximum() && !model->canFetchMore({}))
            break;
        const int before = bar->value();
        bar->setValue(before + bar->pageStep());
        if (bar->value() != before) {
            ++scroll.screens;
            stalled = 0;
            continue;
        }
        // At the end of what is loaded, with the layout of new rows already done: the view fetches
        // when the scroll bar reaches its maximum, so this should not happen; do it as it would.
        if (++stalled >= 2 && model->canFetchMore({})) {
            model->fetchMore({});
            ++scroll.nudges;
        }
        if (stalled > 1000)
            return Error(Error::Code::Cancelled, u"scrolling stopped at row %1"_s.arg(model->rowCount()));
    }
    scroll.seconds = double(timer.nsecsElapsed()) / 1e9;
    scroll.rows = model->rowCount();
    scroll.paints = counter.paints();
    const QModelIndex last = model->index(scroll.rows - 1, 0);
    if (!list->viewport()->rect().intersects(list->visualRect(last)))
        return Error(Error::Code::Cancelled, u"the last row is not visible at the end"_s);
    return scroll;
}

// ---- the run ----------------------------------------------------------------------------------

class Run
{
public:
    explicit Run(Options options)
        : m_options(std::move(options))
    {
    }

    int exec();

private:
    Result<void> prepareProfiles();
    Result<void> measureStartUp();
    Result<void> measureScroll();
    void printAims() const;

    Options m_options;
    std::optional<QTemporaryDir> m_tempDir;
    QString m_largeProfile;
    QString m_smallProfile;
    BenchReport m_report;
    double m_largeMs = 0;
    double m_smallMs = 0;
    double m_bareMs = 0;
};

Result<void> Run::prepareProfiles()
{
    QString dir = m_options.dir;
    if (dir.isEmpty()) {
        m_tempDir.emplace();
        if (!m_tempDir->isValid())
            return Error(Error::Code::Storage, u"cannot create a temporary folder: %1"_s.arg(m_tempDir->errorString()));
        dir = m_tempDir->path();
    }
    m_largeProfile = QDir(dir).absoluteFilePath(u"profile"_s);
    m_smallProfile = QDir(dir).absoluteFilePath(u"profile-small"_s);
    QElapsedTimer timer;
    timer.start();
    if (auto r = writeProfile(m_largeProfile, m_options.spec); !r)
        return r;
    if (auto r = writeProfile(m_smallProfile, smallSpec()); !r)
        return r;
    out() << "profiles: " << QDir::toNativeSeparators(m_largeProfile) << " ("
          << number(double(QFileInfo(Profile::open(m_largeProfile)->databasePath()).size()) / 1048576.0) << " MiB), "
          << QDir::toNativeSeparators(m_smallProfile) << ", ready in " << number(double(timer.nsecsElapsed()) / 1e9)
          << " s\n";
    out().flush();
    return {};
}

Result<void> Run::measureStartUp()
{
    struct Program
    {
        QString name;
        QString path;
        QStringList arguments;
        std::vector<double> wallMs;
        std::vector<double> sinceMainMs;
        std::vector<double> rssMiB;
    };
    Program programs[] = {
        {u"bare window"_s, m_options.bare, {}, {}, {}, {}},
        {u"starling, %1 messages"_s.arg(count(m_options.spec.messages)),
         m_options.starling,
         {u"--profile"_s, m_largeProfile},
         {},
         {},
         {}},
        {u"starling, %1 messages"_s.arg(count(smallSpec().messages)),
         m_options.starling,
         {u"--profile"_s, m_smallProfile},
         {},
         {},
         {}},
    };
    constexpr int programCount = int(std::size(programs));
    out() << "start-up to the first painted rows, " << m_options.runs << " runs each after a warm-up, platform "
          << QGuiApplication::platformName() << ":\n";
    out().flush();
    // Round by round, each round in another order, so that all three see the same machine.
    for (int round = 0; round <= m_options.runs; ++round) {
        for (int i = 0; i < programCount; ++i) {
            Program &program = programs[(i + round) % programCount];
            auto started = startOnce(program.path, program.arguments);
            if (!started)
                return started.error();
            if (round == 0)
                continue; // the warm-up: the libraries and the database into the page cache
            program.wallMs.push_back(started->wallMs);
            program.sinceMainMs.push_back(started->sinceMainMs);
            program.rssMiB.push_back(started->rssMiB);
        }
    }
    for (const Program &program : programs) {
        QStringList runs;
        for (size_t i = 0; i < program.wallMs.size(); ++i)
            runs << number(program.wallMs[i]);
        out() << "  " << program.name << ": " << runs.join(u' ') << " ms (median " << number(median(program.wallMs))
              << ", from main() " << number(median(program.sinceMainMs)) << "), " << number(median(program.rssMiB))
              << " MiB resident\n";
    }
    m_bareMs = median(programs[0].wallMs);
    m_largeMs = median(programs[1].wallMs);
    m_smallMs = median(programs[2].wallMs);
    m_report.add({u"ui_first_paint"_s,
                  u"start-up to the first painted inbox (%1 messages)"_s.arg(count(m_options.spec.messages)), u"ms"_s,
                  m_largeMs, m_bareMs});
    m_report.add({u"ui_first_paint_small"_s,
                  u"start-up to the first painted inbox (%1 messages)"_s.arg(count(smallSpec().messages)), u"ms"_s,
                  m_smallMs, m_bareMs});
    m_report.add({u"ui_memory"_s,
                  u"resident memory at the first paint (%1 messages)"_s.arg(count(m_options.spec.messages)), u"MiB"_s,
                  median(programs[1].rssMiB), median(programs[0].rssMiB)});
    return {};
}

Result<void> Run::measureScroll()
{
    const QString databasePath = Profile::open(m_largeProfile)->databasePath();
    auto store = Store::open(databasePath);
    if (!store)
        return store.error();
    auto reader = Database::openSqlite(databasePath, Database::Role::Reader);
    if (!reader)
        return reader.error();

    // The inbox as the app builds it: InboxView, on every account, the Inbox filter.
    Scroll inbox;
    int rowHeight = 0;
    QSize listSize;
    {
        InboxView view(*reader.value(), *store.value());
        if (auto r = showAndWait(&view, view.list()->viewport(), {windowWidth, windowHeight}); !r)
            return r;
        rowHeight = view.list()->sizeHintForRow(0);
        listSize = view.list()->size();
        auto scrolled = scrollToBottom(view.list());
        if (!scrolled)
            return scrolled.error();
        inbox = scrolled.value();
    }

    // The floor: a QListView of the same size, over as many strings held in memory, rows as tall.
    Scroll floor;
    {
        QStringList rows;
        rows.reserve(inbox.rows);
        for (int i = 1; i <= inbox.rows; ++i)
            rows << u"Conversation %1"_s.arg(i);
        QStringListModel model(rows);
        QListView view;
        QListView *list = &view;
        list->setModel(&model);
        list->setItemDelegate(new FixedHeightDelegate(rowHeight, list));
        list->setFrameShape(QFrame::NoFrame);
        list->setUniformItemSizes(true);
        list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        if (auto r = showAndWait(list, list->viewport(), listSize); !r)
            return r;
        auto scrolled = scrollToBottom(list);
        if (!scrolled)
            return scrolled.error();
        floor = scrolled.value();
    }

    for (const auto &[name, s] : {std::pair{"inbox", &inbox}, std::pair{"floor", &floor}}) {
        out() << "scroll, " << name << ": " << count(s->rows) << " rows of " << rowHeight << " px in "
              << number(s->seconds) << " s, " << count(s->screens) << " screens, " << count(s->paints) << " paints";
        if (s->nudges > 0)
            out() << ", " << s->nudges << " pages fetched by the benchmark, not the view";
        out() << '\n';
    }
    if (inbox.rows != m_options.spec.conversations)
        out() << "note: the inbox shows " << count(inbox.rows) << " of " << count(m_options.spec.conversations)
              << " conversations\n";
    const QString rows = count(inbox.rows);
    m_report.add({u"ui_scroll"_s, u"scroll from top to bottom (%1 conversations)"_s.arg(rows), u"s"_s, inbox.seconds,
                  floor.seconds});
    m_report.add({u"ui_scroll_rate"_s, u"scroll rate (%1 conversations)"_s.arg(rows), u"rows/s"_s,
                  inbox.seconds > 0 ? inbox.rows / inbox.seconds : 0,
                  floor.seconds > 0 ? floor.rows / floor.seconds : 0});
    return {};
}

void Run::printAims() const
{
    const auto verdict = [](bool met) { return met ? u"met"_s : u"MISSED"_s; };
    const auto ratio = [](double a, double b) { return QString::number(b > 0 ? a / b : 0, 'f', 2); };
    double memoryRatio = 0;
    for (const BenchFigure &f : m_report.figures()) {
        if (f.key == u"ui_memory"_s)
            memoryRatio = f.ratio();
    }
    out() << "\naims:\n";
    out() << "  start-up that does not grow with the store (" << count(m_options.spec.messages) << " against "
          << count(smallSpec().messages) << " messages, within 10%): " << ratio(m_largeMs, m_smallMs) << "×, "
          << verdict(m_largeMs <= 1.1 * m_smallMs) << '\n';
    out() << "  start-up under 1.5× the bare window: " << ratio(m_largeMs, m_bareMs) << "×, "
          << verdict(m_largeMs < 1.5 * m_bareMs) << '\n';
    out() << "  resident memory under 2× the bare window's: " << QString::number(memoryRatio, 'f', 2) << "×, "
          << verdict(memoryRatio < 2.0) << '\n';
}

int Run::exec()
{
    const ProfileSpec &spec = m_options.spec;
    out() << "ui_bench: " << count(spec.messages) << " messages, " << count(spec.conversations)
          << " conversations, a window of " << windowWidth << "×" << windowHeight << ", Qt " << qVersion() << ", "
          << QGuiApplication::platformName() << '\n';
    out().flush();
    const auto fail = [](const Error &error) {
        err() << "ui_bench: " << error.message() << Qt::endl;
        return 1;
    };
    if (auto r = prepareProfiles(); !r)
        return fail(r.error());
    if (auto r = measureStartUp(); !r)
        return fail(r.error());
    if (auto r = measureScroll(); !r)
        return fail(r.error());

    out() << '\n' << m_report.table();
    out() << "ratio = Starling / floor (a bare window; for scrolling, a QListView over strings in memory): for the "
             "rate higher is better, for the others lower is better.\n";
    printAims();
    if (!m_options.json.isEmpty()) {
        if (auto r = m_report.writeJson(m_options.json); !r)
            return fail(r.error());
        out() << "\nwrote " << QDir::toNativeSeparators(m_options.json) << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The profile's settings file is named after the app (Profile::useForSettings): write it as
    // `starling` reads it.
    QCoreApplication::setOrganizationDomain(QStringLiteral(STARLING_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(STARLING_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(STARLING_VERSION));
    QLoggingCategory::setFilterRules(u"starling.core.store.info=false"_s);

    auto options = parseOptions(app);
    if (!options) {
        err() << "ui_bench: " << options.error().message() << Qt::endl;
        return 2;
    }
    Run run(std::move(options).value());
    return run.exec();
}
