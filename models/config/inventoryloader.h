#pragma once

#include "configmessage.h"
#include "inventory.h"

#include <QByteArray>
#include <QCoreApplication>

struct InventoryLoadResult
{
    std::optional<Inventory> inventory; // set when there were no errors
    ConfigMessages messages;
};

// Reads the YAML profile. Every error names the file, the line and the field and says what was expected;
// unknown keys are warnings, so a newer profile still loads in an older Sentinela.
class InventoryLoader
{
    Q_DECLARE_TR_FUNCTIONS(InventoryLoader)

public:
    static InventoryLoadResult loadFile(const QString &path);
    static InventoryLoadResult parse(const QByteArray &yaml, const QString &fileName);
    // Writes a profile that loadFile() reads back to the same Inventory (used by importers and the devnet).
    static QByteArray toYaml(const Inventory &inventory);

private:
    static InventoryLoadResult parseDocument(const QByteArray &yaml, const QString &fileName);
};
