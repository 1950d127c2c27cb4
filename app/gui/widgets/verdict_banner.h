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

class ElidedLabel;

class VerdictBanner : public QFrame {
    Q_OBJECT
public:
    enum class State { Fits, DoesNotFit, Error };

    explicit VerdictBanner(QWidget* parent = nullptr);

    void setSnapshot(const PlanSnapshot& snapshot, const Catalog& catalog);
    [[nodiscard]] State state() const { return state_; }
    /// The banner is at most this tall; when the lines below the title need
    /// more, it is a little shorter still so that the last line it shows is
    /// whole (they scroll), never cut through the middle.
    void setHeightCap(int pixels);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyColors();
    void fitHeight();

    ElidedLabel* title_ = nullptr;
    QLabel* details_ = nullptr;
    QLabel* minimum_ = nullptr;
    QLabel* warnings_ = nullptr;
    QScrollArea* scroll_ = nullptr;  // the lines below the title
    State state_ = State::Error;
    State styledState_ = State::Error;
    bool styled_ = false;
    int cap_ = 0;
    bool fitting_ = false;
};

}  // namespace deepplan::gui
