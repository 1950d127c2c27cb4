#pragma once
// Shared set-up for the GUI tests: test-mode paths, private settings, the
// built-in catalog from the source tree and a throw-away user catalog.

#include <memory>

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "catalog_store.h"
#include "deepplan/plan.hpp"
#include "main_window.h"
#include "scenario_document.h"

namespace deepplan::gui::test {

/// Call from initTestCase(): nothing the tests do touches the user's files.
inline void isolate(QTemporaryDir& settingsDir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DeepPlanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("deepplan-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
}

inline std::unique_ptr<CatalogStore> makeCatalog(const QString& userDir)
{
    return std::make_unique<CatalogStore>(std::filesystem::path(RESOURCES_DIR) / "catalog", userDir);
}

inline QString dataPath(const char* relative)
{
    return QString::fromUtf8(TEST_DATA_DIR) + QLatin1Char('/') + QString::fromUtf8(relative);
}

/// The core's plan for a scenario, as the GUI should show it.
inline Plan corePlan(const Scenario& s, const Catalog& c)
{
    auto r = plan(s, c);
    if (!r.ok()) qFatal("core refused the scenario: %s", r.error().describe().c_str());
    return r.value();
}

/// The SGLang cookbook's B200 setting: DeepSeek-R1 FP8 with SGLang on one
/// HGX B200, 16 clients of 500 + 500 tokens (the arrivals tests' scenario).
inline Scenario b200SixteenClients()
{
    Scenario s = default_scenario();
    s.model = "deepseek-r1";
    s.variant = "fp8";
    s.engine = "sglang";
    s.pool = parse_pool_spec("1x hgx-b200-8").value();
    s.workload.prompt = 500;
    s.workload.output = 500;
    s.workload.concurrency = 16;
    return s;
}

}  // namespace deepplan::gui::test
