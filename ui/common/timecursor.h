#pragma once

#include "snapshots/snapshotreplay.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

// The time cursor under the snapshot banner: a slider over the snapshot's window with the moment shown in local
// time, a block back / forward, and play at ×1, ×10 or ×60. It moves a SnapshotReplay; every page follows the state.
// Slider drags are debounced (the moment follows the thumb at most every DragDebounceMs); a release applies at once.
class TimeCursor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DragDebounceMs = 150;
    static constexpr int PlayTickMs = 250;

    explicit TimeCursor(QWidget *parent = nullptr);
    ~TimeCursor() override;

    // Not owned; nullptr detaches (the widget is then disabled).
    void setReplay(SnapshotReplay *replay);
    SnapshotReplay *replay() const { return m_replay; }

    bool isPlaying() const;
    void setPlaying(bool playing);
    int speed() const; // 1, 10 or 60
    void setSpeed(int speed);
    void stepBack();
    void stepForward();

    QSlider *slider() const { return m_slider; }
    QLabel *timeLabel() const { return m_time; }

private:
    void showTime(const QDateTime &at);
    void onSliderMoved();
    void applySlider();
    void tick();
    QDateTime sliderTime() const;
    void updateButtons();

    QPointer<SnapshotReplay> m_replay;
    QToolButton *m_back;
    QToolButton *m_play;
    QToolButton *m_forward;
    QComboBox *m_speed;
    QSlider *m_slider;
    QLabel *m_time;
    QLabel *m_offset;
    QTimer *m_debounce;
    QTimer *m_player;
    QElapsedTimer m_playClock;
};
