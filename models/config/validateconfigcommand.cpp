#include "validateconfigcommand.h"

#include "inventoryloader.h"

#include <QCoreApplication>
#include <QTextStream>

int validateConfigCommand(const QString &path, QTextStream &out, QTextStream &err)
{
    const InventoryLoadResult result = InventoryLoader::loadFile(path);
    for (const ConfigMessage &m : result.messages)
        err << m.toString() << '\n';
    if (!result.inventory) {
        err << QCoreApplication::translate("validate-config", "%1: invalid profile").arg(path) << '\n';
        return 2;
    }
    const Inventory &inv = *result.inventory;
    out << QCoreApplication::translate("validate-config", "%1: valid profile, %n network(s), active: %2", nullptr,
        static_cast<int>(inv.networks.size()))
               .arg(path, inv.activeNetwork)
        << '\n';
    for (const NetworkConfig &net : inv.networks) {
        out << QCoreApplication::translate(
            "validate-config", "  %1 (chainId %2, %3, %4 s): %5 institutions, %6 nodes, %7 Prometheus endpoints")
                   .arg(net.name)
                   .arg(net.chainId)
                   .arg(consensusKey(net.consensus))
                   .arg(net.blockPeriodSeconds)
                   .arg(net.institutions.size())
                   .arg(net.nodes.size())
                   .arg(net.prometheus.size())
            << '\n';
    }
    return 0;
}
