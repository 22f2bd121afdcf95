#!/usr/bin/env python3
"""Sanity-check generated files: every XML part well-formed, every archive readable.

Usage: python3 tools/gen/verify_outputs.py PATH...

Walks folders, opens .zip/.docx/.pptx/.odt/.odp/.tar/.tar.gz members recursively and
parses every .xml/.rels part with xml.dom.minidom.  Files whose names say they are broken
on purpose (the fixture list below) are skipped.  Exits 1 on the first class of failure.
"""

import io
import os
import sys
import tarfile
import xml.dom.minidom
import zipfile

DELIBERATELY_BROKEN = {"truncated.zip", "malformed-xml.docx", "encrypted.zip", "password-protected.docx",
                       "legacy.doc", "legacy.ppt", "zero.docx", "not-really.docx", "not-really.pdf",
                       "corrupt.docx", "bomb.zip", "bundle.7z", "device.tar"}
ZIP_LIKE = (".zip", ".docx", ".pptx", ".odt", ".odp")


def check_bytes(name, data, problems, depth=0):
    base = os.path.basename(name.split("!")[-1])
    if base in DELIBERATELY_BROKEN or depth > 6:
        return 0
    checked = 0
    if name.endswith(ZIP_LIKE):
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            problems.append("%s: %s" % (name, exc))
            return 0
        for member in zf.namelist():
            if member.endswith("/"):
                continue
            checked += check_bytes(name + "!" + member, zf.read(member), problems, depth + 1)
    elif name.endswith((".tar", ".tar.gz", ".tgz")):
        with tarfile.open(fileobj=io.BytesIO(data)) as tf:
            for member in tf.getmembers():
                if member.isfile():
                    checked += check_bytes(name + "!" + member.name, tf.extractfile(member).read(), problems, depth + 1)
    elif name.endswith((".xml", ".rels")):
        try:
            xml.dom.minidom.parseString(data)
            checked += 1
        except Exception as exc:  # noqa: BLE001 - report any parser failure
            problems.append("%s: %s" % (name, exc))
    elif name.endswith(".pdf"):
        if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
            problems.append("%s: not a complete PDF" % name)
    return checked


def main(paths):
    problems, checked = [], 0
    for root in paths:
        files = [root] if os.path.isfile(root) else sorted(
            os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs)
        for path in files:
            with open(path, "rb") as f:
                checked += check_bytes(path, f.read(), problems)
    for p in problems:
        print("FAIL", p)
    print("verify_outputs: %d XML parts well-formed, %d problems" % (checked, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["."]))
