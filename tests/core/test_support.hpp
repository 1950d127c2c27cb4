#pragma once
// Shared fixtures for the core tests: the shipped catalog, loaded once.

#include <gtest/gtest.h>

#include "deepplan/catalog.hpp"
#include "deepplan/plan.hpp"
#include "deepplan/scenario.hpp"

namespace deepplan::test {

inline const Catalog& shipped_catalog()
{
    static const Catalog catalog = [] {
        auto r = load_catalog(std::filesystem::path(RESOURCES_DIR) / "catalog");
        if (!r) {
            ADD_FAILURE() << "catalog failed to load: " << r.error().describe();
            return Catalog{};
        }
        return r.value();
    }();
    return catalog;
}

inline Scenario make_scenario(const std::string& model, const std::string& variant, const std::string& pool,
                              const std::string& engine = "auto")
{
    Scenario s;
    s.model = model;
    s.variant = variant;
    s.engine = engine;
    auto p = parse_pool_spec(pool);
    EXPECT_TRUE(p.ok()) << pool << ": " << (p.ok() ? "" : p.error().describe());
    if (p) s.pool = p.value();
    return s;
}

/// Plans a scenario that must be valid input; fails the test otherwise.
inline Plan must_plan(const Scenario& s, const PlanOptions& o = {})
{
    auto r = plan(s, shipped_catalog(), o);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().describe());
    return r.ok() ? r.value() : Plan{};
}

}  // namespace deepplan::test
