#!/usr/bin/env python3
"""Draws the planboard (招商目标看板) app icon.

An original design, drawn from scratch here: a blue rounded square holding a
small bar chart (pairs of a pale "target" bar and an orange "actual" bar)
with a white trend line rising to an arrow head.

Writes into OUT_DIR (default: the icons/ folder next to this file):
  planboard.png                         1024x1024 master
  hicolor/<N>x<N>/apps/planboard.png    N = 16 24 32 48 64 128 256 512
  planboard.ico                         16 24 32 48 64 128 256

Everything is drawn at 4096 px and scaled down with LANCZOS. Sizes of 32 px
and below use a simplified drawing (two bar pairs, no grid) so they stay crisp.

Usage: python3 make_icon.py [OUT_DIR]      (needs Pillow)
"""

import os
import sys

from PIL import Image, ImageDraw

BIG = 4096                     # drawing resolution
U = BIG / 1024.0               # design units are 1/1024 of the icon

BG_TOP = (37, 99, 168)         # calm blue, top of the gradient
BG_BOTTOM = (20, 58, 110)      # deeper blue, bottom
TARGET = (170, 201, 238)       # pale blue: planned / target
ACTUAL = (245, 158, 43)        # orange: actual
WHITE = (255, 255, 255)

SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def u(v):
    return int(round(v * U))


def rounded_mask(margin, radius):
    mask = Image.new("L", (BIG, BIG), 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        (u(margin), u(margin), BIG - 1 - u(margin), BIG - 1 - u(margin)),
        radius=u(radius), fill=255)
    return mask


def gradient():
    # vertical gradient, built from a 1-pixel-wide column
    col = Image.new("RGB", (1, 256))
    for y in range(256):
        t = y / 255.0
        col.putpixel((0, y), tuple(
            int(round(a + (b - a) * t)) for a, b in zip(BG_TOP, BG_BOTTOM)))
    return col.resize((BIG, BIG), Image.BICUBIC)


def layer():
    img = Image.new("RGBA", (BIG, BIG), (0, 0, 0, 0))
    return img, ImageDraw.Draw(img)


def grow_triangle(pts, g):
    """The triangle pts offset outwards by g (scaled about its incentre)."""
    (ax, ay), (bx, by), (cx, cy) = pts
    la = ((bx - cx) ** 2 + (by - cy) ** 2) ** 0.5
    lb = ((ax - cx) ** 2 + (ay - cy) ** 2) ** 0.5
    lc = ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5
    p = la + lb + lc
    ix, iy = (la * ax + lb * bx + lc * cx) / p, (la * ay + lb * by + lc * cy) / p
    area = abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2.0
    k = (2 * area / p + g) / (2 * area / p)
    return [(ix + (x - ix) * k, iy + (y - iy) * k) for x, y in pts]


