#pragma once
// A combo box whose closed box draws the current item elided ("vLLM — vLLM
// >= 0.7 (V1 eng…") when the box is narrower than the text, instead of
// cutting it mid-letter, and then carries the whole item as its tooltip
// (before its own). The list shows every item whole.

#include <QComboBox>

namespace deepplan::gui {

class ElidingComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit ElidingComboBox(QWidget* parent = nullptr);

    /// The tooltip shown when the current item is drawn whole.
    void setBaseToolTip(const QString& tip);
    /// Whether the closed box draws the current item shorter than it is.
    [[nodiscard]] bool isElided() const;
    /// Brings the tooltip up to date (call after changing the item with signals blocked).
    void updateToolTip();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    [[nodiscard]] int textWidth() const;

    QString baseTip_;
};

}  // namespace deepplan::gui
