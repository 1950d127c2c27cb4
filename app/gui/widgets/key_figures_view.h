#pragma once
// The key figures of a plan as big numbers on cards.

#include <QWidget>

#include "deepplan/catalog.hpp"
#include "plan_snapshot.h"

class QLabel;

namespace deepplan::gui {
class ElidedLabel;
}

namespace deepplan::gui {

/// Cards for machines, accelerators, memory, decode (per stream and all
/// streams), prefill, time to first token and bottleneck. Each value label
/// is named `figure<Key>Value` (e.g. figureDecodeValue) for tests.
class KeyFiguresView : public QWidget {
    Q_OBJECT
public:
    enum Figure { Nodes, Devices, Memory, Decode, Aggregate, Prefill, Ttft, Bottleneck, FigureCount };

    explicit KeyFiguresView(QWidget* parent = nullptr);

    /// `catalog` (optional) names what the plan alone does not say, such as
    /// an engine that copies the host weights to every CPU socket.
    void setSnapshot(const PlanSnapshot& snapshot, const Catalog* catalog = nullptr);
    [[nodiscard]] QLabel* valueLabel(Figure figure) const;
    [[nodiscard]] QLabel* detailLabel(Figure figure) const;

    /// Host-RAM weight copies the plan keeps (one per socket when the engine
    /// replicates them, as KTransformers does); 1 when there is one copy.
    [[nodiscard]] static int hostWeightCopies(const PlanSnapshot& snapshot, const Catalog& catalog);

private:
    void set(Figure f, const QString& value, const QString& detail);
    /// The time-to-first-token card's detail, longest form first: the
    /// prompt alone, and with several clients what each sees under load.
    [[nodiscard]] static QStringList ttftDetails(const PlanSnapshot& snapshot, const Catalog* catalog);

    ElidedLabel* values_[FigureCount] = {};
    ElidedLabel* details_[FigureCount] = {};
};

}  // namespace deepplan::gui
