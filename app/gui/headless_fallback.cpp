#include "headless_fallback.h"

#include <cstdio>

#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include "catalog_store.h"
#include "deepplan/plan_file.hpp"
#include "figure_format.h"
#include "plan_file_io.h"

namespace deepplan::gui {

bool no_display_available()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

namespace {

int print_summary(const QString& file)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CatalogStore store(CatalogStore::defaultBuiltinDir(), CatalogStore::defaultUserDir());
    if (!store.isValid()) {
        err << store.lastError() << Qt::endl;
        return 1;
    }
    Scenario scenario = default_scenario();
    Catalog catalog = store.catalog();
    if (!file.isEmpty()) {
        QString error;
        const auto opened = PlanFileIo::open(file, store.catalog(), &error);
        if (!opened) {
            err << error << Qt::endl;
            return 1;
        }
        scenario = opened->scenario;
        // The plan file's own custom entries (checked by open()).
        if (!opened->definitions.empty()) {
            if (auto bad = merge_embedded_definitions(catalog, opened->definitions)) {
                err << QString::fromStdString(bad->describe()) << Qt::endl;
                return 1;
            }
        }
    }
    const auto result = plan(scenario, catalog);
    if (!result.ok()) {
        err << QString::fromStdString(result.error().describe()) << Qt::endl;
        return 1;
    }
    const Plan& p = result.value();
    const Catalog& c = catalog;
    out << (p.fits ? QCoreApplication::translate("Headless", "FITS") : QCoreApplication::translate("Headless", "DOES NOT FIT"))
        << ": " << FigureFormat::modelAndVariant(scenario, c) << " · " << FigureFormat::pool(scenario.pool, c) << "\n";
    for (const auto& r : p.reasons) out << "  - " << QString::fromStdString(r) << "\n";
    out << QCoreApplication::translate("Headless", "  engine       %1\n").arg(FigureFormat::engine(scenario, p, c));
    out << QCoreApplication::translate("Headless", "  memory       %1\n").arg(FigureFormat::memoryOf(p.memory.used_gb, p.memory.usable_gb));
    out << QCoreApplication::translate("Headless", "  decode       %1 per stream, %2 all streams\n")
               .arg(FigureFormat::tokensPerSecond(p.decode.tokens_per_s), FigureFormat::tokensPerSecond(p.decode.aggregate_tokens_per_s));
    out << QCoreApplication::translate("Headless", "  prefill      %1, first token after %2\n")
               .arg(FigureFormat::tokensPerSecond(p.prefill.tokens_per_s), FigureFormat::duration(p.prefill.ttft_s));
    out << QCoreApplication::translate("Headless", "  bottleneck   %1\n").arg(FigureFormat::bottleneck(p.decode.bottleneck));
    return 0;
}

}  // namespace

int run_headless(const QString& appDir, const QString& file)
{
    const QString cli = appDir + QStringLiteral("/../cli/deepplan-cli");
    QStringList candidates = {appDir + QStringLiteral("/deepplan-cli"), cli};
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (!info.isExecutable() || !info.isFile()) continue;
        QStringList args = {QStringLiteral("plan")};
        if (!file.isEmpty()) args << QStringLiteral("--scenario") << file;
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(info.absoluteFilePath(), args);
        if (!process.waitForStarted()) continue;
        process.waitForFinished(-1);
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 1;
    }
    return print_summary(file);
}

}  // namespace deepplan::gui
