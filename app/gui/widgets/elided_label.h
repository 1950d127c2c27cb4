#pragma once
// A one-line label that never asks for more width than a few characters: it
// draws its text elided ("Memory ban…") when the space is short and then
// carries the whole text as its tooltip, so that a narrow window neither
// grows nor hides what was cut. text() is always the whole text. A label may
// first shrink its font a little (setMinimumFontScale) before it cuts, and
// may offer shorter forms of its text (setText with shorter forms): it then
// draws the first form that fits whole, and cuts only the last.

#include <QLabel>

namespace deepplan::gui {

class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);

    void setText(const QString& text);
    /// The whole text, and shorter forms of it (longest first) to draw
    /// instead when the whole one would be cut; the tooltip then has the whole.
    void setText(const QString& text, const QStringList& shorter);
    /// The form of the text drawn at the current width (text() or a shorter one).
    [[nodiscard]] QString shownText() const;
    /// The tooltip shown when nothing is elided (the full text is added when it is).
    void setBaseToolTip(const QString& tip);
    /// Before cutting, draw the text in a smaller font, down to this fraction
    /// of the label's own (1 = never smaller, the default).
    void setMinimumFontScale(qreal scale);
    /// Wrap at word boundaries onto up to this many lines before cutting the
    /// last one (1 = one line, the default); the label is then as tall as
    /// the lines its text needs at its width (height for width).
    void setMaximumLines(int lines);
    [[nodiscard]] int maximumLines() const { return maxLines_; }
    /// Lines the text takes when drawn at `width` (at most maximumLines()).
    [[nodiscard]] int linesAt(int width) const;
    /// The font the text is drawn in at the current width.
    [[nodiscard]] QFont shownFont() const;
    /// Whether the last paint had to cut the text.
    [[nodiscard]] bool isElided() const;

    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateToolTip();
    /// The wrapped lines of `text` in `font` at `width`, the last one
    /// holding the rest when there are more than maximumLines().
    [[nodiscard]] QStringList wrapped(const QString& text, const QFont& font, qreal width) const;
    /// The font `text` is drawn in at `width` (contents width).
    [[nodiscard]] QFont fontFor(const QString& text, int width) const;
    /// Whether `text` is drawn whole (maybe smaller, maybe wrapped) at `width`.
    [[nodiscard]] bool fitsAt(const QString& text, int width) const;
    /// The form drawn at contents width `width`.
    [[nodiscard]] QString formAt(int width) const;

    int maxLines_ = 1;
    QStringList shorter_;

    QString baseTip_;
    qreal minScale_ = 1.0;
};

}  // namespace deepplan::gui
