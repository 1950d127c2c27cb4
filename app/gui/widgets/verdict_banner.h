#pragma once
// The colored banner at the top of the plan: fits or not, why, and the
// smallest pool of that system that would.

#include <memory>

#include <QFrame>

#include "deepplan/catalog.hpp"
#include "plan_snapshot.h"

class QLabel;
class QScrollArea;

namespace deepplan::gui {

class VerdictBanner : public QFrame {
    Q_OBJECT
public:
    enum class State { Fits, DoesNotFit, Error };

    explicit VerdictBanner(QWidget* parent = nullptr);

    void setSnapshot(const PlanSnapshot& snapshot, const Catalog& catalog);
    [[nodiscard]] State state() const { return state_; }

private:
    void applyColors();

    QLabel* title_ = nullptr;
    QLabel* details_ = nullptr;
    QLabel* minimum_ = nullptr;
    QLabel* warnings_ = nullptr;
    QScrollArea* scroll_ = nullptr;  // the lines below the title
    State state_ = State::Error;
    State styledState_ = State::Error;
    bool styled_ = false;
};

}  // namespace deepplan::gui
