// deepplan: the desktop program. With no display it prints the plan the way
// the CLI does.

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include "catalog_store.h"
#include "headless_fallback.h"
#include "main_window.h"
#include "session_recovery.h"

namespace {

void describe(QCoreApplication& app)
{
    app.setOrganizationName(QStringLiteral("DeepPlan"));
    app.setOrganizationDomain(QStringLiteral("deepplan.github.io"));
    app.setApplicationName(QStringLiteral("deepplan"));
    app.setApplicationVersion(QStringLiteral(DEEPPLAN_VERSION));
}

void parse(QCommandLineParser& parser, const QCoreApplication& app)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Will this LLM fit my hardware, on how many machines, and how fast will it run?"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A plan file (*.deepplan.json) to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);
}

bool asksForHelpOrVersion(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all") return true;
    }
    return false;
}

}  // namespace

int main(int argc, char** argv)
{
    using namespace deepplan::gui;
    if (no_display_available() || asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe(app);
        QCommandLineParser parser;
        parse(parser, app);  // exits for --help and --version
        return run_headless(QCoreApplication::applicationDirPath(), parser.positionalArguments().value(0));
    }

    QApplication app(argc, argv);
    describe(app);
    // The program's own strings, and Qt's (dialog buttons, Ctrl in shortcuts)
    // where the system has Qt's translations installed.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("deepplan"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QCommandLineParser parser;
    parse(parser, app);
    // Before anything reads the settings: a file that does not load is moved aside.
    const QString settingsProblem = recoverCorruptSettings();

    CatalogStore catalog(CatalogStore::defaultBuiltinDir(), CatalogStore::defaultUserDir());
    if (!catalog.isValid()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "DeepPlan"), catalog.lastError());
        return 1;
    }
    MainWindow window(&catalog);
    Autosave autosave(&window, Autosave::defaultDir());
    const auto unsaved = autosave.leftByUncleanExit();
    window.restoreSession(parser.positionalArguments().value(0));
    window.show();
    autosave.start();
    if (!settingsProblem.isEmpty()) {
        QMessageBox::warning(&window, QCoreApplication::translate("main", "DeepPlan"), settingsProblem);
    }
    if (!catalog.lastError().isEmpty()) {
        QMessageBox::warning(&window, QCoreApplication::translate("main", "DeepPlan"), catalog.lastError());
    }
    if (unsaved) autosave.offerRestore(*unsaved);
    // Logout and shutdown send SIGTERM: save as a normal close does, without asking.
    TerminationWatcher termination;
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &window,
                     [&window, &autosave](int) {
                         saveOnTermination(&window, &autosave);
                         QCoreApplication::quit();
                     });
    const int code = app.exec();
    autosave.finishCleanly();
    return code;
}
