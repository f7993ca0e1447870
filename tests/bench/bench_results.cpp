// SPDX-License-Identifier: GPL-3.0-or-later
// bench_results: merges the figures the benchmarks wrote (store_bench --json, sync_bench --json,
// the export figures of tests/bench/run…) into one table on standard output and one JSON file.
// Used by tests/bench/run; a program that prints figures, never a test.

#include "BenchReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace starling::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_results"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Merges benchmark figures (JSON files written with --json) into one table."_s);
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, u"Also write the merged figures as JSON to FILE."_s, u"FILE"_s);
    parser.addOption(out);
    parser.addPositionalArgument(u"files"_s, u"The figures, one JSON file per benchmark."_s, u"FILE.json…"_s);
    parser.process(app);

    QTextStream stdoutStream(stdout);
    QTextStream stderrStream(stderr);
    BenchReport merged;
    for (const QString &path : parser.positionalArguments()) {
        auto figures = BenchReport::readJson(path);
        if (!figures) {
            stderrStream << "bench_results: " << figures.error().message() << Qt::endl;
            return 1;
        }
        for (const BenchFigure &f : std::as_const(figures.value()))
            merged.add(f);
    }
    stdoutStream << merged.table();
    stdoutStream << "ratio = Starling / floor (raw sqlite3, or a bare Qt window): for rates higher is better, "
                    "for times and sizes lower is better.\n";
    if (parser.isSet(out)) {
        if (auto r = merged.writeJson(parser.value(out)); !r) {
            stderrStream << "bench_results: " << r.error().message() << Qt::endl;
            return 1;
        }
        stdoutStream << "wrote " << QFileInfo(parser.value(out)).absoluteFilePath() << '\n';
    }
    return 0;
}
