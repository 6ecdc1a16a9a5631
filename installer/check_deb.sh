#!/usr/bin/env bash
# packaging_deb: builds the .deb from this build directory with CPack and checks what an operator gets: the files,
# the dependencies dpkg-shlibdeps filled in, and the extracted executables answering --version with the shipped data
# found relative to themselves. Usage: check_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
src="$2"
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null; then
    echo "missing: $tool (apt install cmake dpkg-dev)"
    [ "${CI:-}" = true ] && exit 1 || exit 77
  fi
done
out="$build/installer/deb-test"
rm -rf "$out"
mkdir -p "$out"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

start=$(date +%s)
# gzip instead of the default xz: the same contents, a fraction of the time (the test has 60 s).
(cd "$build" && cpack -G DEB -B "$out" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$out/cpack.log" 2>&1) || {
  cat "$out/cpack.log"
  exit 1
}
deb=$(ls "$out"/sentinela_*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) in $(($(date +%s) - start)) s"

contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
expected=(
  ./usr/bin/sentinela
  ./usr/bin/sentinela-cli
  ./usr/share/sentinela/profiles/rbb.yaml
  ./usr/share/applications/br.rbb.Sentinela.desktop
  ./usr/share/metainfo/br.rbb.Sentinela.metainfo.xml
  ./usr/share/mime/packages/br.rbb.Sentinela.xml
  ./usr/share/icons/hicolor/scalable/apps/br.rbb.Sentinela.svg
  ./usr/share/icons/hicolor/scalable/mimetypes/application-x-sentinela-snapshot.svg
  ./usr/share/sentinela/screenshots/overview.png
)
if command -v rsvg-convert >/dev/null; then
  for size in 16 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/br.rbb.Sentinela.png")
    expected+=("./usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-sentinela-snapshot.png")
  done
fi
[ -d "$src/resources/checklists" ] && expected+=(./usr/share/sentinela/checklists/)
for path in "${expected[@]}"; do
  grep -qxF "$path" <<<"$contents" || fail "$path is not in the package"
done
grep -q 'sentinela-devnet' <<<"$contents" && fail "the simulator (sentinela-devnet) is in the package"
echo "contents: ${#expected[@]} expected paths checked"

info=$(dpkg-deb -I "$deb")
depends=$(sed -n 's/^ Depends: //p' <<<"$info")
echo "Depends: $depends"
# From dpkg-shlibdeps (the libraries the executables link) and from the package's own list (run-time plugins).
for dep in libc6 libstdc++6 libqt6core6 libqt6widgets6 libqt6charts6 libqt6websockets6 libqt6keychain1 \
  libyaml-cpp0.7 libsecp256k1 libcrypto++8 libqt6sql6-sqlite libqt6svg6; do
  grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done
grep -q '(>= ' <<<"$depends" || fail "Depends has no versioned dependency: dpkg-shlibdeps did not run"

root="$out/root"
dpkg-deb -x "$deb" "$root"
profiles="$root/usr/share/sentinela/profiles"
check_version() { # check_version NAME OUTPUT
  echo "$2" | sed "s/^/  $1: /"
  grep -q "^$1 [0-9]" <<<"$2" || fail "$1 --version does not print its version"
  grep -qF "$profiles" <<<"$2" || fail "$1 does not find the shipped profiles beside itself ($profiles)"
  if [ -d "$src/resources/checklists" ]; then
    grep -qF "$root/usr/share/sentinela/checklists" <<<"$2" || fail "$1 does not find the shipped checklists"
  fi
}
check_version sentinela-cli "$("$root/usr/bin/sentinela-cli" --version 2>&1)" || fail "sentinela-cli --version failed"
check_version sentinela "$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/sentinela" --version 2>&1)" \
  || fail "sentinela --version failed"
# Without any display at all, as on a server or in a package's smoke test.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/sentinela" --version >/dev/null 2>&1 \
  || fail "sentinela --version needs a display"
"$root/usr/bin/sentinela-cli" validate-config "$profiles/rbb.yaml" >/dev/null \
  || fail "the shipped profile does not validate"

echo "packaging_deb: $failures failures in $(($(date +%s) - start)) s"
[ "$failures" -eq 0 ]