def draw_icon(simple):
    margin = 40 if not simple else 24
    radius = 210 if not simple else 190
    mask = rounded_mask(margin, radius)

    img = Image.new("RGBA", (BIG, BIG), (0, 0, 0, 0))
    bg = gradient().convert("RGBA")
    img.paste(bg, (0, 0), mask)

    base_y = 800 if not simple else 820
    left, right = (196, 828) if not simple else (170, 854)

    # faint grid lines
    if not simple:
        grid, d = layer()
        for gy in (350, 500, 650):
            d.rounded_rectangle((u(left), u(gy - 4), u(right), u(gy + 4)),
                                radius=u(4), fill=(255, 255, 255, 34))
        img = Image.alpha_composite(img, grid)

    # bar pairs: (target height, actual height) in design units
    if simple:
        pairs = [(250, 200), (400, 350)]
        bar_w, pair_gap, inner_gap = 150, 84, 26
    else:
        pairs = [(250, 200), (340, 300), (450, 420)]
        bar_w, pair_gap, inner_gap = 82, 62, 16
    n = len(pairs)
    total = n * (2 * bar_w + inner_gap) + (n - 1) * pair_gap
    x = left + (right - left - total) / 2.0
    bars, d = layer()
    tops = []
    r = bar_w * 0.22
    for tgt, act in pairs:
        d.rounded_rectangle((u(x), u(base_y - tgt), u(x + bar_w), u(base_y + r)),
                            radius=u(r), fill=TARGET + (255,))
        x2 = x + bar_w + inner_gap
        d.rounded_rectangle((u(x2), u(base_y - act), u(x2 + bar_w), u(base_y + r)),
                            radius=u(r), fill=ACTUAL + (255,))
        tops.append((x2 + bar_w / 2.0, base_y - act))
        x = x2 + bar_w + pair_gap
    # cut the rounded bottoms flat at the base line
    cut = Image.new("L", (BIG, BIG), 0)
    ImageDraw.Draw(cut).rectangle((0, 0, BIG, u(base_y)), fill=255)
    bars.putalpha(Image.composite(bars.getchannel("A"), cut, cut))
    img = Image.alpha_composite(img, bars)

    # base line
    base, d = layer()
    th = 14 if not simple else 26
    d.rounded_rectangle((u(left - 10), u(base_y), u(right + 10), u(base_y + th)),
                        radius=u(th / 2), fill=WHITE + (235,))
    img = Image.alpha_composite(img, base)

    # rising trend line, above the bars, ending in an arrow head
    if simple:
        pts = [(190, 450), (470, 330), (810, 150)]
        lw, dot = 58, 0
    else:
        pts = [(210, 470), (390, 420), (560, 330), (700, 270), (800, 170)]
        lw, dot = 30, 30
    tip = pts[-1]
    prev = pts[-2]
    vx, vy = tip[0] - prev[0], tip[1] - prev[1]
    length = (vx * vx + vy * vy) ** 0.5
    vx, vy = vx / length, vy / length
    head_len, head_half = (110, 78) if not simple else (170, 125)
    # the line stops inside the head so its round cap does not poke out
    stop = (tip[0] - vx * head_len * 0.6, tip[1] - vy * head_len * 0.6)
    line_pts = pts[:-1] + [stop]

    b = (tip[0] - vx * head_len, tip[1] - vy * head_len)
    head_pts = [tip,
                (b[0] - vy * head_half, b[1] + vx * head_half),
                (b[0] + vy * head_half, b[1] - vx * head_half)]

    trend, d = layer()
    # a thin blue halo keeps the line readable where it crosses bars
    halo = lw + (26 if not simple else 30)
    for w, colour in ((halo, BG_BOTTOM + (150,)), (lw, WHITE + (255,))):
        pp = [(u(px), u(py)) for px, py in line_pts]
        d.line(pp, fill=colour, width=u(w), joint="curve")
        for px, py in (pp[0], pp[-1]):
            rr = u(w) / 2.0
            d.ellipse((px - rr, py - rr, px + rr, py + rr), fill=colour)
        head = grow_triangle(head_pts, (w - lw) / 2.0)
        d.polygon([(u(px), u(py)) for px, py in head], fill=colour)
    if dot:
        for px, py in pts[1:-1]:
            rr = dot
            d.ellipse((u(px - rr), u(py - rr), u(px + rr), u(py + rr)),
                      fill=WHITE + (255,))
            rr = dot * 0.5
            d.ellipse((u(px - rr), u(py - rr), u(px + rr), u(py + rr)),
                      fill=ACTUAL + (255,))
    img = Image.alpha_composite(img, trend)

    # keep everything inside the rounded square
    img.putalpha(Image.composite(img.getchannel("A"),
                                 Image.new("L", (BIG, BIG), 0), mask))
    return img


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "icons")
    os.makedirs(out, exist_ok=True)

    full = draw_icon(simple=False)
    simple = draw_icon(simple=True)

    def scaled(size):
        src = simple if size <= 32 else full
        return src.resize((size, size), Image.LANCZOS)

    scaled(1024).save(os.path.join(out, "planboard.png"), optimize=True)
    for s in SIZES:
        d = os.path.join(out, "hicolor", "%dx%d" % (s, s), "apps")
        os.makedirs(d, exist_ok=True)
        scaled(s).save(os.path.join(d, "planboard.png"), optimize=True)

    # .ico: give Pillow each size's own image (it would otherwise rescale
    # the first one); the largest goes first, the rest are appended.
    imgs = [scaled(s) for s in sorted(ICO_SIZES, reverse=True)]
    imgs[0].save(os.path.join(out, "planboard.ico"), format="ICO",
                 sizes=[(s, s) for s in sorted(ICO_SIZES)],
                 append_images=imgs[1:])
    print("icons written to", out)


if __name__ == "__main__":
    main()
