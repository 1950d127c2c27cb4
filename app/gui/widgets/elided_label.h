#pragma once
// A one-line label that never asks for more width than a few characters: it
// draws its text elided ("Memory ban…") when the space is short and then
// carries the whole text as its tooltip, so that a narrow window neither
// grows nor hides what was cut. text() is always the whole text.

#include <QLabel>

namespace deepplan::gui {

class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);

    void setText(const QString& text);
    /// The tooltip shown when nothing is elided (the full text is added when it is).
    void setBaseToolTip(const QString& tip);
    /// Whether the last paint had to cut the text.
    [[nodiscard]] bool isElided() const;

    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateToolTip();

    QString baseTip_;
};

}  // namespace deepplan::gui
