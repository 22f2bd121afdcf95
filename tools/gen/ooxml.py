"""Deterministic writers for the Office documents and bundles the showcase tests use.

Everything here uses the Python standard library only and produces byte-identical output
on every run: zip entries carry a fixed timestamp and a fixed order, tar members a fixed
mtime/owner, gzip streams mtime 0, and document properties fixed dates.

Writers:
  Docx   - WordprocessingML (Transitional, or ISO Strict with strict=True)
  Pptx   - PresentationML with masters, layouts, notes and hidden slides
  odt_bytes / Odp - minimal OpenDocument text and presentation
  pdf_bytes - multi-page text PDF (Helvetica, WinAnsi), extractable by poppler
  png_bytes / Canvas - tiny RGB PNG with a 5x7 bitmap font
  wav_bytes - short 8 kHz mono tone
  zip_bytes / tar_bytes / gzip_bytes / cfb_bytes - containers

XML is assembled as strings on purpose: the output has to look like what Word or
PowerPoint writes (prefixes, element order), which ElementTree would not preserve.
"""

import gzip
import io
import math
import re
import struct
import tarfile
import textwrap
import wave
import zipfile
import zlib
from xml.sax.saxutils import escape as _sax_escape

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
TAR_MTIME = 1767225600  # 2026-01-01T00:00:00Z
DOC_DATE = "2026-01-01T09:00:00Z"
GENERATOR = "showcase tools/gen"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def esc(text):
    """Escape text for element content and double-quoted attributes."""
    return _sax_escape(str(text), {'"': "&quot;"})


class X(str):
    """Marks a string as ready-made XML so builders do not escape it again."""


def xml_join(items):
    return X("".join(items))


# ---------------------------------------------------------------------------
# Containers
# ---------------------------------------------------------------------------

def zip_bytes(files, first=(), stored=(), unix=False, dirs=()):
    """Build a zip from {name: bytes}.

    Entries listed in `first` come first in the given order (ODF wants `mimetype`
    first); the rest are sorted so the output never depends on dict order.
    `stored` names are written uncompressed.  `unix` marks entries as made on Unix
    with 0644/0755 modes, as an archiver would; Office packages leave it off.
    """
    buf = io.BytesIO()
    names = [n for n in first if n in files]
    names += sorted(n for n in files if n not in names)
    with zipfile.ZipFile(buf, "w") as zf:
        for d in sorted(dirs):
            info = zipfile.ZipInfo(d.rstrip("/") + "/", ZIP_TIME)
            info.create_system = 3 if unix else 0
            info.external_attr = (0o40755 << 16) | 0x10 if unix else 0x10
            zf.writestr(info, b"")
        for name in names:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.create_system = 3 if unix else 0
            info.external_attr = (0o100644 << 16) if unix else 0
            data = files[name]
            zf.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def tar_bytes(files, dirs=(), uname="apprentice"):
    """Build an uncompressed tar from {name: bytes} with fixed owner and mtime."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        for d in sorted(dirs):
            tf.addfile(_tar_info(d.rstrip("/"), tarfile.DIRTYPE, 0o755, 0, uname))
        for name in sorted(files):
            data = files[name]
            data = data.encode("utf-8") if isinstance(data, str) else data
            tf.addfile(_tar_info(name, tarfile.REGTYPE, 0o644, len(data), uname), io.BytesIO(data))
    return buf.getvalue()


def _tar_info(name, kind, mode, size, uname):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.mode = mode
    info.size = size
    info.mtime = TAR_MTIME
    info.uid = info.gid = 1000
    info.uname = info.gname = uname
    return info


def gzip_bytes(data):
    """gzip with mtime 0 and no stored file name, so the header never varies."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Compound File Binary (OLE2): legacy .doc/.ppt and encrypted OOXML containers
# ---------------------------------------------------------------------------

_FREESECT, _ENDOFCHAIN, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR, _MINI, _CUTOFF = 512, 64, 4096


