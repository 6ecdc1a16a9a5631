#pragma once

// The devnet started with the profile it writes, loaded as the product loads a profile: what most tests that run the
// devnet begin with.

#include "devnetprocess.h"

#include "config/inventoryloader.h"

#include <optional>

namespace testsupport {

// Starts sentinela-devnet with `arguments` plus "--port-base 0 --config-out profilePath", waits for it to be ready
// and loads the profile it wrote. On failure returns nullopt with the reason appended to *log.
inline std::optional<Inventory> startDevnetWithProfile(QProcess &process, const QString &binary,
    const QStringList &arguments, const QString &profilePath, QByteArray *log, int timeoutMs = 60000)
{
    const QStringList all = arguments
        + QStringList {QStringLiteral("--port-base"), QStringLiteral("0"), QStringLiteral("--config-out"), profilePath};
    if (!startDevnet(process, binary, all, log, timeoutMs))
        return std::nullopt;
    InventoryLoadResult loaded = InventoryLoader::loadFile(profilePath);
    if (!loaded.inventory || !loaded.inventory->active()) {
        *log += "\nthe devnet's profile does not load:";
        for (const ConfigMessage &m : loaded.messages)
            *log += '\n' + m.toString().toUtf8();
        return std::nullopt;
    }
    return std::move(loaded.inventory);
}

// The node of `network` named `name` (a default NodeConfig, with an empty name, when there is none).
inline NodeConfig nodeNamed(const NetworkConfig &network, const QString &name)
{
    for (const NodeConfig &n : network.nodes) {
        if (n.name == name)
            return n;
    }
    return {};
}

} // namespace testsupport
