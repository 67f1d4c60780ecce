#!/usr/bin/env bash
# Reproduces the bundled resources of planboard:
#   resources/fonts/NotoSansSC-Regular.otf  (GB2312 subset of Noto Sans CJK SC, OFL)
#   resources/fonts/OFL.txt                 (its licence)
#   resources/icons/...                     (app icon, drawn by resources/make_icon.py)
#
# Usage:  bash resources/make_resources.sh [fonts|icons|all]   (default: all)
#
# Needs: python3 + pip (fonttools, pillow) and Debian's fonts-noto-cjk and
# fonts-noto-core packages; missing pieces are installed (apt-get needs root).
# Nothing here is needed to build the app: the outputs are committed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FONTS="$HERE/fonts"
ICONS="$HERE/icons"
WHAT="${1:-all}"

CJK_TTC=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
CJK_FACE=2   # face index of "Noto Sans CJK SC" inside the TTC (checked below)
SYM_TTF=/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf
OUT_FONT="$FONTS/NotoSansSC-Regular.otf"

PY="${PYTHON:-python3}"

need_pip() {
    # $1 = import name, $2 = pip package
    if ! "$PY" -c "import $1" 2>/dev/null; then
        "$PY" -m pip install --quiet "$2"
    fi
}

need_apt() {
    # $1 = file that must exist, $2 = Debian package that ships it
    if [ ! -f "$1" ]; then
        if [ -z "${APT_UPDATED:-}" ]; then
            apt-get update -q
            APT_UPDATED=1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2"
    fi
}

make_fonts() {
    need_pip fontTools fonttools
    need_apt "$CJK_TTC" fonts-noto-cjk
    need_apt "$SYM_TTF" fonts-noto-core
    mkdir -p "$FONTS"
    local tmp
    tmp="$(mktemp -d)"
    trap 'rm -rf "${tmp:-}"; trap - RETURN' RETURN
    trap 'rm -rf "${tmp:-}"' EXIT

    # 1. The code points to keep.
    "$PY" - "$tmp/unicodes.txt" <<'EOF'
import sys

cps = set()
# All of GB2312: rows 0xA1..0xF7, cells 0xA1..0xFE (6763 hanzi + 682 symbols).
gb = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            gb.update(map(ord, bytes([hi, lo]).decode("gb2312")))
        except UnicodeDecodeError:
            pass
cps |= gb
ranges = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation (— … ‘’ “” • ‰ ※ …)
    (0x20A0, 0x20BF),  # Currency symbols (€ …)
    (0x2100, 0x214F),  # Letterlike (℃ № ™ …)
    (0x2150, 0x218F),  # Number forms (Ⅰ–Ⅻ, ⅰ–ⅹ)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical operators (≥ ≤ ≠ ± …)
    (0x2460, 0x24FF),  # Enclosed alphanumerics (①–⑳, ⑴, ⒈ …)
    (0x2500, 0x257F),  # Box drawing
    (0x2580, 0x259F),  # Block elements
    (0x25A0, 0x25FF),  # Geometric shapes (▲ ▼ ● ■ ◆ ○ …)
    (0x2600, 0x26FF),  # Misc symbols (★ ☆ …)
    (0x2700, 0x27BF),  # Dingbats (✓ ✗ ✔ ✖ ✘ come from Noto Sans Symbols 2, step 4)
    (0x3000, 0x303F),  # CJK symbols & punctuation
    (0x3200, 0x32FF),  # Enclosed CJK (㈠ ㊣ …)
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # Half-/full-width forms
]
for a, b in ranges:
    cps.update(range(a, b + 1))
# Noto Sans CJK's thin ✓ does not match Noto Sans Symbols 2's ✗: both come
# from the latter (step 4), so leave the CJK one out.
cps.discard(0x2713)
with open(sys.argv[1], "w") as f:
    for c in sorted(cps):
        f.write("U+%04X\n" % c)
print("requested code points: %d (GB2312: %d, of which hanzi: %d)"
      % (len(cps), len(gb), sum(1 for c in gb if 0x4E00 <= c <= 0x9FFF)))
