#!/usr/bin/env bash
# packaging_desktop_files: the desktop file, the MIME type and the configured AppStream metainfo are valid.
# Usage: check_desktop_files.sh SOURCE_INSTALLER_DIR CONFIGURED_METAINFO
set -euo pipefail
src="$1"
metainfo="$2"
missing=()
for tool in desktop-file-validate appstreamcli xmllint; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing: ${missing[*]} (apt install desktop-file-utils appstream libxml2-utils)"
  [ "${CI:-}" = true ] && exit 1 || exit 77
fi
desktop-file-validate "$src/br.rbb.Sentinela.desktop"
echo "desktop-file-validate: ok"
# shared-mime-info's own schema is not shipped in Debian; a well-formed file with the glob and the icon is checked.
xmllint --noout "$src/br.rbb.Sentinela.mime.xml"
grep -q '<glob pattern="\*.sentinela"/>' "$src/br.rbb.Sentinela.mime.xml"
grep -q 'MimeType=application/x-sentinela-snapshot;' "$src/br.rbb.Sentinela.desktop"
echo "MIME type: ok"
# Errors and warnings fail; --pedantic would only add that the id (br.rbb.Sentinela, reverse DNS) has capitals.
appstreamcli validate --no-net --explain "$metainfo"
echo "appstreamcli validate: ok"