def cfb_bytes(streams):
    """Write a version-3 Compound File holding {path: bytes}.

    Paths may contain '/' to place a stream inside storages.  Streams under the
    4096-byte cutoff go to the mini stream, as the specification requires, so the
    file is well-formed for strict readers, not just magic-correct.
    """
    tree = {"name": "Root Entry", "type": 5, "kids": {}}
    for path, data in streams.items():
        node = tree
        parts = path.split("/")
        for part in parts[:-1]:
            node = node["kids"].setdefault(part, {"name": part, "type": 1, "kids": {}})
        node["kids"][parts[-1]] = {"name": parts[-1], "type": 2, "data": data, "kids": {}}

    entries = []
    _cfb_flatten(tree, entries)

    big, mini = [], []
    for e in entries:
        if e["type"] == 2:
            (big if len(e["data"]) >= _CUTOFF else mini).append(e)

    sectors = []  # list of 512-byte blocks
    fat = []

    def alloc(data):
        n = max(1, -(-len(data) // _SECTOR))
        start = len(sectors)
        padded = data.ljust(n * _SECTOR, b"\0")
        for i in range(n):
            sectors.append(padded[i * _SECTOR:(i + 1) * _SECTOR])
            fat.append(start + i + 1 if i < n - 1 else _ENDOFCHAIN)
        return start

    for e in big:
        e["start"] = alloc(e["data"])

    mini_stream = b""
    minifat = []
    for e in mini:
        n = max(1, -(-len(e["data"]) // _MINI))
        start = len(mini_stream) // _MINI
        e["start"] = start
        mini_stream += e["data"].ljust(n * _MINI, b"\0")
        minifat += [start + i + 1 if i < n - 1 else _ENDOFCHAIN for i in range(n)]
    root = entries[0]
    if mini_stream:
        root["start"] = alloc(mini_stream)
        root["size"] = len(mini_stream)
        minifat_start = alloc(b"".join(struct.pack("<I", v) for v in minifat).ljust(
            -(-len(minifat) * 4 // _SECTOR) * _SECTOR, b"\xff"))
        minifat_count = -(-len(minifat) * 4 // _SECTOR)
    else:
        root["start"], root["size"] = _ENDOFCHAIN, 0
        minifat_start, minifat_count = _ENDOFCHAIN, 0

    dir_blob = b"".join(_cfb_dir_entry(e) for e in entries)
    while len(dir_blob) % _SECTOR:
        dir_blob += _cfb_dir_entry(None)
    dir_start = alloc(dir_blob)

    nfat = 1
    while (len(sectors) + nfat) > nfat * (_SECTOR // 4):
        nfat += 1
    if nfat > 109:
        raise ValueError("compound file too large for a header-only DIFAT")
    fat_start = len(sectors)
    fat += [_FATSECT] * nfat
    fat += [_FREESECT] * (nfat * (_SECTOR // 4) - len(fat))
    fat_blob = b"".join(struct.pack("<I", v) for v in fat)
    for i in range(nfat):
        sectors.append(fat_blob[i * _SECTOR:(i + 1) * _SECTOR])

    difat = [fat_start + i for i in range(nfat)] + [_FREESECT] * (109 - nfat)
    header = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, nfat, dir_start, 0, _CUTOFF,
                          minifat_start, minifat_count, _ENDOFCHAIN, 0)
    header += b"".join(struct.pack("<I", v) for v in difat)
    assert len(header) == _SECTOR
    return header + b"".join(sectors)


def _cfb_key(name):
    return (len(name), name.upper())


def _cfb_flatten(node, out):
    """Number entries depth-first and link each storage's children as a balanced tree."""
    node["id"] = len(out)
    out.append(node)
    kids = sorted(node["kids"].values(), key=lambda k: _cfb_key(k["name"]))
    for k in kids:
        k.setdefault("left", _NOSTREAM)
        k.setdefault("right", _NOSTREAM)
    for k in kids:
        _cfb_flatten(k, out)
    node["child"] = _cfb_balance(kids)
    if node["type"] == 2:
        node["size"] = len(node["data"])


def _cfb_balance(kids):
    if not kids:
        return _NOSTREAM
    mid = len(kids) // 2
    kids[mid]["left"] = _cfb_balance(kids[:mid])
    kids[mid]["right"] = _cfb_balance(kids[mid + 1:])
    return kids[mid]["id"]


def _cfb_dir_entry(e):
    if e is None:
        return (b"\0" * 64 + struct.pack("<HBBIII", 0, 0, 0, _NOSTREAM, _NOSTREAM, _NOSTREAM)
                + b"\0" * 36 + struct.pack("<IQ", 0, 0))
    name = e["name"].encode("utf-16-le") + b"\0\0"
    start = e.get("start", _ENDOFCHAIN if e["type"] != 1 else 0)
    size = e.get("size", 0)
    return (name.ljust(64, b"\0")
            + struct.pack("<HBBIII", len(name), e["type"], 1,
                          e.get("left", _NOSTREAM), e.get("right", _NOSTREAM), e["child"])
            + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
            + struct.pack("<IQ", start, size))


# ---------------------------------------------------------------------------
# Shared OPC pieces
# ---------------------------------------------------------------------------

_TRANSITIONAL = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
    "app_rel": "extended-properties",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
}
_STRICT = {
    "w": "http://purl.oclc.org/ooxml/wordprocessingml/main",
    "r": "http://purl.oclc.org/ooxml/officeDocument/relationships",
    "rel": "http://purl.oclc.org/ooxml/officeDocument/relationships/",
    "app_rel": "extendedProperties",
    "wp": "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
    "a": "http://purl.oclc.org/ooxml/drawingml/main",
    "ep": "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    "vt": "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
}
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_CT = "application/vnd.openxmlformats-officedocument."


def rels_xml(rels):
    """rels: list of (id, type_uri, target[, 'External'])."""
    out = [XML_DECL, '<Relationships xmlns="%s">' % _PKG_REL]
    for rel in rels:
        mode = ' TargetMode="External"' if len(rel) > 3 else ""
        out.append('<Relationship Id="%s" Type="%s" Target="%s"%s/>' % (rel[0], rel[1], esc(rel[2]), mode))
    out.append("</Relationships>")
    return "".join(out)


def content_types_xml(overrides, defaults=()):
    out = [XML_DECL, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
           '<Default Extension="xml" ContentType="application/xml"/>']
    for ext, ctype in defaults:
        out.append('<Default Extension="%s" ContentType="%s"/>' % (ext, ctype))
    for part, ctype in sorted(overrides):
        out.append('<Override PartName="%s" ContentType="%s"/>' % (part, ctype))
    out.append("</Types>")
    return "".join(out)


def core_xml(title, author, created=DOC_DATE, modified=DOC_DATE, revision=3):
    return (XML_DECL +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>"
            "<cp:revision>%d</cp:revision>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            "</cp:coreProperties>" % (esc(title), esc(author), esc(author), revision, created, modified))


def app_xml(ns, fields):
    """Extended properties; `fields` is an ordered list of (element, value)."""
    body = "".join("<%s>%s</%s>" % (k, esc(v), k) for k, v in fields)
    return XML_DECL + '<Properties xmlns="%s" xmlns:vt="%s">%s</Properties>' % (ns["ep"], ns["vt"], body)


def whitespace_words(text):
    return len(text.split())


# ---------------------------------------------------------------------------
# WordprocessingML fragments
# ---------------------------------------------------------------------------

def _text_runs_inner(text, tag="w:t"):
    """Turn text into w:t / w:tab / w:br children, as Word splits them."""
    out = []
    for li, line in enumerate(text.split("\n")):
        if li:
            out.append("<w:br/>")
        for ti, piece in enumerate(line.split("\t")):
            if ti:
                out.append("<w:tab/>")
            if piece:
                space = ' xml:space="preserve"' if piece != piece.strip() else ""
                out.append("<%s%s>%s</%s>" % (tag, space, esc(piece), tag))
    return "".join(out)


def rpr(bold=False, italic=False, underline=False, hidden=False, style=None, size=None,
        color=None, superscript=False, lang=None):
    parts = []
    if style:
        parts.append('<w:rStyle w:val="%s"/>' % style)
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if hidden:
        parts.append("<w:vanish/>")
    if color:
        parts.append('<w:color w:val="%s"/>' % color)
    if size:
        parts.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2))
    if underline:
        parts.append('<w:u w:val="single"/>')
    if superscript:
        parts.append('<w:vertAlign w:val="superscript"/>')
    if lang:
        parts.append('<w:lang w:val="%s"/>' % lang)
    return "<w:rPr>%s</w:rPr>" % "".join(parts) if parts else ""


def run(text, deleted=False, **fmt):
    """One w:r.  Tabs and newlines become w:tab and w:br."""
    return X("<w:r>%s%s</w:r>" % (rpr(**fmt), _text_runs_inner(text, "w:delText" if deleted else "w:t")))


def _content(content):
    if isinstance(content, X):
        return content
    if isinstance(content, str):
        return run(content) if content else X("")
    return xml_join(c if isinstance(c, X) else run(c) for c in content)


def ppr(style=None, num=None, align=None, outline=None, keep_next=False, page_break_before=False,
        spacing_after=None):
    parts = []
    if style:
        parts.append('<w:pStyle w:val="%s"/>' % style)
    if keep_next:
        parts.append("<w:keepNext/>")
    if page_break_before:
        parts.append("<w:pageBreakBefore/>")
    if num:
        parts.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0]))
    if spacing_after is not None:
        parts.append('<w:spacing w:after="%d"/>' % spacing_after)
    if align:
        parts.append('<w:jc w:val="%s"/>' % align)
    if outline is not None:
        parts.append('<w:outlineLvl w:val="%d"/>' % outline)
    return "<w:pPr>%s</w:pPr>" % "".join(parts) if parts else ""


def para(content="", **kw):
    """A w:p; content is text, an X fragment, or a list mixing both."""
    return X("<w:p>%s%s</w:p>" % (ppr(**kw), _content(content)))


def page_break():
    return X('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')


def tab():
    return X("<w:r><w:tab/></w:r>")


def complex_field(instr, result, **fmt):
    """Field as Word writes it: begin / instrText / separate / result / end."""
    r = rpr(**fmt)
    return X('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r>%s<w:instrText xml:space="preserve">%s</w:instrText></w:r>'
             '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
             '%s'
             '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
             % (r, r, esc(instr), r, run(result, **fmt), r))


def simple_field(instr, result):
    return X('<w:fldSimple w:instr="%s">%s</w:fldSimple>' % (esc(instr), run(result)))


def inserted(text, rev_id, author="Reviewer", date=DOC_DATE):
    return X('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (rev_id, esc(author), date, run(text)))


def deleted(text, rev_id, author="Reviewer", date=DOC_DATE):
    return X('<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>'
             % (rev_id, esc(author), date, run(text, deleted=True)))


def sdt_block(paragraphs, sdt_id, tag="", alias=""):
    return X("<w:sdt><w:sdtPr>%s%s<w:id w:val=\"%d\"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>"
             % ('<w:alias w:val="%s"/>' % esc(alias) if alias else "",
                '<w:tag w:val="%s"/>' % esc(tag) if tag else "", sdt_id, "".join(paragraphs)))


def sdt_inline(text, sdt_id, tag="", alias=""):
    return X("<w:sdt><w:sdtPr>%s%s<w:id w:val=\"%d\"/><w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>"
             % ('<w:alias w:val="%s"/>' % esc(alias) if alias else "",
                '<w:tag w:val="%s"/>' % esc(tag) if tag else "", sdt_id, run(text)))


def table(rows, header=True, widths=None, style="TableGrid"):
    """rows: list of lists of cells; a cell is text, an X fragment or a list of paragraphs."""
    ncols = max(len(r) for r in rows)
    widths = widths or [9026 // ncols] * ncols
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>' % style]
    out += ['<w:gridCol w:w="%d"/>' % w for w in widths]
    out.append("</w:tblGrid>")
    for ri, row in enumerate(rows):
        is_head = header and ri == 0
        out.append("<w:tr>%s" % ("<w:trPr><w:tblHeader/></w:trPr>" if is_head else ""))
        for ci in range(ncols):
            cell = row[ci] if ci < len(row) else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>' % widths[ci])
            if isinstance(cell, list):
                out.append("".join(cell) or "<w:p/>")
            elif isinstance(cell, X):
                out.append(cell)
            else:
                out.append(para(run(cell, bold=is_head) if cell else ""))
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return X("".join(out))


_VML_TEXTBOX_TYPE = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                     'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                     '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def textbox_run(paragraphs, shape_id, width_emu=2360930, height_emu=1404620):
    """A floating text box the way Word 2010+ saves it.

    The same w:txbxContent appears twice: once in the DrawingML choice and once in the
    VML fallback for older readers.  A reader must take one branch only.
    """
    content = "".join(paragraphs)
    pt_w, pt_h = width_emu / 12700.0, height_emu / 12700.0
    choice = ('<mc:Choice Requires="wps"><w:drawing>'
              '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
              'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
              '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:align>right</wp:align>'
              '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
              '</wp:positionV><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
              '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="%d" name="Text Box %d"/>'
              '<wp:cNvGraphicFramePr/><a:graphic>'
              '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
              '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
              '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/>'
              '</a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
              '<a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr>'
              '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
              '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
              'bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
              '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
              % (251659264 + shape_id, width_emu, height_emu, shape_id, shape_id,
                 width_emu, height_emu, content))
    # Word defines the VML text box shape type once, on the first text box.
    shapetype = _VML_TEXTBOX_TYPE if shape_id == 1 else ""
    fallback = ('<mc:Fallback><w:pict>%s<v:shape id="Text Box %d" o:spid="_x0000_s%d" type="#_x0000_t202" '
                'style="position:absolute;margin-left:0;margin-top:0;width:%.1fpt;height:%.1fpt;'
                'z-index:%d;visibility:visible;mso-wrap-style:square;mso-position-horizontal:right;'
                'mso-position-horizontal-relative:text;mso-position-vertical:absolute;'
                'mso-position-vertical-relative:text;v-text-anchor:top">'
                '<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>%s</w:txbxContent></v:textbox>'
                '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>'
                % (shapetype, shape_id, 1025 + shape_id, pt_w, pt_h, 251659264 + shape_id, content))
    return X("<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>"
             % (choice, fallback))


# ---------------------------------------------------------------------------
# styles.xml
# ---------------------------------------------------------------------------

def paragraph_style(style_id, name, based_on="Normal", outline=None, size=None, bold=False,
                    color=None, space_before=None, space_after=None, ui=None, extra_ppr="",
                    link=None, default=False, hidden=False):
    ppr_parts = []
    if outline is not None:
        ppr_parts.append("<w:keepNext/><w:keepLines/>")
    if space_before is not None or space_after is not None:
        ppr_parts.append('<w:spacing w:before="%d" w:after="%d"/>' % (space_before or 0, space_after or 0))
    ppr_parts.append(extra_ppr)
    if outline is not None:
        ppr_parts.append('<w:outlineLvl w:val="%d"/>' % outline)
    rpr_parts = []
    if bold:
        rpr_parts.append("<w:b/><w:bCs/>")
    if color:
        rpr_parts.append('<w:color w:val="%s"/>' % color)
    if size:
        rpr_parts.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2))
    return X('<w:style w:type="paragraph"%s w:styleId="%s"><w:name w:val="%s"/>%s%s%s%s%s%s%s</w:style>'
             % (' w:default="1"' if default else "", style_id, esc(name),
                '<w:basedOn w:val="%s"/>' % based_on if based_on else "",
                '<w:next w:val="Normal"/>' if outline is not None else "",
                '<w:link w:val="%s"/>' % link if link else "",
                '<w:uiPriority w:val="%d"/>' % ui if ui is not None else "",
                "<w:semiHidden/><w:unhideWhenUsed/>" if hidden else "<w:qFormat/>",
                "<w:pPr>%s</w:pPr>" % "".join(ppr_parts) if "".join(ppr_parts) else "",
                "<w:rPr>%s</w:rPr>" % "".join(rpr_parts) if rpr_parts else ""))


def character_style(style_id, name, rpr_xml, based_on="DefaultParagraphFont"):
    return X('<w:style w:type="character" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/>'
             '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr>%s</w:rPr></w:style>'
             % (style_id, esc(name), based_on, rpr_xml))


def _strictify(xml, ns):
    """ISO Strict renames a few Transitional attribute values (left/right become start/end)."""
    if ns is not _STRICT:
        return xml
    for old, new in ((' w:left="', ' w:start="'), (' w:right="', ' w:end="'), ("<w:left ", "<w:start "),
                     ("<w:right ", "<w:end "), ('<w:lvlJc w:val="left"/>', '<w:lvlJc w:val="start"/>'),
                     ('w:val="right" w:pos=', 'w:val="end" w:pos=')):
        xml = xml.replace(old, new)
    return xml


def styles_xml(ns, extra=()):
    s = [paragraph_style("Normal", "Normal", based_on=None, default=True),
         paragraph_style("Heading1", "heading 1", outline=0, size=16, color="2F5496",
                         space_before=240, space_after=0, ui=9),
         paragraph_style("Heading2", "heading 2", outline=1, size=13, color="2F5496",
                         space_before=40, space_after=0, ui=9, hidden=False),
         paragraph_style("Heading3", "heading 3", outline=2, size=12, color="1F3763",
                         space_before=40, space_after=0, ui=9),
         paragraph_style("Title", "Title", size=28, space_after=0, ui=10,
                         extra_ppr="<w:contextualSpacing/>"),
         paragraph_style("Subtitle", "Subtitle", size=14, color="5A5A5A", ui=11),
         paragraph_style("ListParagraph", "List Paragraph", ui=34,
                         extra_ppr='<w:ind w:left="720"/><w:contextualSpacing/>'),
         paragraph_style("FootnoteText", "footnote text", size=10, hidden=True,
                         extra_ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'),
         paragraph_style("EndnoteText", "endnote text", size=10, space_after=0, hidden=True),
         paragraph_style("CommentText", "annotation text", size=10, hidden=True),
         paragraph_style("Header", "header", hidden=True,
                         extra_ppr='<w:tabs><w:tab w:val="center" w:pos="4513"/>'
                                   '<w:tab w:val="right" w:pos="9026"/></w:tabs>'),
         paragraph_style("Footer", "footer", hidden=True,
                         extra_ppr='<w:tabs><w:tab w:val="center" w:pos="4513"/>'
                                   '<w:tab w:val="right" w:pos="9026"/></w:tabs>'),
         character_style("FootnoteReference", "footnote reference", '<w:vertAlign w:val="superscript"/>'),
         character_style("EndnoteReference", "endnote reference", '<w:vertAlign w:val="superscript"/>'),
         character_style("CommentReference", "annotation reference", '<w:sz w:val="16"/><w:szCs w:val="16"/>'),
         character_style("Hyperlink", "Hyperlink", '<w:color w:val="0563C1"/><w:u w:val="single"/>'),
         X('<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
           '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
           '<w:unhideWhenUsed/></w:style>'),
         X('<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
           '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
           '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
           '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'),
         X('<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
           '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" '
           'w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
           + "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % b
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + "</w:tblBorders></w:tblPr></w:style>"),
         X('<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
           '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>')]
    s.extend(extra)
    return (XML_DECL + '<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr>'
            '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Times New Roman"/>'
            '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>'
            '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" '
            'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>%s</w:styles>' % (ns["w"], _strictify("".join(s), ns)))


def _numbering_xml(ns, nums):
    """Abstract 0 is bullets, 1 is decimal; each w:num may restart numbering."""
    def levels(bullet):
        out = []
        for lvl in range(3):
            if bullet:
                fmt, text = "bullet", ["\u2022", "o", "\u25aa"][lvl]
                font = ['<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/>',
                        '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/>',
                        '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/>'][lvl]
                rp = "<w:rPr>%s</w:rPr>" % font
            else:
                fmt, text, rp = ["decimal", "lowerLetter", "lowerRoman"][lvl], "%%%d." % (lvl + 1), ""
            out.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                       '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>%s</w:lvl>'
                       % (lvl, fmt, esc(text), 720 * (lvl + 1), rp))
        return "".join(out)
    out = [XML_DECL, '<w:numbering xmlns:w="%s">' % ns["w"]]
    for abs_id, bullet in ((0, True), (1, False)):
        out.append('<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>%s'
                   '</w:abstractNum>' % (abs_id, levels(bullet)))
    for num_id, abs_id in enumerate(nums, start=1):
        restart = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                   if abs_id == 1 else "")
        out.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (num_id, abs_id, restart))
    out.append("</w:numbering>")
    return _strictify("".join(out), ns)


# ---------------------------------------------------------------------------
# Docx
# ---------------------------------------------------------------------------

_DOC_NS_EXTRA = (' xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"'
                 ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
                 ' xmlns:o="urn:schemas-microsoft-com:office:office"'
                 ' xmlns:v="urn:schemas-microsoft-com:vml"'
                 ' xmlns:w10="urn:schemas-microsoft-com:office:word"'
                 ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
                 ' xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"'
                 ' xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"'
                 ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


class Docx:
    """Collects body XML and the side parts (notes, comments, header/footer) of one .docx."""

    def __init__(self, title="", author="", strict=False, extra_styles=(), created=DOC_DATE,
                 modified=DOC_DATE, application=GENERATOR, exclude_notes_from_stats=False):
        self.ns = _STRICT if strict else _TRANSITIONAL
        self.strict = strict
        self.title, self.author = title, author
        self.created, self.modified = created, modified
        self.application = application
        self.extra_styles = list(extra_styles)
        self.exclude_notes_from_stats = exclude_notes_from_stats
        self.body = []
        self.footnotes, self.endnotes, self.comments = [], [], []
        self.header_xml = self.footer_xml = None
        self.nums = []
        self.hyperlinks = []
        self._ids = {"shape": 0, "rev": 0, "sdt": 100}

    # -- block content -------------------------------------------------------
    def add(self, *blocks):
        self.body.extend(blocks)

    def p(self, content="", **kw):
        self.body.append(para(content, **kw))

    def heading(self, text, level=1):
        self.body.append(para(text, style="Heading%d" % level))

    def title_para(self, text):
        self.body.append(para(text, style="Title"))

    def page_break(self):
        self.body.append(page_break())

    def table(self, rows, **kw):
        self.body.append(table(rows, **kw))
        # Word never lets a table touch the next table or the section end.
        self.body.append(para(""))

    def list(self, items, numbered=False):
        """items: text, or (text, level) pairs; returns nothing, adds paragraphs."""
        self.nums.append(1 if numbered else 0)
        num_id = len(self.nums)
        for item in items:
            text, level = item if isinstance(item, tuple) else (item, 0)
            self.body.append(para(text, style="ListParagraph", num=(num_id, level)))

    # -- inline helpers that need ids or side parts ---------------------------
    def next_id(self, kind):
        self._ids[kind] += 1
        return self._ids[kind]

    def textbox(self, paragraphs):
        if self.strict:
            raise ValueError("text boxes are written in Transitional documents only")
        return textbox_run([para(p) if not isinstance(p, X) else p for p in paragraphs],
                           self.next_id("shape"))

    def ins(self, text):
        return inserted(text, self.next_id("rev"), self.author or "Reviewer")

    def dele(self, text):
        return deleted(text, self.next_id("rev"), self.author or "Reviewer")

    def sdt(self, paragraphs, tag="", alias=""):
        return sdt_block([para(p) if not isinstance(p, X) else p for p in paragraphs],
                         self.next_id("sdt"), tag, alias)

    def sdt_inline(self, text, tag="", alias=""):
        return sdt_inline(text, self.next_id("sdt"), tag, alias)

    def footnote(self, text):
        note_id = len(self.footnotes) + 1
        self.footnotes.append((note_id, text))
        return X('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                 '<w:footnoteReference w:id="%d"/></w:r>' % note_id)

    def endnote(self, text):
        note_id = len(self.endnotes) + 1
        self.endnotes.append((note_id, text))
        return X('<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr>'
                 '<w:endnoteReference w:id="%d"/></w:r>' % note_id)

    def comment(self, anchored, text, author="Reviewer", initials="R"):
        """Wraps `anchored` (text or X) in a comment range; returns inline XML."""
        cid = len(self.comments)
        self.comments.append((cid, text, author, initials))
        return X('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                 '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                 '<w:commentReference w:id="%d"/></w:r>' % (cid, _content(anchored), cid, cid))

    def hyperlink(self, text, url):
        rid = "rIdLink%d" % (len(self.hyperlinks) + 1)
        self.hyperlinks.append((rid, url))
        return X('<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>' % (rid, run(text, style="Hyperlink")))

    def set_header(self, content):
        self.header_xml = para(content, style="Header")

    def set_footer(self, content):
        self.footer_xml = para(content, style="Footer")

    # -- serialisation --------------------------------------------------------
    def _root_ns(self):
        ns = self.ns
        extra = "" if self.strict else _DOC_NS_EXTRA
        return ' xmlns:w="%s" xmlns:r="%s" xmlns:wp="%s" xmlns:a="%s"%s' % (ns["w"], ns["r"], ns["wp"], ns["a"], extra)

    def _ignorable(self):
        return "" if self.strict else ' mc:Ignorable="w14 wp14"'

    def document_xml(self):
        body = list(self.body)
        if not body or body[-1].startswith("<w:tbl"):
            body.append(para(""))
        refs = ""
        if self.header_xml:
            refs += '<w:headerReference w:type="default" r:id="rIdHeader1"/>'
        if self.footer_xml:
            refs += '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
        sect = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
                'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>' % refs)
        conformance = ' w:conformance="strict"' if self.strict else ""
        return (XML_DECL + '<w:document%s%s%s><w:body>%s%s</w:body></w:document>'
                % (self._root_ns(), self._ignorable(), conformance, "".join(body), sect))

    def _notes_xml(self, kind, notes):
        tag = "w:%s" % kind
        style = "FootnoteText" if kind == "footnote" else "EndnoteText"
        ref_style = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
        sep_ppr = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        out = [XML_DECL, "<w:%ss%s%s>" % (kind, self._root_ns(), self._ignorable()),
               '<%s w:type="separator" w:id="-1"><w:p>%s<w:r><w:separator/></w:r></w:p></%s>' % (tag, sep_ppr, tag),
               '<%s w:type="continuationSeparator" w:id="0"><w:p>%s<w:r><w:continuationSeparator/></w:r></w:p></%s>'
               % (tag, sep_ppr, tag)]
        for note_id, text in notes:
            out.append('<%s w:id="%d"><w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr>'
                       '<w:r><w:rPr><w:rStyle w:val="%s"/></w:rPr><w:%sRef/></w:r>%s</w:p></%s>'
                       % (tag, note_id, style, ref_style, kind, run(" " + text), tag))
        out.append("</w:%ss>" % kind)
        return "".join(out)

    def _comments_xml(self):
        out = [XML_DECL, "<w:comments%s%s>" % (self._root_ns(), self._ignorable())]
        for cid, text, author, initials in self.comments:
            out.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p>'
                       '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr>'
                       '<w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
                       % (cid, esc(author), self.modified, esc(initials), run(text)))
        out.append("</w:comments>")
        return "".join(out)

    def _settings_xml(self):
        notes = ""
        if self.footnotes:
            notes += '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        if self.endnotes:
            notes += '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
        stats = "<w:doNotIncludeSubdocsInStats/>" if self.exclude_notes_from_stats else ""
        # Element order follows CT_Settings: the stats switch comes after themeFontLang.
        return (XML_DECL + '<w:settings xmlns:w="%s"><w:zoom w:percent="100"/>'
                '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>%s'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat><w:themeFontLang w:val="en-GB"/>%s</w:settings>'
                % (self.ns["w"], notes, stats))

    def _hdrftr_xml(self, tag, content):
        return XML_DECL + "<w:%s%s%s>%s</w:%s>" % (tag, self._root_ns(), self._ignorable(), content, tag)

    def stats(self, document_xml):
        """Counts for app.xml: whitespace-split words of the main body, as Word reports them.

        Text in mc:Fallback (a duplicate of mc:Choice) and in deletions is skipped.
        Footnotes, comments and headers live in other parts and so are not counted.
        """
        paragraphs = _docx_paragraph_texts(document_xml)
        words = sum(whitespace_words(t) for t in paragraphs)
        chars = sum(len(re.sub(r"\s", "", t)) for t in paragraphs)
        chars_ws = sum(len(t) for t in paragraphs)
        breaks = document_xml.count('w:type="page"')
        nonempty = sum(1 for t in paragraphs if t.strip())
        lines = sum(max(1, -(-len(t) // 90)) for t in paragraphs if t.strip())
        pages = max(1 + breaks, -(-lines // 46))
        return {"Pages": pages, "Words": words, "Characters": chars, "Lines": lines,
                "Paragraphs": nonempty, "CharactersWithSpaces": chars_ws}

    def parts(self):
        ns, rel = self.ns, self.ns["rel"]
        files = {}
        doc = self.document_xml()
        files["word/document.xml"] = doc
        files["word/styles.xml"] = styles_xml(ns, self.extra_styles)
        files["word/settings.xml"] = self._settings_xml()
        doc_rels = [("rId1", rel + "styles", "styles.xml"), ("rId2", rel + "settings", "settings.xml")]
        ctypes = [("/word/document.xml", _CT + "wordprocessingml.document.main+xml"),
                  ("/word/styles.xml", _CT + "wordprocessingml.styles+xml"),
                  ("/word/settings.xml", _CT + "wordprocessingml.settings+xml"),
                  ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                  ("/docProps/app.xml", _CT + "extended-properties+xml")]

        def add_part(name, xml, rel_type, ctype, rid):
            files["word/" + name] = xml
            doc_rels.append((rid, rel + rel_type, name))
            ctypes.append(("/word/" + name, _CT + "wordprocessingml." + ctype))

        if self.nums:
            add_part("numbering.xml", _numbering_xml(ns, self.nums), "numbering", "numbering+xml", "rId3")
        if self.footnotes:
            add_part("footnotes.xml", self._notes_xml("footnote", self.footnotes), "footnotes", "footnotes+xml", "rId4")
        if self.endnotes:
            add_part("endnotes.xml", self._notes_xml("endnote", self.endnotes), "endnotes", "endnotes+xml", "rId5")
        if self.comments:
            add_part("comments.xml", self._comments_xml(), "comments", "comments+xml", "rId6")
        if self.header_xml:
            add_part("header1.xml", self._hdrftr_xml("hdr", self.header_xml), "header", "header+xml", "rIdHeader1")
        if self.footer_xml:
            add_part("footer1.xml", self._hdrftr_xml("ftr", self.footer_xml), "footer", "footer+xml", "rIdFooter1")
        for rid, url in self.hyperlinks:
            doc_rels.append((rid, rel + "hyperlink", url, "External"))
        files["word/_rels/document.xml.rels"] = rels_xml(doc_rels)
        files["_rels/.rels"] = rels_xml([("rId1", rel + "officeDocument", "word/document.xml"),
                                         ("rId2", _CORE_REL, "docProps/core.xml"),
                                         ("rId3", rel + ns["app_rel"], "docProps/app.xml")])
        files["[Content_Types].xml"] = content_types_xml(ctypes)
        files["docProps/core.xml"] = core_xml(self.title, self.author, self.created, self.modified)
        st = self.stats(doc)
        files["docProps/app.xml"] = app_xml(ns, [
            ("Template", "Normal.dotm"), ("TotalTime", 0), ("Pages", st["Pages"]), ("Words", st["Words"]),
            ("Characters", st["Characters"]), ("Application", self.application), ("DocSecurity", 0),
            ("Lines", st["Lines"]), ("Paragraphs", st["Paragraphs"]), ("ScaleCrop", "false"),
            ("Company", ""), ("LinksUpToDate", "false"), ("CharactersWithSpaces", st["CharactersWithSpaces"]),
            ("SharedDoc", "false"), ("HyperlinksChanged", "false"), ("AppVersion", "16.0000")])
        return files

    def to_bytes(self):
        return zip_bytes(self.parts())

    def save(self, path):
        _write(path, self.to_bytes())

    def body_words(self):
        return self.stats(self.document_xml())["Words"]


def _docx_paragraph_texts(document_xml):
    """Plain text of each main-body paragraph, reading each text box once."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(document_xml.encode("utf-8"))
    w = root.tag[1:root.tag.index("}")]
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    skip = {"{%s}Fallback" % mc, "{%s}del" % w, "{%s}instrText" % w, "{%s}delText" % w}
    texts = []

    def walk(el, acc):
        if el.tag in skip:
            return
        if el.tag == "{%s}p" % w:
            mine = []
            for child in el:
                walk(child, mine)
            texts.append("".join(mine))
            return
        if el.tag == "{%s}t" % w and el.text:
            acc.append(el.text)
        elif el.tag in ("{%s}tab" % w, "{%s}br" % w):
            acc.append(" ")
        for child in el:
            walk(child, acc)

    walk(root, [])
    return texts


def _write(path, data):
    import os
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


# ---------------------------------------------------------------------------
# PresentationML
# ---------------------------------------------------------------------------

_P_NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
         'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
_GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
        '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')
_EMU = 914400
SLIDE_W, SLIDE_H = 12192000, 6858000


def _xfrm(x, y, cx, cy):
    return '<a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>' % (x, y, cx, cy)


def a_para(text, level=0, bullet=None, size=None, bold=False):
    """A DrawingML paragraph.  bullet=None inherits from the placeholder, '' turns it off."""
    ppr_attrs = ' lvl="%d"' % level if level else ""
    ppr_kids = ""
    if bullet == "":
        ppr_attrs += ' marL="0" indent="0"'
        ppr_kids = "<a:buNone/>"
    elif bullet:
        ppr_attrs += ' marL="%d" indent="-285750"' % (285750 + level * 457200)
        ppr_kids = '<a:buFont typeface="Arial" panose="020B0604020202020204"/><a:buChar char="%s"/>' % esc(bullet)
    ppr = "<a:pPr%s>%s</a:pPr>" % (ppr_attrs, ppr_kids) if (ppr_attrs or ppr_kids) else ""
    r_attrs = ' lang="en-GB"' + (' sz="%d"' % (size * 100) if size else "") + (' b="1"' if bold else "") + ' dirty="0"'
    if not text:
        return X("<a:p>%s<a:endParaRPr lang=\"en-GB\" dirty=\"0\"/></a:p>" % ppr)
    return X("<a:p>%s<a:r><a:rPr%s/><a:t>%s</a:t></a:r></a:p>" % (ppr, r_attrs, esc(text)))


def _paras(items, bullet=None, size=None):
    out = []
    for item in items:
        if isinstance(item, X):
            out.append(item)
        else:
            text, level = item if isinstance(item, tuple) else (item, 0)
            out.append(a_para(text, level, bullet, size))
    return "".join(out) or '<a:p><a:endParaRPr lang="en-GB" dirty="0"/></a:p>'


def placeholder_sp(shape_id, name, ph, paragraphs, xfrm=None, bullet=None):
    sp_pr = "<p:spPr>%s</p:spPr>" % xfrm if xfrm else "<p:spPr/>"
    return X('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
             "<p:nvPr>%s</p:nvPr></p:nvSpPr>%s<p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>"
             % (shape_id, esc(name), ph, sp_pr, _paras(paragraphs, bullet)))


def textbox_sp(shape_id, paragraphs, x, y, cx, cy, bullet="\u2022", size=18):
    return X('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="TextBox %d"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
             '<p:spPr>%s<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
             '<p:txBody><a:bodyPr wrap="square" rtlCol="0"><a:spAutoFit/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
             % (shape_id, shape_id - 1, _xfrm(x, y, cx, cy), _paras(paragraphs, bullet, size)))


def table_frame(shape_id, rows, x, y, cx, row_h=370840):
    ncols = max(len(r) for r in rows)
    col_w = cx // ncols
    out = ['<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="Table %d"/>'
           '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
           '</p:nvGraphicFramePr><p:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></p:xfrm>'
           '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
           '<a:tbl><a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}'
           '</a:tableStyleId></a:tblPr><a:tblGrid>'
           % (shape_id, shape_id - 1, x, y, col_w * ncols, row_h * len(rows))]
    out += ['<a:gridCol w="%d"/>' % col_w] * ncols
    out.append("</a:tblGrid>")
    for ri, row in enumerate(rows):
        out.append('<a:tr h="%d">' % row_h)
        for ci in range(ncols):
            cell = row[ci] if ci < len(row) else ""
            out.append('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>%s</a:txBody><a:tcPr/></a:tc>'
                       % a_para(cell, bullet=None, size=14, bold=(ri == 0)))
        out.append("</a:tr>")
    out.append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>")
    return X("".join(out))


class Slide:
    """One slide: title, bullet body, optional extra text box / table, notes, hidden flag."""

    def __init__(self, title, body=(), notes=None, hidden=False, table=None, textbox=None,
                 layout="obj", subtitle=None):
        self.title, self.body, self.notes = title, list(body), notes
        self.hidden, self.table, self.textbox = hidden, table, textbox
        self.layout, self.subtitle = layout, subtitle

    def xml(self):
        shapes = []
        if self.layout == "title":
            shapes.append(placeholder_sp(2, "Title 1", '<p:ph type="ctrTitle"/>', [self.title]))
            # Subtitles carry no bullet in PowerPoint's own title layout.
            shapes.append(placeholder_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>',
                                         self.body or [self.subtitle or ""], bullet=""))
        else:
            shapes.append(placeholder_sp(2, "Title 1", '<p:ph type="title"/>', [self.title]))
            if self.body:
                body_cy = 2200000 if self.table else 4351338
                shapes.append(placeholder_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', self.body,
                                             xfrm=_xfrm(838200, 1825625, 10515600, body_cy)))
        next_id = len(shapes) + 2
        if self.textbox:
            shapes.append(textbox_sp(next_id, self.textbox, 838200, 5300000, 10515600, 900000))
            next_id += 1
        if self.table:
            y = 4150000 if self.body else 1825625
            shapes.append(table_frame(next_id, self.table, 838200, y, 10515600))
        show = ' show="0"' if self.hidden else ""
        return (XML_DECL + '<p:sld %s%s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld>'
                '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>' % (_P_NS, show, _GRP, "".join(shapes)))

    def text_items(self):
        items = [self.title] + [b if isinstance(b, str) else b[0] for b in self.body if not isinstance(b, X)]
        if self.subtitle and not self.body:
            items.append(self.subtitle)
        for row in self.table or ():
            items.extend(row)
        for b in self.textbox or ():
            items.append(b if isinstance(b, str) else b[0])
        return items


def notes_xml(paragraphs, slide_number=None):
    sld_num = ""
    if slide_number is not None:
        sld_num = ('<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr>'
                   '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="5"/>'
                   '</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p>'
                   '<a:fld id="{B2C3A1F0-0000-4000-8000-0000000000%02X}" type="slidenum"><a:rPr lang="en-GB"/>'
                   '<a:t>%d</a:t></a:fld><a:endParaRPr lang="en-GB"/></a:p></p:txBody></p:sp>'
                   % (slide_number % 256, slide_number))
    return (XML_DECL + '<p:notes %s><p:cSld><p:spTree>%s'
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr>'
            '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/>'
            '</p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
            '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
            '</p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>'
            '<p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp>%s</p:spTree></p:cSld>'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
            % (_P_NS, _GRP, _paras(paragraphs, bullet=None), sld_num))


def theme_xml(name="Office Theme"):
    colours = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
               ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
               ("dk2", '<a:srgbClr val="44546A"/>'), ("lt2", '<a:srgbClr val="E7E6E6"/>'),
               ("accent1", '<a:srgbClr val="4472C4"/>'), ("accent2", '<a:srgbClr val="ED7D31"/>'),
               ("accent3", '<a:srgbClr val="A5A5A5"/>'), ("accent4", '<a:srgbClr val="FFC000"/>'),
               ("accent5", '<a:srgbClr val="5B9BD5"/>'), ("accent6", '<a:srgbClr val="70AD47"/>'),
               ("hlink", '<a:srgbClr val="0563C1"/>'), ("folHlink", '<a:srgbClr val="954F72"/>')]
    clr = "".join("<a:%s>%s</a:%s>" % (k, v, k) for k, v in colours)
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = '<a:ln w="%d" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/></a:ln>'
    return (XML_DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="%s">'
            '<a:themeElements><a:clrScheme name="Office">%s</a:clrScheme>'
            '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/>'
            '<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/>'
            '<a:cs typeface=""/></a:minorFont></a:fontScheme>'
            '<a:fmtScheme name="Office"><a:fillStyleLst>%s%s%s</a:fillStyleLst>'
            '<a:lnStyleLst>%s%s%s</a:lnStyleLst>'
            '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
            '</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
            '<a:bgFillStyleLst>%s%s%s</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
            % (esc(name), clr, fill, fill, fill, line % 6350, line % 12700, line % 19050, fill, fill, fill))


_CLRMAP = ('bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
           'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"')


def _master_xml():
    title = placeholder_sp(2, "Title Placeholder 1", '<p:ph type="title"/>', [""],
                           xfrm=_xfrm(838200, 365125, 10515600, 1325563))
    body = placeholder_sp(3, "Text Placeholder 2", '<p:ph type="body" idx="1"/>', [""],
                          xfrm=_xfrm(838200, 1825625, 10515600, 4351338))
    lvl = ('<a:lvl%dpPr marL="%d" indent="-228600" algn="l"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc>'
           '<a:spcBef><a:spcPts val="1000"/></a:spcBef><a:buFont typeface="Arial"/><a:buChar char="%s"/>'
           '<a:defRPr sz="%d"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/>'
           '</a:defRPr></a:lvl%dpPr>')
    body_style = "".join(lvl % (i + 1, 228600 + i * 457200, "\u2022" if i % 2 == 0 else "\u2013", s, i + 1)
                         for i, s in enumerate((2800, 2400, 2000)))
    return (XML_DECL + '<p:sldMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'
            '<p:spTree>%s%s%s</p:spTree></p:cSld><p:clrMap %s/>'
            '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/><p:sldLayoutId id="2147483650" r:id="rId2"/>'
            '</p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr algn="l"><a:lnSpc><a:spcPct val="90000"/>'
            '</a:lnSpc><a:buNone/><a:defRPr sz="4400" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>'
            '<a:latin typeface="+mj-lt"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle>%s</p:bodyStyle>'
            '<p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>'
            % (_P_NS, _GRP, title, body, _CLRMAP, body_style))


def _layout_xml(kind):
    if kind == "title":
        shapes = (placeholder_sp(2, "Title 1", '<p:ph type="ctrTitle"/>', [""],
                                 xfrm=_xfrm(1524000, 1122363, 9144000, 2387600)) +
                  placeholder_sp(3, "Subtitle 2", '<p:ph type="subTitle" idx="1"/>', [""],
                                 xfrm=_xfrm(1524000, 3602038, 9144000, 1655762)))
        head = 'type="title" preserve="1"><p:cSld name="Title Slide">'
    else:
        shapes = (placeholder_sp(2, "Title 1", '<p:ph type="title"/>', [""]) +
                  placeholder_sp(3, "Content Placeholder 2", '<p:ph idx="1"/>', [""]))
        head = 'type="obj" preserve="1"><p:cSld name="Title and Content">'
    return (XML_DECL + '<p:sldLayout %s %s<p:spTree>%s%s</p:spTree></p:cSld>'
            '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>' % (_P_NS, head, _GRP, shapes))


def _notes_master_xml():
    return (XML_DECL + '<p:notesMaster %s><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            '</p:bg><p:spTree>%s%s%s</p:spTree></p:cSld><p:clrMap %s/><p:notesStyle><a:lvl1pPr marL="0" algn="l">'
            '<a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/>'
            '</a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>'
            % (_P_NS, _GRP,
               placeholder_sp(2, "Slide Image Placeholder 1", '<p:ph type="sldImg" idx="2"/>', [""],
                              xfrm=_xfrm(685800, 1143000, 5486400, 3086100)),
               placeholder_sp(3, "Notes Placeholder 2", '<p:ph type="body" sz="quarter" idx="3"/>', [""],
                              xfrm=_xfrm(685800, 4400550, 5486400, 3600450)),
               _CLRMAP))


class Pptx:
    """A deck whose slide files are numbered independently of their order.

    `order` lists slide file numbers (1-based) in presentation order; by default the
    files are shown in numeric order.  PowerPoint keeps file names when slides are
    moved, so real decks often disagree the same way.
    """

    def __init__(self, slides, title="", author="", order=None, notes_slide_numbers=False,
                 application=GENERATOR, created=DOC_DATE, modified=DOC_DATE):
        self.slides = slides
        self.order = order or list(range(1, len(slides) + 1))
        assert sorted(self.order) == list(range(1, len(slides) + 1))
        self.title, self.author = title, author
        self.created, self.modified = created, modified
        self.notes_slide_numbers = notes_slide_numbers
        self.application = application

    def parts(self):
        rel = _TRANSITIONAL["rel"]
        files = {}
        ctypes = [("/ppt/presentation.xml", _CT + "presentationml.presentation.main+xml"),
                  ("/ppt/slideMasters/slideMaster1.xml", _CT + "presentationml.slideMaster+xml"),
                  ("/ppt/slideLayouts/slideLayout1.xml", _CT + "presentationml.slideLayout+xml"),
                  ("/ppt/slideLayouts/slideLayout2.xml", _CT + "presentationml.slideLayout+xml"),
                  ("/ppt/notesMasters/notesMaster1.xml", _CT + "presentationml.notesMaster+xml"),
                  ("/ppt/theme/theme1.xml", _CT + "theme+xml"),
                  ("/ppt/theme/theme2.xml", _CT + "theme+xml"),
                  ("/ppt/presProps.xml", _CT + "presentationml.presProps+xml"),
                  ("/ppt/viewProps.xml", _CT + "presentationml.viewProps+xml"),
                  ("/ppt/tableStyles.xml", _CT + "presentationml.tableStyles+xml"),
                  ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                  ("/docProps/app.xml", _CT + "extended-properties+xml")]
        files["ppt/slideMasters/slideMaster1.xml"] = _master_xml()
        files["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = rels_xml([
            ("rId1", rel + "slideLayout", "../slideLayouts/slideLayout1.xml"),
            ("rId2", rel + "slideLayout", "../slideLayouts/slideLayout2.xml"),
            ("rId3", rel + "theme", "../theme/theme1.xml")])
        for i, kind in ((1, "title"), (2, "obj")):
            files["ppt/slideLayouts/slideLayout%d.xml" % i] = _layout_xml(kind)
            files["ppt/slideLayouts/_rels/slideLayout%d.xml.rels" % i] = rels_xml([
                ("rId1", rel + "slideMaster", "../slideMasters/slideMaster1.xml")])
        files["ppt/notesMasters/notesMaster1.xml"] = _notes_master_xml()
        files["ppt/notesMasters/_rels/notesMaster1.xml.rels"] = rels_xml([
            ("rId1", rel + "theme", "../theme/theme2.xml")])
        files["ppt/theme/theme1.xml"] = theme_xml("Office Theme")
        files["ppt/theme/theme2.xml"] = theme_xml("Office Theme")
        files["ppt/presProps.xml"] = (XML_DECL + '<p:presentationPr %s/>' % _P_NS)
        files["ppt/viewProps.xml"] = (XML_DECL + '<p:viewPr %s><p:normalViewPr><p:restoredLeft sz="15620"/>'
                                      '<p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="72008" cy="72008"/>'
                                      '</p:viewPr>' % _P_NS)
        files["ppt/tableStyles.xml"] = (XML_DECL + '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/'
                                        'drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>')
        pres_rels = [("rId1", rel + "slideMaster", "slideMasters/slideMaster1.xml"),
                     ("rId2", rel + "notesMaster", "notesMasters/notesMaster1.xml"),
                     ("rId3", rel + "presProps", "presProps.xml"),
                     ("rId4", rel + "viewProps", "viewProps.xml"),
                     ("rId5", rel + "theme", "theme/theme1.xml"),
                     ("rId6", rel + "tableStyles", "tableStyles.xml")]
        position = {file_no: pos for pos, file_no in enumerate(self.order, start=1)}
        words = paragraphs = notes_count = hidden = 0
        for n, slide in enumerate(self.slides, start=1):
            files["ppt/slides/slide%d.xml" % n] = slide.xml()
            ctypes.append(("/ppt/slides/slide%d.xml" % n, _CT + "presentationml.slide+xml"))
            srels = [("rId1", rel + "slideLayout", "../slideLayouts/slideLayout%d.xml"
                      % (1 if slide.layout == "title" else 2))]
            items = slide.text_items()
            words += sum(whitespace_words(t) for t in items)
            paragraphs += sum(1 for t in items if t.strip())
            hidden += 1 if slide.hidden else 0
            if slide.notes is not None:
                notes_count += 1
                srels.append(("rId2", rel + "notesSlide", "../notesSlides/notesSlide%d.xml" % n))
                note_paras = [slide.notes] if isinstance(slide.notes, str) else list(slide.notes)
                files["ppt/notesSlides/notesSlide%d.xml" % n] = notes_xml(
                    note_paras, position[n] if self.notes_slide_numbers else None)
                files["ppt/notesSlides/_rels/notesSlide%d.xml.rels" % n] = rels_xml([
                    ("rId1", rel + "notesMaster", "../notesMasters/notesMaster1.xml"),
                    ("rId2", rel + "slide", "../slides/slide%d.xml" % n)])
                ctypes.append(("/ppt/notesSlides/notesSlide%d.xml" % n, _CT + "presentationml.notesSlide+xml"))
                words += sum(whitespace_words(t) for t in note_paras)
                paragraphs += sum(1 for t in note_paras if t.strip())
            files["ppt/slides/_rels/slide%d.xml.rels" % n] = rels_xml(srels)
            pres_rels.append(("rId%d" % (100 + n), rel + "slide", "slides/slide%d.xml" % n))
        sld_ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (255 + file_no, 100 + file_no) for file_no in self.order)
        files["ppt/presentation.xml"] = (
            XML_DECL + '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst>'
            '<p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst>'
            '<p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>%s</p:sldIdLst>'
            '<p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle>'
            '<a:defPPr><a:defRPr lang="en-GB"/></a:defPPr></p:defaultTextStyle></p:presentation>'
            % (_P_NS, sld_ids, SLIDE_W, SLIDE_H))
        files["ppt/_rels/presentation.xml.rels"] = rels_xml(pres_rels)
        files["_rels/.rels"] = rels_xml([("rId1", rel + "officeDocument", "ppt/presentation.xml"),
                                         ("rId2", _CORE_REL, "docProps/core.xml"),
                                         ("rId3", rel + "extended-properties", "docProps/app.xml")])
        files["[Content_Types].xml"] = content_types_xml(ctypes)
        files["docProps/core.xml"] = core_xml(self.title, self.author, self.created, self.modified)
        files["docProps/app.xml"] = app_xml(_TRANSITIONAL, [
            ("TotalTime", 0), ("Words", words), ("Application", self.application),
            ("PresentationFormat", "Widescreen"), ("Paragraphs", paragraphs), ("Slides", len(self.slides)),
            ("Notes", notes_count), ("HiddenSlides", hidden), ("MMClips", 0), ("ScaleCrop", "false"),
            ("LinksUpToDate", "false"), ("SharedDoc", "false"), ("HyperlinksChanged", "false"),
            ("AppVersion", "16.0000")])
        return files

    def to_bytes(self):
        return zip_bytes(self.parts())

    def save(self, path):
        _write(path, self.to_bytes())


# ---------------------------------------------------------------------------
# OpenDocument
# ---------------------------------------------------------------------------

_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
           'xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0" '
           'xmlns:anim="urn:oasis:names:tc:opendocument:xmlns:animation:1.0"')
_ODF_XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def odf_p(text, style=None):
    attr = ' text:style-name="%s"' % style if style else ""
    return X("<text:p%s>%s</text:p>" % (attr, esc(text)))


def odf_h(text, level):
    return X('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (level, level, esc(text)))


def odf_list(items, style="L1"):
    out = ['<text:list text:style-name="%s">' % style]
    for item in items:
        out.append("<text:list-item>%s</text:list-item>" % odf_p(item, "List_20_Paragraph"))
    out.append("</text:list>")
    return X("".join(out))


def odf_table(rows, name="Table1"):
    ncols = max(len(r) for r in rows)
    out = ['<table:table table:name="%s"><table:table-column table:number-columns-repeated="%d"/>' % (esc(name), ncols)]
    for row in rows:
        out.append("<table:table-row>")
        for ci in range(ncols):
            cell = row[ci] if ci < len(row) else ""
            out.append('<table:table-cell office:value-type="string">%s</table:table-cell>' % odf_p(cell))
        out.append("</table:table-row>")
    out.append("</table:table>")
    return X("".join(out))


def _odf_manifest(mimetype, extra=()):
    entries = ['<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>' % mimetype]
    for name in ("content.xml", "styles.xml", "meta.xml") + tuple(extra):
        entries.append('<manifest:file-entry manifest:full-path="%s" manifest:media-type="text/xml"/>' % name)
    return (_ODF_XML_DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3">%s</manifest:manifest>' % "".join(entries))


def _odf_meta(title, author, words=None, paragraphs=None, pages=None):
    stats = ""
    if words is not None:
        stats = '<meta:document-statistic meta:word-count="%d" meta:paragraph-count="%d"%s/>' % (
            words, paragraphs or 0, ' meta:page-count="%d"' % pages if pages else "")
    return (_ODF_XML_DECL + '<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>%s</meta:generator><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<meta:creation-date>2026-01-01T09:00:00</meta:creation-date><dc:date>2026-01-01T09:00:00</dc:date>'
            '%s</office:meta></office:document-meta>' % (_ODF_NS, GENERATOR, esc(title), esc(author), stats))


def _odf_zip(mimetype, content, styles, meta):
    files = {"mimetype": mimetype, "content.xml": content, "styles.xml": styles, "meta.xml": meta,
             "META-INF/manifest.xml": _odf_manifest(mimetype)}
    return zip_bytes(files, first=("mimetype",), stored=("mimetype",))


def _odf_text_of(blocks):
    return re.sub(r"<[^>]+>", " ", "".join(blocks))


def odt_bytes(blocks, title="", author=""):
    """blocks: odf_h / odf_p / odf_list / odf_table fragments (or plain strings for paragraphs)."""
    blocks = [b if isinstance(b, X) else odf_p(b, "Text_20_body") for b in blocks]
    heading_styles = "".join(
        '<style:style style:name="Heading_20_%d" style:display-name="Heading %d" style:family="paragraph" '
        'style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="%d" '
        'style:class="text"><style:text-properties fo:font-size="%d%%" fo:font-weight="bold"/></style:style>'
        % (i, i, i, 130 - i * 10) for i in (1, 2, 3))
    styles = (_ODF_XML_DECL + '<office:document-styles %s office:version="1.3"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" '
              'style:next-style-name="Text_20_body" style:class="text"><style:text-properties fo:font-size="14pt"/>'
              '</style:style>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
              'style:parent-style-name="Standard" style:class="text"/>'
              '<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" '
              'style:family="paragraph" style:parent-style-name="Standard" style:class="list"/>%s'
              '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">'
              '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
              '<style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" '
              'fo:margin-left="1.27cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>'
              '</office:styles></office:document-styles>' % (_ODF_NS, heading_styles))
    content = (_ODF_XML_DECL + '<office:document-content %s office:version="1.3"><office:automatic-styles/>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (_ODF_NS, "".join(blocks)))
    text = _odf_text_of(blocks)
    meta = _odf_meta(title, author, words=whitespace_words(text),
                     paragraphs=sum(b.count("<text:p") + b.count("<text:h") for b in blocks))
    return _odf_zip("application/vnd.oasis.opendocument.text", content, styles, meta)


class Odp:
    """pages: list of dict(title=..., body=[...], notes=... or None, hidden=bool)."""

    def __init__(self, pages, title="", author=""):
        self.pages, self.title, self.author = pages, title, author

    def _frame(self, cls, style, x, y, w, h, inner):
        return ('<draw:frame presentation:style-name="%s" draw:layer="layout" svg:width="%scm" svg:height="%scm" '
                'svg:x="%scm" svg:y="%scm" presentation:class="%s"><draw:text-box>%s</draw:text-box></draw:frame>'
                % (style, w, h, x, y, cls, inner))

    def content_xml(self):
        pages = []
        for n, page in enumerate(self.pages, start=1):
            parts = [self._frame("title", "pr1", "1.4", "0.8", "25.2", "2.6", odf_p(page["title"]))]
            if page.get("body"):
                items = "".join("<text:list-item>%s</text:list-item>" % odf_p(b) for b in page["body"])
                parts.append(self._frame("outline", "pr2", "1.4", "3.7", "25.2", "10.5",
                                         '<text:list text:style-name="L1">%s</text:list>' % items))
            if page.get("notes"):
                notes = "".join(odf_p(t) for t in ([page["notes"]] if isinstance(page["notes"], str) else page["notes"]))
                parts.append('<presentation:notes draw:style-name="dp2"><draw:page-thumbnail draw:style-name="gr1" '
                             'draw:layer="layout" svg:width="14.8cm" svg:height="8.3cm" svg:x="3.1cm" svg:y="2.3cm" '
                             'draw:page-number="%d" presentation:class="page"/>%s</presentation:notes>'
                             % (n, self._frame("notes", "pr3", "2.2", "12.1", "16.8", "12.6", notes)))
            style = "dp3" if page.get("hidden") else "dp1"
            pages.append('<draw:page draw:name="page%d" draw:style-name="%s" draw:master-page-name="Default" '
                         'presentation:presentation-page-layout-name="AL1T2">%s</draw:page>'
                         % (n, style, "".join(parts)))
        auto = ('<office:automatic-styles>'
                '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
                'presentation:display-header="false" presentation:display-footer="false"/></style:style>'
                '<style:style style:name="dp2" style:family="drawing-page"/>'
                '<style:style style:name="dp3" style:family="drawing-page"><style:drawing-page-properties '
                'presentation:visibility="hidden"/></style:style>'
                '<style:style style:name="gr1" style:family="graphic"/>'
                '<style:style style:name="pr1" style:family="presentation"/>'
                '<style:style style:name="pr2" style:family="presentation"/>'
                '<style:style style:name="pr3" style:family="presentation"/>'
                '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" '
                'text:bullet-char="\u2022"/></text:list-style></office:automatic-styles>')
        return (_ODF_XML_DECL + '<office:document-content %s office:version="1.3">%s<office:body>'
                '<office:presentation>%s</office:presentation></office:body></office:document-content>'
                % (_ODF_NS, auto, "".join(pages)))

    def styles_xml(self):
        return (_ODF_XML_DECL + '<office:document-styles %s office:version="1.3"><office:styles/>'
                '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties '
                'fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" '
                'fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/>'
                '</style:page-layout><style:style style:name="Mdp1" style:family="drawing-page"/>'
                '</office:automatic-styles><office:master-styles><draw:layer-set><draw:layer draw:name="layout"/>'
                '<draw:layer draw:name="background"/><draw:layer draw:name="backgroundobjects"/>'
                '<draw:layer draw:name="controls"/><draw:layer draw:name="measurelines"/></draw:layer-set>'
                '<style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="Mdp1"/>'
                '</office:master-styles></office:document-styles>' % _ODF_NS)

    def to_bytes(self):
        content = self.content_xml()
        words = whitespace_words(re.sub(r"<[^>]+>", " ", content))
        return _odf_zip("application/vnd.oasis.opendocument.presentation", content, self.styles_xml(),
                        _odf_meta(self.title, self.author, words=words, paragraphs=content.count("<text:p")))

    def save(self, path):
        _write(path, self.to_bytes())


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

def _pdf_str(text):
    data = text.encode("cp1252", errors="replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def wrap_lines(paragraphs, width=88):
    """Wrap paragraphs for an A4 page of 11 pt Helvetica; '' keeps a blank line."""
    lines = []
    for p in paragraphs:
        if not p:
            lines.append("")
            continue
        lines.extend(textwrap.wrap(p, width) or [""])
        lines.append("")
    return lines


def pdf_bytes(pages, title="", author="", font_size=11, leading=14):
    """pages: list of lists of text lines; each line becomes one Tj, long pages spill over."""
    per_page = (842 - 2 * 64) // leading
    flat = []
    for lines in pages:
        for start in range(0, max(1, len(lines)), per_page):
            flat.append(lines[start:start + per_page])
    objects = []  # index 0 -> object 1

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages_obj = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info = add(b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer " + _pdf_str(GENERATOR) + b" /CreationDate (D:20260101090000Z) >>")
    kids = []
    for lines in flat:
        ops = [b"BT", b"/F1 %d Tf" % font_size, b"%d TL" % leading, b"64 %d Td" % (842 - 64 - font_size)]
        for i, line in enumerate(lines):
            if i:
                ops.append(b"T*")
            if line:
                ops.append(_pdf_str(line) + b" Tj")
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                   b"/Contents %d 0 R >>" % (pages_obj, font, content))
        kids.append(page)
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
                              b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info, xref))
    return bytes(out)


# ---------------------------------------------------------------------------
# PNG and WAV
# ---------------------------------------------------------------------------

def png_bytes(width, height, rgb):
    """rgb: bytes of width*height*3; every row gets filter type 0."""
    rows = b"".join(b"\0" + bytes(rgb[y * width * 3:(y + 1) * width * 3]) for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


_FONT5x7 = {
    "A": "01110 10001 10001 11111 10001 10001 10001", "B": "11110 10001 10001 11110 10001 10001 11110",
    "C": "01111 10000 10000 10000 10000 10000 01111", "D": "11110 10001 10001 10001 10001 10001 11110",
    "E": "11111 10000 10000 11110 10000 10000 11111", "F": "11111 10000 10000 11110 10000 10000 10000",
    "G": "01111 10000 10000 10011 10001 10001 01111", "H": "10001 10001 10001 11111 10001 10001 10001",
    "I": "01110 00100 00100 00100 00100 00100 01110", "J": "00111 00010 00010 00010 00010 10010 01100",
    "K": "10001 10010 10100 11000 10100 10010 10001", "L": "10000 10000 10000 10000 10000 10000 11111",
    "M": "10001 11011 10101 10101 10001 10001 10001", "N": "10001 11001 10101 10011 10001 10001 10001",
    "O": "01110 10001 10001 10001 10001 10001 01110", "P": "11110 10001 10001 11110 10000 10000 10000",
    "Q": "01110 10001 10001 10001 10101 10010 01101", "R": "11110 10001 10001 11110 10100 10010 10001",
    "S": "01111 10000 10000 01110 00001 00001 11110", "T": "11111 00100 00100 00100 00100 00100 00100",
    "U": "10001 10001 10001 10001 10001 10001 01110", "V": "10001 10001 10001 10001 10001 01010 00100",
    "W": "10001 10001 10001 10101 10101 10101 01010", "X": "10001 10001 01010 00100 01010 10001 10001",
    "Y": "10001 10001 01010 00100 00100 00100 00100", "Z": "11111 00001 00010 00100 01000 10000 11111",
    "!": "00100 00100 00100 00100 00100 00000 00100", ".": "00000 00000 00000 00000 00000 01100 01100",
    ",": "00000 00000 00000 00000 01100 00100 01000", "'": "00100 00100 01000 00000 00000 00000 00000",
    "-": "00000 00000 00000 11111 00000 00000 00000", " ": "00000 00000 00000 00000 00000 00000 00000",
    "0": "01110 10011 10101 10101 10101 11001 01110", "1": "00100 01100 00100 00100 00100 00100 01110",
    "2": "01110 10001 00001 00010 00100 01000 11111", "3": "11110 00001 00001 01110 00001 00001 11110",
}


class Canvas:
    """An RGB raster with rectangles and a 5x7 capital-letter font, enough for a photo stand-in."""

    def __init__(self, width, height, background=(255, 255, 255)):
        self.width, self.height = width, height
        self.px = bytearray(bytes(background) * (width * height))

    def rect(self, x, y, w, h, colour):
        for yy in range(max(0, y), min(self.height, y + h)):
            start = (yy * self.width + max(0, x)) * 3
            count = max(0, min(self.width, x + w) - max(0, x))
            self.px[start:start + count * 3] = bytes(colour) * count

    def text(self, x, y, text, colour, scale=2):
        for ch in text.upper():
            rows = _FONT5x7.get(ch, _FONT5x7[" "]).split()
            for ry, bits in enumerate(rows):
                for rx, bit in enumerate(bits):
                    if bit == "1":
                        self.rect(x + rx * scale, y + ry * scale, scale, scale, colour)
            x += 6 * scale

    def png(self):
        return png_bytes(self.width, self.height, self.px)


def wav_bytes(seconds=3.0, rate=8000, tones=((440.0, 1.0),), amplitude=0.4):
    """16-bit mono PCM: a sequence of (frequency, duration) tones filling `seconds`, with short fades."""
    frames = bytearray()
    total = int(seconds * rate)
    schedule = []
    for freq, dur in tones:
        schedule += [freq] * int(dur * rate)
    schedule = (schedule * (total // max(1, len(schedule)) + 1))[:total]
    fade = int(0.02 * rate)
    for i, freq in enumerate(schedule):
        env = min(1.0, i / fade, (total - i) / fade) if fade else 1.0
        value = 0 if freq == 0 else int(round(32767 * amplitude * env * math.sin(2 * math.pi * freq * i / rate)))
        frames += struct.pack("<h", value)
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return buf.getvalue()
