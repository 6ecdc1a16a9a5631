#pragma once

#include <QWidget>

class Clock;
class FederationHealthModel;
class NetworkState;
class QLabel;
class QTableView;
class QTimer;
struct NetworkConfig;

// The federation matrix (level-2 endpoints x institutions), each cell with a glyph, text and the age of the data.
class FederationHealthWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FederationHealthWidget(Clock *clock = nullptr, QWidget *parent = nullptr);

    // Rows and columns from the network; the probe's replies are read from the state (may be null).
    void configure(const NetworkConfig &network, NetworkState *state);
    FederationHealthModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void updateEmpty();

    FederationHealthModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QTimer *m_ageTimer;
};
