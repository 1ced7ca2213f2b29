#!/usr/bin/env bash
# Sets up Reelkeeper on Debian 12 from nothing: installs the Debian packages that are missing,
# builds into build/ at the repository root, then either opens the app or runs the test suite.
#
#   scripts/setup.sh run [ARGS...]   build, then start build/bin/reelkeeper ARGS (the default catalog)
#   scripts/setup.sh test            build, then run every test with CTest, then fuzz the CSV reader
#                                    for 30 s (tests/fuzz, built with clang++ into build/fuzz)
set -euo pipefail

mode=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 libqt6opengl6-dev qt6-image-formats-plugins qt6-qpa-plugins
    libsqlite3-dev sqlite3 libsodium-dev libxkbcommon-dev libgl-dev
    librsvg2-bin  # rsvg-convert renders the PNG icons (packaging/CMakeLists.txt)
)
# The tests also fuzz the CSV reader: libFuzzer and the sanitizer runtimes are in libclang-rt-dev,
# which clang only recommends.
# tst_package builds the Debian package with CPack (its dependencies come from dpkg-shlibdeps, in
# dpkg-dev, run on the files `file` says are ELF) and validates its desktop entry, AppStream
# metainfo and man page.
if [[ $mode == test ]]; then
    packages+=(clang libclang-rt-dev dpkg-dev file desktop-file-utils appstream man-db)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
# CI treats warnings as errors; elsewhere the same flags serve both modes, so switching between
# run and test does not rebuild everything.
werror=OFF
[[ ${CI:-} == true ]] && werror=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREELKEEPER_WERROR=$werror
cmake --build build --parallel "$jobs"

case $mode in
run)
    exec build/bin/reelkeeper "$@"
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir build --output-on-failure --parallel "$jobs" "$@"
    # Every CSV a user picks goes through CsvReader, so CI also fuzzes it briefly: libFuzzer with
    # AddressSanitizer and UBSan, on a copy of the seed corpus so that the repository stays as it
    # is. A crash, a sanitizer report or a broken round trip ends the fuzzer, and so the script,
    # with a failure; the input that did it is left in build/fuzz/artifacts/.
    cmake -S tests/fuzz -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++
    cmake --build build/fuzz --parallel "$jobs"
    rm -rf build/fuzz/corpus build/fuzz/artifacts
    cp -r tests/fuzz/corpus build/fuzz/corpus
    mkdir build/fuzz/artifacts
    build/fuzz/fuzz_csvreader -max_total_time=30 -print_final_stats=1 -dict=tests/fuzz/csv.dict \
        -artifact_prefix=build/fuzz/artifacts/ build/fuzz/corpus
    ;;
*)
    echo "usage: scripts/setup.sh run|test" >&2
    exit 2
    ;;
esac
