#pragma once

#include <QPointer>
#include <QWidget>

class IncidentBook;
class OverviewModel;
class QFrame;
class QGridLayout;
class QLabel;
class QVBoxLayout;

// The wall's first page: the network's answer to "is it working?" readable from across the room. Three key figures
// (chain status with the height, time since the last block, validators sealing k of N with the fault-tolerance
// margin), nodes up by institution, and the open incidents with their SLA countdowns. Every figure and level comes
// from the OverviewModel's verdict (judgeNetwork), as on the desktop's Overview; this is another arrangement of it.
class WallOverview : public QWidget
{
    Q_OBJECT
public:
    explicit WallOverview(OverviewModel *model, QWidget *parent = nullptr);
    ~WallOverview() override;

    void setIncidentBook(IncidentBook *book);
    // The fonts follow the screen's height, not this widget's (a banner may take part of it).
    void setScreenHeight(int height);
    int screenHeight() const { return m_screenHeight; }

    // For tests: the labels by role.
    QLabel *statusFigure() const { return m_figures[0]; }
    QLabel *lastBlockFigure() const { return m_figures[1]; }
    QLabel *validatorsFigure() const { return m_figures[2]; }
    QStringList institutionTexts() const;
    QStringList incidentTexts() const;

    void refresh();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFonts();
    void updateInstitutions();
    void updateIncidents();
    QLabel *addRow(QVBoxLayout *layout, QList<QLabel *> &rows, int index);

    OverviewModel *m_model;
    QPointer<IncidentBook> m_book;
    int m_screenHeight = 1080;
    QLabel *m_network;
    QLabel *m_verdict;
    QFrame *m_tiles[3];
    QString m_captionTexts[3];
    QLabel *m_captions[3];
    QLabel *m_figures[3];
    QLabel *m_details[3];
    QLabel *m_institutionsTitle;
    QLabel *m_incidentsTitle;
    QVBoxLayout *m_institutionRows;
    QVBoxLayout *m_incidentRows;
    QList<QLabel *> m_institutionLabels;
    QList<QLabel *> m_incidentLabels;
    QLabel *m_footer;
};
