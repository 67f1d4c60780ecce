#!/usr/bin/env python3
"""Checks that files are Windows PE images of the expected kind.

    check-pe.py [--gui] [--machine amd64|i386] [--resources] FILE...

Prints, per file, the machine, the subsystem (2 = Windows GUI, 3 = console), and with
--resources the resource types found (icon, icon group, version info) and the version strings.
Exits 1 when a file is not a PE image or does not match what was asked for. Standard library
only, so it runs wherever Python 3 does.
"""
import argparse
import struct
import sys

MACHINES = {0x8664: "amd64", 0x14C: "i386", 0xAA64: "arm64"}
SUBSYSTEMS = {2: "Windows GUI", 3: "Windows console"}
RT_ICON, RT_GROUP_ICON, RT_VERSION, RT_MANIFEST = 3, 14, 16, 24


def parse(path):
    data = open(path, "rb").read()
    if data[:2] != b"MZ":
        raise ValueError("no MZ header")
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        raise ValueError("no PE signature")
    machine, nsections = struct.unpack_from("<HH", data, pe + 4)
    opt_size = struct.unpack_from("<H", data, pe + 20)[0]
    opt = pe + 24
    magic = struct.unpack_from("<H", data, opt)[0]  # 0x10B PE32, 0x20B PE32+
    subsystem = struct.unpack_from("<H", data, opt + 68)[0]
    dirs = opt + (112 if magic == 0x20B else 96)
    rsrc_rva, rsrc_size = struct.unpack_from("<II", data, dirs + 2 * 8)
    sections = []
    for i in range(nsections):
        s = opt + opt_size + 40 * i
        vsize, va, rawsize, rawptr = struct.unpack_from("<IIII", data, s + 8)
        sections.append((va, max(vsize, rawsize), rawptr))
    return data, machine, magic, subsystem, rsrc_rva, rsrc_size, sections


def rva_to_offset(sections, rva):
    for va, size, rawptr in sections:
        if va <= rva < va + size:
            return rawptr + rva - va
    raise ValueError("RVA %#x is in no section" % rva)


def resources(data, sections, rsrc_rva):
    """Returns {type id: [data bytes of each leaf]} from the resource directory."""
    base = rva_to_offset(sections, rsrc_rva)
    found = {}

    def leaves(offset):
        named, ids = struct.unpack_from("<HH", data, base + offset + 12)
        for i in range(named + ids):
            name, target = struct.unpack_from("<II", data, base + offset + 16 + 8 * i)
            if target & 0x80000000:
                yield from leaves(target & 0x7FFFFFFF)
            else:
                rva, size = struct.unpack_from("<II", data, base + target)
                start = rva_to_offset(sections, rva)
                yield data[start:start + size]

    named, ids = struct.unpack_from("<HH", data, base + 12)
    for i in range(named + ids):
        name, target = struct.unpack_from("<II", data, base + 16 + 8 * i)
        if target & 0x80000000 and not name & 0x80000000:
            found[name] = list(leaves(target & 0x7FFFFFFF))
    return found


def version_strings(blob):
    """The StringFileInfo key/value pairs of a VS_VERSIONINFO blob (UTF-16LE)."""
    pairs = {}
    text = blob.decode("utf-16-le", errors="replace")
    for key in ("CompanyName", "FileDescription", "FileVersion", "InternalName",
                "OriginalFilename", "ProductName", "ProductVersion", "LegalCopyright"):
        at = text.find(key + "\0")
        if at < 0:
            continue
        rest = text[at + len(key) + 1:].lstrip("\0")
        pairs[key] = rest.split("\0", 1)[0]
    return pairs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gui", action="store_true", help="require subsystem 2 (Windows GUI)")
    parser.add_argument("--machine", help="require this machine (amd64, i386, arm64)")
    parser.add_argument("--resources", action="store_true",
                        help="require an icon and version info, and print the version strings")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    ok = True
    for path in args.files:
        try:
            data, machine, magic, subsystem, rsrc_rva, _, sections = parse(path)
        except (OSError, ValueError, struct.error) as e:
            print("%s: NOT a PE image (%s)" % (path, e))
            ok = False
            continue
        kind = "PE32+" if magic == 0x20B else "PE32"
        mname = MACHINES.get(machine, hex(machine))
        sname = SUBSYSTEMS.get(subsystem, str(subsystem))
        print("%s: %s %s, subsystem %d (%s)" % (path, kind, mname, subsystem, sname))
        if args.gui and subsystem != 2:
            print("  FAIL: subsystem is %d, not 2 (Windows GUI)" % subsystem)
            ok = False
        if args.machine and mname != args.machine:
            print("  FAIL: machine is %s, not %s" % (mname, args.machine))
            ok = False
        if args.resources:
            try:
                found = resources(data, sections, rsrc_rva) if rsrc_rva else {}
            except (ValueError, struct.error) as e:
                found = {}
                print("  FAIL: unreadable resource directory (%s)" % e)
            print("  resources: %d icon image(s), %d icon group(s), version info: %s, manifest: %s"
                  % (len(found.get(RT_ICON, [])), len(found.get(RT_GROUP_ICON, [])),
                     "yes" if found.get(RT_VERSION) else "no",
                     "yes" if found.get(RT_MANIFEST) else "no"))
            for blob in found.get(RT_VERSION, [])[:1]:
                for key, value in version_strings(blob).items():
                    print("    %s = %s" % (key, value))
            if not found.get(RT_GROUP_ICON) or not found.get(RT_VERSION):
                print("  FAIL: icon or version info missing")
                ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
