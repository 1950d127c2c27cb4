#include "widgets/elided_label.h"

#include <algorithm>

#include <QPainter>
#include <QResizeEvent>
#include <QStyle>
#include <QStyleOption>

namespace deepplan::gui {

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setWordWrap(false);
}

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent) : ElidedLabel(parent) { setText(text); }

void ElidedLabel::setText(const QString& text)
{
    QLabel::setText(text);
    updateToolTip();
}

void ElidedLabel::setBaseToolTip(const QString& tip)
{
    baseTip_ = tip;
    updateToolTip();
}

bool ElidedLabel::isElided() const
{
    const QRect r = contentsRect();
    return r.width() > 0 && fontMetrics().horizontalAdvance(text()) > r.width();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    const int few = fontMetrics().horizontalAdvance(QStringLiteral("MMM…"));
    const QMargins m = contentsMargins();
    return {std::min(full.width(), few + m.left() + m.right()), full.height()};
}

void ElidedLabel::paintEvent(QPaintEvent* event)
{
    if (!isElided()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    const QRect r = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, r.width());
    style()->drawItemText(&painter, r, static_cast<int>(alignment().toInt()), option.palette, isEnabled(), shown, foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    if (isElided()) setToolTip(baseTip_.isEmpty() ? text() : text() + QStringLiteral("\n\n") + baseTip_);
    else setToolTip(baseTip_);
}

}  // namespace deepplan::gui
