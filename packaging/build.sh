#!/usr/bin/env bash
# Builds planboard's packages into target/package/.
#
#   bash packaging/build.sh [deb|tar|windows|all]     (default: all)
#
#   deb      Debian package  planboard_<version>_<arch>.deb     (staged tree + dpkg-deb)
#   tar      portable        planboard-<version>-linux-<cpu>.tar.gz
#   windows  installer       planboard-<version>-windows-x86_64-setup.exe   (NSIS)
#            portable        planboard-<version>-windows-x86_64.zip
#            cross-built from Linux with the x86_64-pc-windows-gnu target and MinGW-w64,
#            then checked (PE GUI subsystem, icon, version info) and, when wine64 and Xvfb
#            are installed, smoke-run under Wine (PLANBOARD_WINE=0 skips that).
#
# The Linux binary is linked against glibc 2.28 with cargo-zigbuild, so it runs on UOS and
# Kylin too; PLANBOARD_GLIBC=2.31 picks another floor, PLANBOARD_GLIBC= (empty) a plain
# cargo build (needs this machine's glibc). Honours CARGO_TARGET_DIR. Run as root (or with sudo)
# the first time: missing Debian packages (nsis, MinGW-w64, zip, …) and the Rust Windows
# target are installed on demand. packaging/README.md says what each artifact contains.
set -euo pipefail
shopt -s inherit_errexit

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
out=$root/target/package
win_target=x86_64-pc-windows-gnu

# The libraries the app opens with dlopen at run time (so ldd and dpkg-shlibdeps cannot see
# them), read from the sources of the crates that open them:
#   winit (X11):        libX11.so.6 libXcursor.so.1 libX11-xcb.so.1 libXi.so.6 (x11-dl),
#                       libxcb.so.1 (x11rb "dl-libxcb"), libxkbcommon-x11.so.0 (xkbcommon-dl)
#   winit (Wayland):    libwayland-client.so.0, libxkbcommon.so.0
#   glutin:             libEGL.so.1, libwayland-egl.so.1 (EGL on Wayland), libGL.so.1 (GLX)
# winit 0.30 talks XRandR through x11rb, not libXrandr; wayland-cursor is pure Rust.
runtime_depends=(
    libgl1 libegl1
    libx11-6 libx11-xcb1 libxcb1 libxcursor1 libxi6 libxkbcommon0 libxkbcommon-x11-0
    libwayland-client0 libwayland-egl1
)

