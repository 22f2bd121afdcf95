#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs what the build needs (only what is
# missing), builds, and then runs what was asked.
#   tools/run.sh check BUNDLE [showcase options]   build, then `showcase check BUNDLE`
#   tools/run.sh test                              build, then the whole test suite
#   tools/run.sh bench                             build, then the benchmark (bench/README.md)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

# libarchive is linked statically (cmake/ShowcaseStaticArchive.cmake), so the static archives of
# its decompressors come from their own -dev packages, which libarchive-dev does not pull in.
build_packages=(build-essential cmake ninja-build pkg-config ccache python3 catch2 libpoco-dev
  libboost-dev libboost-filesystem-dev libicu-dev libarchive-dev libpoppler-cpp-dev libavformat-dev
  nettle-dev liblzma-dev libbz2-dev libzstd-dev zlib1g-dev libstemmer-dev)
# The HTML report's end-to-end test drives Debian's chromium headless over the DevTools protocol
# on a pipe; the JSON report is validated against its schema with python3-jsonschema.
test_packages=(p7zip-full zip unzip chromium fonts-dejavu-core python3-jsonschema)
bench_packages=(pandoc unzip time)

install_missing() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

build() {
  cmake --preset default >/dev/null
  cmake --build --preset default -j "$(nproc)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
  check)
    [ $# -ge 1 ] || { echo "usage: tools/run.sh check BUNDLE [options]" >&2; exit 64; }
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build >&2
    exec build/bin/showcase check "$@"
    ;;
  test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build
    ctest --preset default
    ;;
  bench)
    install_missing "${build_packages[@]}" "${bench_packages[@]}"
    build >&2
    exec bench/run.sh "$@"
    ;;
  *)
    echo "usage: tools/run.sh check BUNDLE [options] | test | bench" >&2
    exit 64
    ;;
esac
