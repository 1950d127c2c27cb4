#pragma once
// The key figures of a plan as big numbers on cards.

#include <QWidget>

#include "deepplan/catalog.hpp"
#include "plan_snapshot.h"

class QLabel;

namespace deepplan::gui {

/// Cards for machines, accelerators, memory, decode (per stream and all
/// streams), prefill, time to first token and bottleneck. Each value label
/// is named `figure<Key>Value` (e.g. figureDecodeValue) for tests.
class KeyFiguresView : public QWidget {
    Q_OBJECT
public:
    enum Figure { Nodes, Devices, Memory, Decode, Aggregate, Prefill, Ttft, Bottleneck, FigureCount };

    explicit KeyFiguresView(QWidget* parent = nullptr);

    void setSnapshot(const PlanSnapshot& snapshot);
    [[nodiscard]] QLabel* valueLabel(Figure figure) const { return values_[figure]; }
    [[nodiscard]] QLabel* detailLabel(Figure figure) const { return details_[figure]; }

private:
    void set(Figure f, const QString& value, const QString& detail);

    QLabel* values_[FigureCount] = {};
    QLabel* details_[FigureCount] = {};
};

}  // namespace deepplan::gui