EOF

    # 2. Check that face $CJK_FACE really is the Simplified Chinese one.
    "$PY" - "$CJK_TTC" "$CJK_FACE" <<'EOF'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1], fontNumber=int(sys.argv[2]), lazy=True)
name = f["name"].getDebugName(4)
print("source face:", name, "|", f["name"].getDebugName(5))
assert name == "Noto Sans CJK SC", name
EOF

    # 3. Subset: hinting stripped; CFF subroutines kept (--desubroutinize gives
    #    a ~50 KB larger file here); of the OpenType layout features only
    #    'kern' is kept (egui does no shaping, and the default feature set
    #    pulls in ~6000 alternate glyphs: vert, locl, jp78, ...); vertical
    #    metrics tables dropped (egui lays out horizontally only).
    "$PY" -m fontTools.subset "$CJK_TTC" \
        --font-number="$CJK_FACE" \
        --unicodes-file="$tmp/unicodes.txt" \
        --no-hinting \
        --layout-features='kern' \
        --name-IDs='0,1,2,3,4,5,6,13,14' \
        --name-languages='*' \
        --notdef-outline \
        --drop-tables+=VORG,vhea,vmtx,BASE \
        --output-file="$tmp/subset.otf"

    # 4. Noto Sans CJK has no ✗ ✔ ✖ ✘ (and a thin ✓ that does not match):
    #    copy ✓ ✗ ✔ ✖ ✘ (OFL too, same 1000 units/em) from Noto Sans Symbols 2
    #    into the CFF.
    "$PY" - "$tmp/subset.otf" "$SYM_TTF" "$OUT_FONT" <<'EOF'
import sys
from fontTools.ttLib import TTFont
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.boundsPen import BoundsPen

dst = TTFont(sys.argv[1])
src = TTFont(sys.argv[2])
out = sys.argv[3]
assert dst["head"].unitsPerEm == src["head"].unitsPerEm == 1000

cff = dst["CFF "].cff
top = cff.topDictIndex[0]
cs = top.CharStrings
src_cmap = src.getBestCmap()
src_gs = src.getGlyphSet()
dst_cmaps = [t for t in dst["cmap"].tables if t.isUnicode()]
order = dst.getGlyphOrder()
is_cid = hasattr(top, "ROS")
# the FD used by ★ (a symbol) in the CJK font; 0 if the font is not CID-keyed
fd = 0
if is_cid:
    check = dst.getBestCmap()[0x2605]
    fd = top.FDSelect[order.index(check)]
private = top.FDArray[fd].Private if is_cid else top.Private
vmtx = dst["vmtx"] if "vmtx" in dst else None
added = []
for cp in (0x2713, 0x2717, 0x2714, 0x2716, 0x2718):
    if cp in dst.getBestCmap():
        continue
    sname = src_cmap[cp]
    width = src["hmtx"][sname][0]
    pen = T2CharStringPen(width, src_gs)
    src_gs[sname].draw(pen)
    charstring = pen.getCharString(private=private, globalSubrs=cff.GlobalSubrs)
    if is_cid:
        # glyph names of a CID font are its CIDs: take the next free one
        next_cid = max(int(g[3:]) for g in order if g.startswith("cid")) + 1
        gname = "cid%05d" % next_cid
    else:
        gname = "uni%04X" % cp
    order.append(gname)
    cs.charStringsIndex.append(charstring)
    cs.charStrings[gname] = len(cs.charStringsIndex) - 1
    if is_cid:
        top.FDSelect.append(fd)
    if top.charset is not order:  # usually the very same list
        top.charset.append(gname)
    dst["hmtx"][gname] = (width, src["hmtx"][sname][1])
    if vmtx is not None:
        # vertical advance 1 em; top side bearing from the 880-unit ascent
        bp = BoundsPen(src_gs)
        src_gs[sname].draw(bp)
        ymax = bp.bounds[3] if bp.bounds else 0
        vmtx[gname] = (1000, int(round(880 - ymax)))
    for t in dst_cmaps:
        t.cmap[cp] = gname
    added.append("U+%04X %s" % (cp, chr(cp)))