log() { printf '\n== %s\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# Installs the Debian packages given that are not installed yet.
ensure_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "needs these Debian packages: ${missing[*]}"
        sudo_cmd=(sudo)
    fi
    log "installing ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# The app's version, from Cargo ("path+file:///…/crates/app#planboard@0.1.0").
app_version() {
    (cd "$root" && cargo pkgid -p planboard) | sed 's/.*[#@]//'
}

# Builds the release binary for the host into $linux_binary (once per run).
#
# By default it is built with cargo-zigbuild against glibc 2.28 (PLANBOARD_GLIBC), so it
# also runs on older Debian-based systems (UOS 20 / Debian 10: glibc 2.28; Kylin V10 /
# Ubuntu 20.04: 2.31); a plain build on Debian 12 would need glibc >= 2.35. cargo-zigbuild
# and zig come from PyPI into $CARGO_TARGET_DIR/zig-venv when not on PATH.
# PLANBOARD_GLIBC= (empty) makes a plain cargo build instead.
linux_binary=
build_linux_binary() {
    [ -n "$linux_binary" ] && return 0
    local host glibc=${PLANBOARD_GLIBC-2.28}
    host=$(rustc -vV | sed -n 's/^host: //p')
    if [ -n "$glibc" ]; then
        if ! command -v cargo-zigbuild >/dev/null 2>&1; then
            local venv=$CARGO_TARGET_DIR/zig-venv
            if [ ! -x "$venv/bin/cargo-zigbuild" ]; then
                ensure_packages python3 python3-venv
                log "installing cargo-zigbuild and ziglang (PyPI) into $venv"
                python3 -m venv "$venv"
                "$venv/bin/pip" install -q cargo-zigbuild ziglang
            fi
            export PATH=$venv/bin:$PATH
        fi
        log "cargo zigbuild --release -p planboard --target $host.$glibc"
        (cd "$root" && cargo zigbuild --release --locked -p planboard --target "$host.$glibc")
        linux_binary=$CARGO_TARGET_DIR/$host/release/planboard
    else
        log "cargo build --release -p planboard"
        (cd "$root" && cargo build --release --locked -p planboard)
        linux_binary=$CARGO_TARGET_DIR/release/planboard
    fi
    [ -x "$linux_binary" ] || die "no binary at $linux_binary"
}

# Installs the desktop integration files (desktop entry, MIME type, hicolor icons) under $1,
# a /usr-like prefix.
stage_desktop_files() {
    local prefix=$1 dir size
    install -Dm644 "$here/linux/planboard.desktop" "$prefix/share/applications/planboard.desktop"
    install -Dm644 "$here/linux/planboard-mime.xml" "$prefix/share/mime/packages/planboard.xml"
    for dir in "$root"/resources/icons/hicolor/*x*; do
        size=$(basename "$dir")
        install -Dm644 "$dir/apps/planboard.png" "$prefix/share/icons/hicolor/$size/apps/planboard.png"
        # The same picture for .planboard files in file managers.
        install -Dm644 "$dir/apps/planboard.png" \
            "$prefix/share/icons/hicolor/$size/mimetypes/application-x-planboard.png"
    done
}

# The newest glibc symbol version the binary $1 needs (e.g. 2.34).
glibc_needed() {
    objdump -T "$1" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1
}

# The Depends line: what the binary links (objdump's NEEDED, mapped by hand so that an
# unexpected new library stops the build) plus what it opens at run time.
deb_depends() {
    local binary=$1 lib deps=()
    deps+=("libc6 (>= $(glibc_needed "$binary"))")
    for lib in $(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }'); do
        case $lib in
            libc.so.6 | libm.so.6 | libdl.so.2 | libpthread.so.0 | librt.so.1 | ld-linux*) ;;
            libgcc_s.so.1) deps+=("libgcc-s1") ;;
            *) die "the binary links $lib: add its Debian package to deb_depends in build.sh" ;;
        esac
    done
    deps+=("${runtime_depends[@]}")
    local joined
    joined=$(printf '%s, ' "${deps[@]}")
    echo "${joined%, }"
}

build_deb() {
    ensure_packages dpkg binutils
    local binary version arch stage deb
    build_linux_binary
    binary=$linux_binary
    version=$(app_version)
    arch=$(dpkg --print-architecture)
    stage=$out/deb-root
    deb=$out/planboard_${version}_${arch}.deb
    log "staging $stage"
    rm -rf "$stage"
    install -Dm755 "$binary" "$stage/usr/bin/planboard"
    strip --strip-all "$stage/usr/bin/planboard"
    stage_desktop_files "$stage/usr"
    install -d "$stage/usr/share/doc/planboard"
    cat "$here/linux/copyright" "$root/resources/fonts/OFL.txt" >"$stage/usr/share/doc/planboard/copyright"
    chmod 644 "$stage/usr/share/doc/planboard/copyright"

    install -d "$stage/DEBIAN"
    install -m755 "$here/linux/postinst" "$here/linux/postrm" "$stage/DEBIAN/"
    (cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
    chmod 644 "$stage/DEBIAN/md5sums"
    local installed_size depends
    installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
    depends=$(deb_depends "$stage/usr/bin/planboard")
    sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" \
        -e "s/@INSTALLED_SIZE@/$installed_size/" -e "s/@DEPENDS@/$depends/" \
        "$here/linux/control.in" >"$stage/DEBIAN/control"

    log "dpkg-deb --build $deb"
    # xz, not zstd: older dpkg (Debian 10/11, UOS, Kylin) cannot read zstd members.
    dpkg-deb -Zxz --build --root-owner-group "$stage" "$deb"
    dpkg-deb -I "$deb"
    echo "binary: $(stat -c %s "$stage/usr/bin/planboard") bytes installed, needs glibc $(glibc_needed "$stage/usr/bin/planboard")"
    echo "deb:    $(stat -c %s "$deb") bytes  $deb"
}

build_tar() {
    ensure_packages binutils
    local binary version cpu name dir tarball glibc
    build_linux_binary
    binary=$linux_binary
    version=$(app_version)
    cpu=$(uname -m)
    name=planboard-$version-linux-$cpu
    dir=$out/$name
    tarball=$out/$name.tar.gz
    log "staging $dir"
    rm -rf "$dir"
    install -Dm755 "$binary" "$dir/planboard"
    strip --strip-all "$dir/planboard"
    glibc=$(glibc_needed "$dir/planboard")
    install -Dm644 "$here/linux/planboard.desktop" "$dir/planboard.desktop"
    install -Dm644 "$here/linux/planboard-mime.xml" "$dir/planboard-mime.xml"
    install -Dm644 "$root/resources/icons/planboard.png" "$dir/planboard.png"
    local size_dir
    for size_dir in "$root"/resources/icons/hicolor/*x*; do
        install -Dm644 "$size_dir/apps/planboard.png" "$dir/icons/hicolor/$(basename "$size_dir")/apps/planboard.png"
    done
    sed -e "s/@VERSION@/$version/g" -e "s/@GLIBC@/$glibc/g" "$here/linux/README.portable.txt" >"$dir/README.txt"
    log "tar $tarball"
    tar -C "$out" --sort=name --owner=0 --group=0 --numeric-owner -czf "$tarball" "$name"
    tar -tzvf "$tarball"
    echo "tar.gz: $(stat -c %s "$tarball") bytes  $tarball"
}

# --- Windows ---------------------------------------------------------------------------------

build_windows() {
    ensure_packages gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis zip python3
    if command -v rustup >/dev/null 2>&1; then
        rustup target list --installed | grep -qx "$win_target" || rustup target add "$win_target"
    fi
    local version exe name dir zipfile setup
    version=$(app_version)
    log "cargo build --release -p planboard --target $win_target"
    # PLANBOARD_REQUIRE_RESOURCES: crates/app/build.rs fails rather than leave out the icon.
    (cd "$root" && PLANBOARD_REQUIRE_RESOURCES=1 cargo build --release --locked -p planboard --target "$win_target")
    exe=$out/windows/planboard.exe
    install -Dm755 "$CARGO_TARGET_DIR/$win_target/release/planboard.exe" "$exe"
    x86_64-w64-mingw32-strip --strip-all "$exe"

    log "checking planboard.exe"
    python3 "$here/windows/check-pe.py" --gui --machine amd64 --resources "$exe"

    # The licence shown by the installer and shipped in the zip (CRLF for Notepad).
    sed 's/$/\r/' "$here/linux/copyright" "$root/resources/fonts/OFL.txt" >"$out/windows/LICENSE.txt"

    name=planboard-$version-windows-x86_64
    dir=$out/windows/$name
    zipfile=$out/$name.zip
    log "zip $zipfile"
    rm -rf "$dir" "$zipfile"
    install -d "$dir"
    cp "$exe" "$out/windows/LICENSE.txt" "$dir/"
    sed -e "s/@VERSION@/$version/g" -e 's/$/\r/' "$here/windows/README.portable.txt" >"$dir/README.txt"
    (cd "$out/windows" && zip -q -9 -r -X "$zipfile" "$name")
    unzip -l "$zipfile"

    setup=$out/$name-setup.exe
    log "makensis $setup"
    makensis -V2 -DVERSION="$version" -DEXE="$exe" -DICON="$root/resources/icons/planboard.ico" \
        -DLICENSE_FILE="$out/windows/LICENSE.txt" -DOUTFILE="$setup" "$here/windows/installer.nsi"
    python3 "$here/windows/check-pe.py" --gui --machine amd64 "$setup"

    if [ "${PLANBOARD_WINE:-1}" != 0 ] && [ -x /usr/lib/wine/wine64 ] && command -v Xvfb >/dev/null 2>&1; then
        bash "$here/windows/wine-smoke.sh" "$exe" "$setup" "$out/windows/wine"
    else
        log "Wine smoke run skipped (needs wine64 and xvfb; PLANBOARD_WINE=0 skips it)"
    fi
    echo "exe:       $(stat -c %s "$exe") bytes  $exe"
    echo "zip:       $(stat -c %s "$zipfile") bytes  $zipfile"
    echo "installer: $(stat -c %s "$setup") bytes  $setup"
}

main() {
    local what=${1:-all}
    mkdir -p "$out"
    case $what in
        deb) build_deb ;;
        tar) build_tar ;;
        windows) build_windows ;;
        all) build_deb; build_tar; build_windows ;;
        -h | --help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
        *) die "unknown artifact '$what' (deb, tar, windows or all)" ;;
    esac
}

main "$@"
