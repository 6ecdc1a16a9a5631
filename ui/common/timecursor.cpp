#include "timecursor.h"

#include "core/format.h"
#include "snapshots/snapshotreplay.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

TimeCursor::TimeCursor(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_play(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_offset(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_player(new QTimer(this))
{
    setObjectName(u"timeCursor"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);

    m_back->setObjectName(u"timeCursorBack"_s);
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_back->setToolTip(tr("Back one block"));
    m_back->setAccessibleName(tr("Back one block"));
    m_play->setObjectName(u"timeCursorPlay"_s);
    m_play->setCheckable(true);
    m_forward->setObjectName(u"timeCursorForward"_s);
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_forward->setToolTip(tr("Forward one block"));
    m_forward->setAccessibleName(tr("Forward one block"));
    m_speed->setObjectName(u"timeCursorSpeed"_s);
    for (int s : {1, 10, 60})
        m_speed->addItem(tr("×%1").arg(s), s);
    m_speed->setToolTip(tr("Playback speed: snapshot seconds per real second"));
    m_slider->setObjectName(u"timeCursorSlider"_s);
    m_slider->setTracking(true);
    m_slider->setToolTip(tr("The moment every page shows: drag to replay the snapshot's window"));
    m_slider->setAccessibleName(tr("Time cursor"));
    m_time->setObjectName(u"timeCursorTime"_s);
    m_time->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_offset->setObjectName(u"timeCursorOffset"_s);

    auto *caption = new QLabel(tr("Time cursor:"), this);
    layout->addWidget(caption);
    layout->addWidget(m_back);
    layout->addWidget(m_play);
    layout->addWidget(m_forward);
    layout->addWidget(m_speed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_offset);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DragDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TimeCursor::applySlider);
    m_player->setInterval(PlayTickMs);
    connect(m_player, &QTimer::timeout, this, &TimeCursor::tick);

    connect(m_slider, &QSlider::valueChanged, this, &TimeCursor::onSliderMoved);
    connect(m_slider, &QSlider::sliderReleased, this, &TimeCursor::applySlider);
    connect(m_slider, &QSlider::sliderPressed, this, [this] { setPlaying(false); });
    connect(m_back, &QToolButton::clicked, this, &TimeCursor::stepBack);
    connect(m_forward, &QToolButton::clicked, this, &TimeCursor::stepForward);
    connect(m_play, &QToolButton::toggled, this, &TimeCursor::setPlaying);
    setPlaying(false);
    setReplay(nullptr);
}

TimeCursor::~TimeCursor() = default;

void TimeCursor::setReplay(SnapshotReplay *replay)
{
    if (m_replay)
        disconnect(m_replay, nullptr, this, nullptr);
    setPlaying(false);
    m_debounce->stop();
    m_replay = replay;
    setEnabled(replay != nullptr);
    if (!replay) {
        m_time->clear();
        m_offset->clear();
        return;
    }
    connect(replay, &SnapshotReplay::timeChanged, this, &TimeCursor::showTime);
    {
        const QSignalBlocker block(m_slider);
        const qint64 span = std::max<qint64>(0, replay->from().secsTo(replay->to()));
        m_slider->setRange(0, static_cast<int>(std::min<qint64>(span, std::numeric_limits<int>::max())));
        m_slider->setSingleStep(1);
        m_slider->setPageStep(std::max(1, static_cast<int>(span / 20)));
    }
    showTime(replay->time());
}

void TimeCursor::showTime(const QDateTime &at)
{
    if (!m_replay)
        return;
    if (!m_slider->isSliderDown()) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(static_cast<int>(m_replay->from().secsTo(at)));
    }
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    m_time->setText(locale.toString(local.date(), QLocale::ShortFormat) + u' ' + local.time().toString(u"HH:mm:ss"_s));
    m_time->setToolTip(tr("%1 UTC").arg(at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s)));
    const qint64 before = at.msecsTo(m_replay->to());
    m_offset->setText(before <= 0 ? tr("(capture time)") : tr("(%1 before capture)").arg(formatDuration(before)));
    updateButtons();
}

QDateTime TimeCursor::sliderTime() const
{
    if (!m_replay)
        return {};
    return m_slider->value() >= m_slider->maximum() ? m_replay->to() : m_replay->from().addSecs(m_slider->value());
}

void TimeCursor::onSliderMoved()
{
    if (!m_replay)
        return;
    if (m_slider->isSliderDown()) {
        // While dragging, the label follows the thumb; the pages follow once it rests for a moment.
        const QDateTime at = sliderTime();
        const QDateTime local = at.toLocalTime();
        m_time->setText(QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + local.time().toString(u"HH:mm:ss"_s));
        m_debounce->start();
    } else {
        applySlider();
    }
}

void TimeCursor::applySlider()
{
    m_debounce->stop();
    if (m_replay)
        m_replay->setTime(sliderTime());
}

bool TimeCursor::isPlaying() const
{
    return m_player->isActive();
}

void TimeCursor::setPlaying(bool playing)
{
    if (playing && m_replay && m_replay->time() >= m_replay->to())
        m_replay->setTime(m_replay->from()); // play from the start once at the end
    if (playing && m_replay) {
        m_playClock.start();
        m_player->start();
    } else {
        m_player->stop();
    }
    {
        const QSignalBlocker block(m_play);
        m_play->setChecked(isPlaying());
    }
    m_play->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(isPlaying() ? tr("Pause") : tr("Play the window from this moment"));
    m_play->setAccessibleName(m_play->toolTip());
}

int TimeCursor::speed() const
{
    return m_speed->currentData().toInt();
}

void TimeCursor::setSpeed(int speed)
{
    const int index = m_speed->findData(speed);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

void TimeCursor::tick()
{
    if (!m_replay) {
        setPlaying(false);
        return;
    }
    // Real time elapsed, so that a slow redraw does not slow the replay down.
    const qint64 elapsed = m_playClock.restart();
    const QDateTime next = m_replay->time().addMSecs(elapsed * speed());
    m_replay->setTime(next);
    if (m_replay->time() >= m_replay->to())
        setPlaying(false);
}

void TimeCursor::stepBack()
{
    if (!m_replay)
        return;
    setPlaying(false);
    m_replay->setTime(m_replay->previousBlock().value_or(m_replay->from()));
}

void TimeCursor::stepForward()
{
    if (!m_replay)
        return;
    setPlaying(false);
    m_replay->setTime(m_replay->nextBlock().value_or(m_replay->to()));
}

void TimeCursor::updateButtons()
{
    if (!m_replay)
        return;
    m_back->setEnabled(m_replay->time() > m_replay->from());
    m_forward->setEnabled(m_replay->time() < m_replay->to());
}