dst.setGlyphOrder(order)
dst["maxp"].numGlyphs = len(order)
assert len(top.charset) == len(order) == len(cs.charStringsIndex)
assert not is_cid or len(top.FDSelect) == len(order)
dst.save(out)
# read everything back and draw every glyph, so a broken CFF fails here
chk = TTFont(out)
gs = chk.getGlyphSet()
for g in chk.getGlyphOrder():
    gs[g].draw(BoundsPen(gs))
assert chk.getGlyphOrder() == order
print("added from Noto Sans Symbols 2:", ", ".join(added) or "nothing")
EOF

    # 5. Licence text: copyright line from the font + the OFL 1.1 text from
    #    the Debian package's copyright file.
    "$PY" - "$CJK_TTC" "$CJK_FACE" "$FONTS/OFL.txt" <<'EOF'
import re, sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1], fontNumber=int(sys.argv[2]), lazy=True)
text = open("/usr/share/doc/fonts-noto-cjk/copyright", encoding="utf-8").read()
# the stand-alone "License: SIL-1.1" paragraph (the one with the full text)
m = max(re.finditer(r"^License: SIL-1\.1\n((?: .*\n)+)", text, re.M),
        key=lambda m: len(m.group(1)))
body = []
for line in m.group(1).splitlines():
    line = line[1:] if line.startswith(" ") else line
    body.append("" if line == "." else line)
with open(sys.argv[3], "w", encoding="utf-8") as out:
    out.write("NotoSansSC-Regular.otf is a subset of Noto Sans CJK SC 2.004:\n")
    # nameID 0 reads "© 2014-2021 Adobe (http://www.adobe.com/)."
    out.write("Copyright %s\n" % f["name"].getDebugName(0).lstrip("© ").strip())
    out.write("(Noto Sans CJK is Adobe's Source Han Sans under another name; the\n"
              "Adobe release reserves the font name 'Source', which this subset\n"
              "does not use.)\n\n")
    out.write("Glyphs U+2713 U+2714 U+2716 U+2717 U+2718 taken from Noto Sans Symbols 2:\n")
    out.write("Copyright 2017 Google Inc. All Rights Reserved.\n\n")
    out.write("This Font Software is licensed under the SIL Open Font License, Version 1.1.\n")
    out.write("This license is copied below, and is also available with a FAQ at:\n")
    out.write("https://openfontlicense.org\n\n")
    out.write("\n".join(body).strip("\n") + "\n")
EOF

    # 6. Verify.
    "$PY" - "$OUT_FONT" <<'EOF'
import os, sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
cmap = f.getBestCmap()
must = ("招商目标看板新签约项目超亿元计划总投资实际到位资金外出招商次数完成率序时进度"
        "十三五十四五十五五街道镇园区「（）：—％」…‘’“”①⑳≥≤▲▼●■★✓✗×，。、；！？ÀéØ¥")
missing = [c for c in must if ord(c) not in cmap]
assert not missing, "missing glyphs: %r" % missing
gb = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            gb.update(map(ord, bytes([hi, lo]).decode("gb2312")))
        except UnicodeDecodeError:
            pass
gb_missing = sorted(c for c in gb if c not in cmap)
assert not gb_missing, "GB2312 missing: %s" % " ".join("U+%04X" % c for c in gb_missing)
for a, b in ((0x20, 0x7E), (0xA1, 0xFF), (0xFF01, 0xFF5E), (0x3000, 0x3011)):
    miss = [c for c in range(a, b + 1) if c not in cmap]
    assert not miss, "missing in U+%04X..U+%04X: %s" % (a, b, miss)
print("%s: %d bytes, %d glyphs, %d code points mapped, all %d GB2312 characters present"
      % (os.path.basename(sys.argv[1]), os.path.getsize(sys.argv[1]),
         f["maxp"].numGlyphs, len(cmap), len(gb)))
EOF
}

make_icons() {
    need_pip PIL pillow
    "$PY" "$HERE/make_icon.py" "$ICONS"
}

case "$WHAT" in
    fonts) make_fonts ;;
    icons) make_icons ;;
    all)   make_fonts; make_icons ;;
    *)     echo "usage: $0 [fonts|icons|all]" >&2; exit 2 ;;
esac
