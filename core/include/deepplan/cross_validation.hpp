#pragma once
// Leave-one-source-out cross-validation (issue 10): every row of one
// independent source (a publication, blog, benchmark repository or issue
// thread: one setup) is held out together, the whole calibration is rerun
// on the other sources' rows, and the held-out rows are predicted from that
// fit. Unlike leave-one-out, rows of the same blog cannot predict each other.

#include <vector>

#include "deepplan/calibration.hpp"
#include "deepplan/validation.hpp"

namespace deepplan {

/// Fills the report's cv_* fields (cv_method "leave-one-source-out"): for each
/// source with a counted rate or time case, calibrate() without every case of
/// that source (options.exclude plus the source's case ids), then each of its
/// counted rate/time cases is predicted with that fit. Memory cases and cases
/// whose plan uses no efficiency block do not depend on the fit and keep their
/// in-sample prediction. Sources are refitted in parallel on up to `threads`
/// threads (0: the machine's cores, at most 4); the result does not depend on it.
void cross_validate_by_source(ValidationReport& report, const std::vector<ValidationCase>& cases,
                              const Catalog& fitted_catalog, const EfficiencyPriors& priors,
                              const FitOptions& options = {}, unsigned threads = 0);

}  // namespace deepplan
