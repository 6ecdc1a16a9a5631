#!/usr/bin/env bash
# The package on a clean Debian 12, as an institution installs it: a minimal bookworm root made with debootstrap
# (nothing of the build machine in it), then `apt install ./sentinela_*.deb` inside it, which must pull every
# dependency from Debian and put `sentinela` and `sentinela-cli` on PATH; both answer --version with the shipped
# data found from the installed location, the shipped profile validates and a snapshot file is given its MIME type.
# Needs root and Debian's package mirror (about 300 MB the first time); not part of CI for that reason.
#
#   installer/check_clean_install.sh DEB [ROOT]     ROOT defaults to /var/tmp/sentinela-bookworm (kept for reruns)
set -euo pipefail
deb="$(realpath "$1")"
root="${2:-/var/tmp/sentinela-bookworm}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
[ "$(id -u)" -eq 0 ] || { echo "check_clean_install: run as root (debootstrap and chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "check_clean_install: apt install debootstrap" >&2; exit 2; }

if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "== debootstrap bookworm (minbase) into $root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log"; exit 1; }
fi
# A fresh copy of the minimal root each run, so that an earlier install does not hide a missing dependency.
work="$root.run"
rm -rf "$work"
cp -a "$root" "$work"
cleanup() {
  for m in proc dev/pts dev; do umount "$work/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
mount -t proc proc "$work/proc"
mount --bind /dev "$work/dev"
mount --bind /dev/pts "$work/dev/pts"
cp /etc/resolv.conf "$work/etc/resolv.conf"
cp "$deb" "$work/tmp/"
name="$(basename "$deb")"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
in_root() { chroot "$work" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== apt install ./$name"
in_root apt-get update -q >/dev/null
start=$(date +%s)
if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$name" >"$work.apt.log" 2>&1; then
  tail -30 "$work.apt.log"
  exit 1
fi
echo "installed with $(grep -c '^Setting up' "$work.apt.log") packages in $(($(date +%s) - start)) s"

for exe in sentinela sentinela-cli; do
  where=$(in_root sh -c "command -v $exe" || true)
  [ "$where" = "/usr/bin/$exe" ] || fail "$exe is not on PATH (found: '$where')"
done
cli=$(in_root sentinela-cli --version 2>&1) || fail "sentinela-cli --version failed: $cli"
gui=$(in_root env QT_QPA_PLATFORM=offscreen sentinela --version 2>&1) || fail "sentinela --version failed: $gui"
echo "$cli" | sed 's/^/  sentinela-cli: /'
echo "$gui" | sed 's/^/  sentinela: /'
for out in "$cli" "$gui"; do
  grep -qF /usr/share/sentinela/profiles <<<"$out" || fail "the shipped profiles are not found from /usr/bin"
  grep -qF /usr/share/sentinela/checklists <<<"$out" || fail "the shipped checklists are not found from /usr/bin"
done
in_root sentinela-cli validate-config /usr/share/sentinela/profiles/rbb.yaml >/dev/null \
  || fail "the shipped profile does not validate"
# The MIME type is registered (shared-mime-info comes with the package's dependencies or not at all).
if in_root sh -c 'command -v update-mime-database' >/dev/null; then
  grep -q 'x-sentinela-snapshot' "$work/usr/share/mime/globs2" 2>/dev/null \
    || fail "application/x-sentinela-snapshot is not in the MIME database"
fi

echo "check_clean_install: $failures failures"
[ "$failures" -eq 0 ]
