// Fuzz target for the profile reader (models/config/InventoryLoader): any bytes as a YAML profile. An unusable
// profile must come with an error message; a usable one written back with toYaml() must load again.
// Seeds: resources/profiles and tests/fixtures/import.
#include "fuzzsupport.h"

#include "config/inventoryloader.h"

#include <cstdint>

using namespace Qt::StringLiterals;
using fuzzsupport::violated;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml = fuzzsupport::view(data, size).toByteArray();
    const InventoryLoadResult loaded = InventoryLoader::parse(yaml, u"fuzz.yaml"_s);
    bool anyError = false;
    for (const ConfigMessage &m : loaded.messages) {
        if (m.toString().isEmpty())
            violated("an empty message");
        anyError = anyError || m.severity == ConfigMessage::Severity::Error;
    }
    if (!loaded.inventory) {
        if (!anyError)
            violated("a profile rejected without an error");
        return 0;
    }
    if (anyError)
        violated("a profile loaded despite an error");
    const InventoryLoadResult again
        = InventoryLoader::parse(InventoryLoader::toYaml(*loaded.inventory), u"again.yaml"_s);
    if (!again.inventory)
        violated("toYaml() wrote a profile that does not load");
    return 0;
}
