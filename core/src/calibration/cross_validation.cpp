// Leave-one-source-out cross-validation: the calibration (calibration/calibration.cpp)
// rerun once per source on the rows of every other source.

#include "deepplan/cross_validation.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace deepplan {

void cross_validate_by_source(ValidationReport& report, const std::vector<ValidationCase>& cases,
                              const Catalog& fitted_catalog, const EfficiencyPriors& priors, const FitOptions& options,
                              unsigned threads)
{
    report.cv_cases = report.cases;
    report.cv_method = "leave-one-source-out";

    // Every case id of a source (mapped or not, any tier): all of them leave the fit together.
    std::map<std::string, std::vector<std::string>> ids_of_source;
    std::map<std::string, const ValidationCase*> by_id;
    for (const auto& c : cases) {
        ids_of_source[c.source].push_back(c.id);
        by_id[c.id] = &c;
    }
    // The held-out predictions each source needs: its counted cases that depend on the fit.
    std::map<std::string, std::vector<std::size_t>> todo_of_source;
    for (std::size_t i = 0; i < report.cv_cases.size(); ++i) {
        const auto& p = report.cv_cases[i];
        if (!p.counted || p.kind == FigureKind::Memory || p.uses.empty()) continue;
        if (by_id.count(p.id) == 0) continue;
        todo_of_source[p.source].push_back(i);
    }
    std::vector<std::string> sources;
    for (const auto& [src, idx] : todo_of_source) sources.push_back(src);

    // Progress counts sources, the unit of work; the refits themselves report nothing.
    std::mutex progress_mutex;
    std::size_t done = 0;
    if (options.progress) options.progress(0, sources.size());
    auto run = [&](const std::string& source) {
        FitOptions o = options;
        o.progress = nullptr;
        for (const auto& id : ids_of_source.at(source)) o.exclude.insert(id);
        const CalibrationResult refit = calibrate(cases, fitted_catalog, priors, o);
        for (const std::size_t i : todo_of_source.at(source)) {
            auto& p = report.cv_cases[i];
            const CasePrediction q = predict_case(*by_id.at(p.id), refit.catalog);
            p.predicted = q.predicted;
            p.ratio = q.ratio;
            p.counted = q.counted;
        }
        if (options.progress) {
            const std::lock_guard<std::mutex> lock(progress_mutex);
            options.progress(++done, sources.size());
        }
    };
    unsigned n_threads = threads != 0 ? threads : std::min(4U, std::thread::hardware_concurrency());
    n_threads = std::max(1U, std::min<unsigned>(n_threads, static_cast<unsigned>(std::max<std::size_t>(1, sources.size()))));
    // Each thread writes only the cases of the sources it takes.
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < n_threads; ++t) {
        pool.emplace_back([&] {
            for (std::size_t j = next++; j < sources.size(); j = next++) run(sources[j]);
        });
    }
    for (auto& th : pool) th.join();

    report.cv_overall = summarize(report.cv_cases);
    report.cv_classes.clear();
    for (const auto& cls : case_class_names()) {
        auto s = summarize(report.cv_cases, cls);
        if (s.n > 0) report.cv_classes[cls] = s;
    }
    report.cv_regimes = summarize_regimes(report.cv_cases);
    report.n_sources = count_sources(report.cases);
    report.cross_validated = true;
}

}  // namespace deepplan
