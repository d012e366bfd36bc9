#!/usr/bin/env bash
# Builds dist/handset_VERSION_ARCH.deb: a release `handset` with the Swift runtime and Foundation linked in
# (--static-swift-stdlib), so the target machine needs no Swift; its man page, generated from the command's own
# help; and its bash, zsh and fish completions. Depends lists the Debian packages of the shared libraries the
# binary still links (ldd, then dpkg -S), so `apt-get install ./handset_*.deb` pulls exactly those.
#
# Needs: Swift 6, dpkg-deb, python3, and the build dependencies of the README. Environment:
#   HANDSET_PACKAGE_SCRATCH  the build folder (default .build-release, kept between runs)
#   HANDSET_PACKAGE_OUT      where the .deb goes (default dist)
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/.*static let number = "\(.*\)".*/\1/p' Sources/HandsetCLI/Version.swift)
[ -n "$version" ] || { echo "package.sh: no version in Sources/HandsetCLI/Version.swift" >&2; exit 1; }
arch=$(dpkg --print-architecture)
scratch=${HANDSET_PACKAGE_SCRATCH:-.build-release}
out=${HANDSET_PACKAGE_OUT:-dist}

swift build -c release --product handset --static-swift-stdlib --scratch-path "$scratch"
binary="$scratch/release/handset"

# Refuse a binary that would need the toolchain: no Swift runtime or Foundation library may be linked.
if ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime'; then
  echo "package.sh: the binary links Swift libraries dynamically (above); it would not run without Swift" >&2
  exit 1
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
chmod 0755 "$stage"   # the package's root: mktemp's 0700 would be recorded for /
install -D -m 0755 "$binary" "$stage/usr/bin/handset"
strip --strip-unneeded "$stage/usr/bin/handset"

man="$stage/usr/share/man/man1"
mkdir -p "$man"
"$binary" --experimental-dump-help | python3 scripts/manpage.py "$version" > "$man/handset.1"
gzip -9n "$man/handset.1"

install -d "$stage/usr/share/bash-completion/completions" "$stage/usr/share/zsh/vendor-completions" \
  "$stage/usr/share/fish/vendor_completions.d" "$stage/usr/share/doc/handset"
"$binary" --generate-completion-script bash > "$stage/usr/share/bash-completion/completions/handset"
"$binary" --generate-completion-script zsh > "$stage/usr/share/zsh/vendor-completions/_handset"
"$binary" --generate-completion-script fish > "$stage/usr/share/fish/vendor_completions.d/handset.fish"
install -m 0644 README.md "$stage/usr/share/doc/handset/README.md"

# One Debian package per linked library (the loader and libc come with libc6).
depends=$(ldd "$binary" | awk '/=> \// { print $3 } /ld-linux/ && !/=>/ { print $1 }' | while read -r lib; do
  dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib"
done | cut -d: -f1 | sort -u | paste -sd, - | sed 's/,/, /g')
size=$(du -sk "$stage/usr" | cut -f1)

mkdir -p "$stage/DEBIAN"
cat > "$stage/DEBIAN/control" <<EOF
Package: handset
Version: $version
Architecture: $arch
Maintainer: Handset developers <handset@example.invalid>
Installed-Size: $size
Depends: $depends
Section: admin
Priority: optional
Homepage: https://example.invalid/handset
Description: static configuration compiler for auto-provisioning desk IP phones
 Handset validates a fleet of YAML files (tenants, SIP extensions, devices, line
 keys, contacts) and compiles it into per-MAC provisioning files for Yealink,
 Snom and Htek phones plus the nginx configuration that protects them.
EOF

mkdir -p "$out"
deb="$out/handset_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb ($(du -h "$deb" | cut -f1); Depends: $depends)"
