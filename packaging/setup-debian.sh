#!/usr/bin/env bash
# Installs what planboard needs to build, test and run on a fresh Debian or Ubuntu machine.
# Run as root or with sudo available. Safe to run again: it installs only what is missing.
#
#   bash packaging/setup-debian.sh          # build + run + test dependencies
#
# The app links no -dev packages; at run time winit and glow open the X11/Wayland and GL
# libraries dynamically, so those are installed here. Xvfb and ImageMagick let the app run
# and be screenshotted with no monitor; mesa-vulkan-drivers gives a software GPU for image
# snapshot tests; zenity is rfd's file-dialog fallback where no desktop portal runs.
set -euo pipefail

packages=(
    ca-certificates pkg-config gcc
    libgl1 libegl1 libx11-6 libx11-xcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon0
    libxkbcommon-x11-0 libwayland-client0 libwayland-egl1
    mesa-vulkan-drivers
    xvfb x11-apps imagemagick zenity
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
        echo "setup-debian.sh: run as root or install sudo" >&2; exit 1; fi
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
    if [ -x "$HOME/.cargo/bin/cargo" ]; then
        echo "cargo is in ~/.cargo/bin: add it to PATH (source \"\$HOME/.cargo/env\")" >&2
    else
        echo "Rust is missing: install it with rustup (https://rustup.rs), Rust 1.85 or newer," >&2
        echo "then run this script again." >&2
    fi
    exit 1
fi
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
    if command -v rustup >/dev/null 2>&1; then rustup component add rustfmt clippy; fi
fi
echo "== ready: $(cargo --version)"
