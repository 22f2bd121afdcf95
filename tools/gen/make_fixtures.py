#!/usr/bin/env python3
"""Write the small reader/bundle test fixtures: one feature per file.

Usage: python3 tools/gen/make_fixtures.py OUTDIR

Besides the fixtures, OUTDIR/fixtures.tsv lists what the C++ tests may assert, one
assertion per row, with the columns

    file    feature    role    expected

Roles (the expected column is always exact text, never a pattern):
  paragraph          exact text of one main-body paragraph (runs joined, tabs as one space)
  body               substring of the main-body text
  once               appears exactly once in the extracted text (text boxes: Choice and Fallback)
  absent             must not appear in the main-body text
  heading1..3        a paragraph at that outline level, with this text
  title              paragraph in the Title style (not an outline heading)
  list-bullet, list-number, list-bullet-level2   list paragraph texts
  cell:R:C           table cell at row R, column C (1-based)
  footnote, endnote, header, footer, comment      text of that part (reference marks excluded)
  inserted, deleted, hidden                       run text inside w:ins, w:del, w:vanish
  field-result, field-instruction                 shown result / the instruction (not body text)
  content-control    text inside a w:sdt
  slide:N:title|body|notes|cell|file|hidden      N is the position in presentation order
  count:NAME         an integer (slides, hidden, notes, pages, entries, words ...)
  page:N             text on PDF page N
  entry              an archive member that is present and safe to read
  entry-text:NAME    the exact content of a member, less its trailing newline
  unsafe-entry       a member name that must be refused (path traversal, absolute, link, device)
  unreadable-entry   a member that must be reported as unreadable while the rest is still read
  error              the kind of failure the reader must report (a short token)

`count:words` is a whitespace split of the main body, which equals Word's count for
these plain sentences (no dashes, no punctuation-only tokens).
"""

import hashlib
import base64
import io
import os
import shutil
import stat
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ooxml as o  # noqa: E402
import fixtures_wordcount  # noqa: E402

ROWS = []


def expect(file, feature, role, text):
    assert "\t" not in str(text) and "\n" not in str(text)
    ROWS.append((file, feature, role, str(text)))


def write(outdir, name, data):
    path = os.path.join(outdir, name)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


def det_bytes(seed, n):
    """Pseudo-random but repeatable bytes (SHA-256 in counter mode)."""
    out = bytearray()
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(b"%s:%d" % (seed.encode(), counter)).digest()
        counter += 1
    return bytes(out[:n])


# ---------------------------------------------------------------------------
# docx fixtures
# ---------------------------------------------------------------------------

def headings_docx():
    localised = [
        # German Word: the id loses the umlaut, the built-in name stays English; no outline level.
        o.X('<w:style w:type="paragraph" w:customStyle="0" w:styleId="berschrift1"><w:name w:val="heading 1"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr>'
            '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'),
        # Written by a non-Word tool: the display name itself is German.
        o.X('<w:style w:type="paragraph" w:customStyle="1" w:styleId="berschrift2"><w:name w:val="\u00dcberschrift 2"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="26"/></w:rPr>'
            '</w:style>'),
        o.paragraph_style("ReportSection", "Report Section", outline=2, bold=True),
    ]
    d = o.Docx(title="Headings fixture", author="Fixture", extra_styles=localised)
    d.title_para("Showcase heading fixture")
    d.heading("Understanding the organisation", 1)
    d.p("Body text under the first heading.")
    d.heading("Aims of the organisation", 2)
    d.p("Body text under the second heading.")
    d.heading("Brand promise detail", 3)
    d.p("Gesetzliche Vorgaben", style="berschrift1")
    d.p("Datenschutz im Alltag", style="berschrift2")
    d.p("Outline level only section", style="ReportSection")
    d.p("Direct outline paragraph", outline=1)
    d.p("Closing body paragraph.")
    f = "headings.docx"
    expect(f, "title-style", "title", "Showcase heading fixture")
    expect(f, "heading-style", "heading1", "Understanding the organisation")
    expect(f, "heading-style", "heading2", "Aims of the organisation")
    expect(f, "heading-style", "heading3", "Brand promise detail")
    expect(f, "style-name-heading-1-custom-id", "heading1", "Gesetzliche Vorgaben")
    expect(f, "localised-style-name", "heading2", "Datenschutz im Alltag")
    expect(f, "style-outline-level-only", "heading3", "Outline level only section")
    expect(f, "direct-paragraph-outline-level", "heading2", "Direct outline paragraph")
    expect(f, "body", "paragraph", "Body text under the first heading.")
    expect(f, "body", "paragraph", "Closing body paragraph.")
    return f, d


def list_docx():
    d = o.Docx(title="List fixture", author="Fixture")
    d.p("Lists follow.")
    d.list(["First bullet item", ("Nested bullet item", 1), "Second bullet item"])
    d.list(["Step one of the process", "Step two of the process"], numbered=True)
    f = "list.docx"
    for t in ("First bullet item", "Second bullet item"):
        expect(f, "bullet-list", "list-bullet", t)
    expect(f, "bullet-list", "list-bullet-level2", "Nested bullet item")
    for t in ("Step one of the process", "Step two of the process"):
        expect(f, "numbered-list", "list-number", t)
    expect(f, "numbering-part", "count:words", 2 + 3 + 3 + 3 + 5 + 5)
    return f, d


def table_docx():
    d = o.Docx(title="Table fixture", author="Fixture")
    d.p("Table follows.")
    d.table([["Alpha cell", "Bravo cell"], ["Charlie cell", "Delta cell"]], header=False)
    d.p("Table ends.")
    f = "table.docx"
    for (r, c), t in {(1, 1): "Alpha cell", (1, 2): "Bravo cell", (2, 1): "Charlie cell", (2, 2): "Delta cell"}.items():
        expect(f, "table-2x2", "cell:%d:%d" % (r, c), t)
    expect(f, "table-2x2", "count:words", 2 + 8 + 2)
    return f, d


def textbox_docx():
    d = o.Docx(title="Text box fixture", author="Fixture")
    d.p(["Before the box.", d.textbox(["Inside the text box"])])
    d.p("After the box.")
    f = "textbox.docx"
    expect(f, "textbox-choice-and-fallback", "once", "Inside the text box")
    expect(f, "textbox", "body", "Before the box.")
    expect(f, "textbox", "paragraph", "After the box.")
    expect(f, "textbox", "count:words", 3 + 4 + 3)
    return f, d


def footnote_docx():
    d = o.Docx(title="Footnote fixture", author="Fixture")
    d.p(["The report cites a source.", d.footnote("Footnote text about the source.")])
    f = "footnote.docx"
    expect(f, "footnote", "paragraph", "The report cites a source.")
    expect(f, "footnote", "footnote", "Footnote text about the source.")
    expect(f, "footnote-not-in-body", "absent", "Footnote text")
    expect(f, "separator-footnotes", "count:footnotes", 1)
    return f, d


def endnote_docx():
    d = o.Docx(title="Endnote fixture", author="Fixture")
    d.p(["The conclusion has an endnote.", d.endnote("Endnote text at the end.")])
    f = "endnote.docx"
    expect(f, "endnote", "paragraph", "The conclusion has an endnote.")
    expect(f, "endnote", "endnote", "Endnote text at the end.")
    expect(f, "endnote-not-in-body", "absent", "Endnote text")
    expect(f, "separator-endnotes", "count:endnotes", 1)
    return f, d


def header_footer_docx():
    d = o.Docx(title="Header footer fixture", author="Fixture")
    d.set_header("Header text for the apprentice")
    d.set_footer(["Footer text with page ", o.complex_field(" PAGE ", "1")])
    d.p("Body of the header footer fixture.")
    f = "header-footer.docx"
    expect(f, "header", "header", "Header text for the apprentice")
    expect(f, "footer", "footer", "Footer text with page 1")
    expect(f, "body", "paragraph", "Body of the header footer fixture.")
    expect(f, "header-not-in-body", "absent", "Header text")
    expect(f, "footer-not-in-body", "absent", "Footer text")
    return f, d


def comment_docx():
    d = o.Docx(title="Comment fixture", author="Fixture")
    d.p(["The manager ", d.comment("reviewed", "Comment from the reviewer.", "Line Manager", "LM"), " this sentence."])
    f = "comment.docx"
    expect(f, "comment", "paragraph", "The manager reviewed this sentence.")
    expect(f, "comment", "comment", "Comment from the reviewer.")
    expect(f, "comment-not-in-body", "absent", "Comment from")
    return f, d


def fields_docx():
    d = o.Docx(title="Fields fixture", author="Fixture")
    d.p(["Page ", o.complex_field(" PAGE ", "7"), " of ", o.simple_field(" NUMPAGES ", "9")])
    d.p(["Visit the ", o.complex_field(' HYPERLINK "http://example.com/showcase" ', "showcase portal link"), " today."])
    f = "fields.docx"
    expect(f, "complex-field-and-fldSimple", "paragraph", "Page 7 of 9")
    expect(f, "complex-field-hyperlink", "paragraph", "Visit the showcase portal link today.")
    expect(f, "complex-field", "field-result", "showcase portal link")
    expect(f, "complex-field", "field-instruction", 'HYPERLINK "http://example.com/showcase"')
    expect(f, "fldSimple", "field-instruction", "NUMPAGES")
    for t in ("HYPERLINK", "example.com", "PAGE", "NUMPAGES"):
        expect(f, "instruction-not-body", "absent", t)
    expect(f, "fields", "count:words", 4 + 6)
    return f, d


def tracked_docx():
    d = o.Docx(title="Tracked changes fixture", author="Reviewer")
    d.p(["The customer was ", d.ins("delighted"), d.dele("furious"), " with the outcome."])
    f = "tracked.docx"
    expect(f, "w:ins", "inserted", "delighted")
    expect(f, "w:del", "deleted", "furious")
    expect(f, "accepted-view", "paragraph", "The customer was delighted with the outcome.")
    expect(f, "deleted-not-in-body", "absent", "furious")
    expect(f, "accepted-view", "count:words", 7)
    return f, d


def hidden_docx():
    d = o.Docx(title="Hidden text fixture", author="Fixture")
    d.p(["Visible start ", o.run("concealed remark ", hidden=True), "visible end."])
    f = "hidden.docx"
    expect(f, "w:vanish", "hidden", "concealed remark")
    expect(f, "visible-text", "paragraph", "Visible start visible end.")
    expect(f, "hidden-not-in-body", "absent", "concealed")
    return f, d


def sdt_docx():
    d = o.Docx(title="Content control fixture", author="Fixture")
    d.p("Before the control.")
    d.add(d.sdt(["Text inside a content control"], tag="evidence", alias="Evidence"))
    d.p(["Apprentice: ", d.sdt_inline("Jordan Example", tag="name", alias="Name")])
    f = "sdt.docx"
    expect(f, "block-sdt", "content-control", "Text inside a content control")
    expect(f, "block-sdt", "paragraph", "Text inside a content control")
    expect(f, "inline-sdt", "paragraph", "Apprentice: Jordan Example")
    expect(f, "sdt", "count:words", 3 + 5 + 3)
    return f, d


def strict_docx():
    d = o.Docx(title="Strict fixture", author="Fixture", strict=True)
    d.heading("Strict heading", 1)
    d.p(["Strict body paragraph", d.footnote("Strict footnote text")])
    d.table([["Strict cell one", "Strict cell two"], ["Strict cell three", "Strict cell four"]], header=False)
    f = "strict.docx"
    expect(f, "iso-strict-namespaces", "heading1", "Strict heading")
    expect(f, "iso-strict-namespaces", "paragraph", "Strict body paragraph")
    expect(f, "iso-strict-footnote", "footnote", "Strict footnote text")
    expect(f, "iso-strict-table", "cell:1:1", "Strict cell one")
    expect(f, "iso-strict-table", "cell:2:2", "Strict cell four")
    return f, d


def simple_docx(text, title="Simple"):
    d = o.Docx(title=title, author="Fixture")
    d.p(text)
    return d.to_bytes()


# ---------------------------------------------------------------------------
# presentation, ODF, PDF, text
# ---------------------------------------------------------------------------

def deck_pptx():
    slides = [
        o.Slide("Hidden slide title", ["Hidden slide body"]),
        o.Slide("Opening slide title", ["Opening slide body"], notes="Notes for the opening slide."),
        o.Slide("Table slide title", ["Table slide body"], table=[["Module", "Slide"], ["Team working", "Four"]],
                notes="Notes for the table slide."),
        o.Slide("Second slide title", ["Second slide body"]),
    ]
    slides[0].hidden = True
    # Presentation order: file 2, file 4, file 1 (hidden), file 3.
    deck = o.Pptx(slides, title="Deck fixture", author="Fixture", order=[2, 4, 1, 3])
    f = "deck.pptx"
    order = [(1, 2, "Opening"), (2, 4, "Second"), (3, 1, "Hidden"), (4, 3, "Table")]
    for pos, file_no, word in order:
        expect(f, "sldIdLst-order", "slide:%d:file" % pos, "ppt/slides/slide%d.xml" % file_no)
        expect(f, "title-placeholder", "slide:%d:title" % pos, "%s slide title" % word)
        expect(f, "body-placeholder", "slide:%d:body" % pos, "%s slide body" % word)
    expect(f, "show=0", "slide:3:hidden", "yes")
    expect(f, "a:tbl", "slide:4:cell", "Team working")
    expect(f, "notesSlide", "slide:1:notes", "Notes for the opening slide.")
    expect(f, "notesSlide", "slide:4:notes", "Notes for the table slide.")
    expect(f, "app.xml", "count:slides", 4)
    expect(f, "app.xml", "count:hidden", 1)
    expect(f, "app.xml", "count:notes", 2)
    return f, deck.to_bytes()


def odt():
    blocks = [o.odf_h("ODT main heading", 1), o.odf_p("ODT body paragraph text.", "Text_20_body"),
              o.odf_h("ODT second level", 2), o.odf_list(["ODT list item one", "ODT list item two"]),
              o.odf_table([["ODT cell one", "ODT cell two"], ["ODT cell three", "ODT cell four"]])]
    f = "doc.odt"
    expect(f, "text:h", "heading1", "ODT main heading")
    expect(f, "text:h", "heading2", "ODT second level")
    expect(f, "text:p", "paragraph", "ODT body paragraph text.")
    expect(f, "text:list", "list-bullet", "ODT list item one")
    expect(f, "text:list", "list-bullet", "ODT list item two")
    expect(f, "table:table", "cell:1:1", "ODT cell one")
    expect(f, "table:table", "cell:2:2", "ODT cell four")
    return f, o.odt_bytes(blocks, title="ODT fixture", author="Fixture")


def odp():
    pages = [{"title": "ODP first page", "body": ["ODP first body point"], "notes": "ODP speaker notes text."},
             {"title": "ODP hidden page", "body": ["ODP hidden body point"], "hidden": True},
             {"title": "ODP last page", "body": ["ODP last body point"]}]
    f = "deck.odp"
    for n, p in enumerate(pages, start=1):
        expect(f, "draw:page", "slide:%d:title" % n, p["title"])
        expect(f, "draw:frame outline", "slide:%d:body" % n, p["body"][0])
    expect(f, "presentation:notes", "slide:1:notes", "ODP speaker notes text.")
    expect(f, "presentation:visibility=hidden", "slide:2:hidden", "yes")
    expect(f, "pages", "count:slides", 3)
    return f, o.Odp(pages, title="ODP fixture", author="Fixture").to_bytes()


def pdf():
    texts = ["Page one text about customer feedback.", "Page two text about witness testimony.",
             "Page three text about the action plan."]
    f = "pages.pdf"
    for n, t in enumerate(texts, start=1):
        expect(f, "page-text", "page:%d" % n, t)
    expect(f, "pages", "count:pages", 3)
    return f, o.pdf_bytes([[t] for t in texts], title="PDF fixture", author="Fixture")


NOTES_TXT = ("Plain text notes for the showcase.\n"
             "Second line of the plain notes.\n")
JOURNAL_MD = ("# Reflective journal\n\n"
              "## 3 March 2026\n\n"
              "Handled a booking query calmly and logged it.\n\n"
              "## 10 March 2026\n\n"
              "Asked my supervisor for feedback on my phone manner.\n")


def text_fixtures():
    expect("notes.txt", "plain-text", "paragraph", "Plain text notes for the showcase.")
    expect("notes.txt", "plain-text", "count:words", 12)
    expect("journal.md", "markdown-heading", "heading1", "Reflective journal")
    expect("journal.md", "markdown-heading", "heading2", "3 March 2026")
    expect("journal.md", "markdown-heading", "heading2", "10 March 2026")
    expect("journal.md", "markdown-body", "paragraph", "Handled a booking query calmly and logged it.")
    return {"notes.txt": NOTES_TXT, "journal.md": JOURNAL_MD}


# ---------------------------------------------------------------------------
# Hostile and broken inputs
# ---------------------------------------------------------------------------

def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table


_CRC = _crc_table()


class ZipCrypto:
    """Traditional PKWARE encryption (APPNOTE 6.1), which zipfile can read but not write."""

    def __init__(self, password):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in password:
            self._update(b)

    def _crc(self, crc, b):
        return _CRC[(crc ^ b) & 0xFF] ^ (crc >> 8)

    def _update(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(b)
        return bytes(out)


def raw_zip(entries):
    """entries: dicts with name, data, and optional password / external_attr / system.

    Written by hand so a member can be encrypted; dates are 1980-01-01 00:00.
    """
    local, central = bytearray(), bytearray()
    for e in entries:
        name = e["name"].encode("utf-8")
        data = e["data"]
        crc = zlib.crc32(data) & 0xFFFFFFFF
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        payload = comp.compress(data) + comp.flush()
        flags = 0x0800
        if e.get("password"):
            flags |= 0x0001
            header = det_bytes("zipcrypto-header", 11) + bytes([crc >> 24])
            payload = ZipCrypto(e["password"]).encrypt(header + payload)
        offset = len(local)
        common = struct.pack("<HHHHHIII", 20, flags, 8, 0, 0x21, crc, len(payload), len(data))
        local += struct.pack("<I", 0x04034B50) + common + struct.pack("<HH", len(name), 0) + name + payload
        made_by = (e.get("system", 3) << 8) | 20
        central += (struct.pack("<IH", 0x02014B50, made_by) + common +
                    struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, e.get("external_attr", 0o100644 << 16), offset)
                    + name)
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(local), 0)
    return bytes(local + central + eocd)


def encrypted_zip():
    f = "encrypted.zip"
    data = raw_zip([
        {"name": "readme.txt", "data": b"This member is not encrypted.\n"},
        {"name": "secret-report.txt", "data": b"Encrypted showcase text.\n", "password": b"secret"},
    ])
    check = zipfile.ZipFile(io.BytesIO(data))
    assert check.read("secret-report.txt", pwd=b"secret") == b"Encrypted showcase text.\n"
    expect(f, "zipcrypto", "error", "encrypted")
    expect(f, "zipcrypto", "entry-text:readme.txt", "This member is not encrypted.")
    expect(f, "zipcrypto password is secret", "entry-text:secret-report.txt", "Encrypted showcase text.")
    return f, data


def dotdot_zip():
    f = "dotdot.zip"
    data = o.zip_bytes({"../evil.txt": "Path traversal entry.\n", "/etc/absolute.txt": "Absolute path entry.\n",
                        "ok.txt": "This entry is safe.\n"}, unix=True)
    expect(f, "path-traversal", "unsafe-entry", "../evil.txt")
    expect(f, "absolute-path", "unsafe-entry", "/etc/absolute.txt")
    expect(f, "good-entry", "entry-text:ok.txt", "This entry is safe.")
    return f, data


def symlink_zip():
    f = "symlink.zip"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data, mode in (("link-to-passwd", b"/etc/passwd", stat.S_IFLNK | 0o777),
                                 ("ok.txt", b"Regular file next to a link.\n", stat.S_IFREG | 0o644)):
            info = zipfile.ZipInfo(name, o.ZIP_TIME)
            info.create_system = 3
            info.external_attr = mode << 16
            info.compress_type = zipfile.ZIP_STORED
            zf.writestr(info, data)
    expect(f, "S_IFLNK", "unsafe-entry", "link-to-passwd")
    expect(f, "good-entry", "entry-text:ok.txt", "Regular file next to a link.")
    return f, buf.getvalue()


def device_tar():
    f = "device.tar"
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        dev = o._tar_info("evidence/console", tarfile.CHRTYPE, 0o600, 0, "root")
        dev.devmajor, dev.devminor = 5, 1
        tf.addfile(dev)
        body = b"Normal member beside a device.\n"
        tf.addfile(o._tar_info("evidence/notes.txt", tarfile.REGTYPE, 0o644, len(body), "apprentice"), io.BytesIO(body))
    expect(f, "character-device", "unsafe-entry", "evidence/console")
    expect(f, "good-entry", "entry-text:evidence/notes.txt", "Normal member beside a device.")
    return f, buf.getvalue()


def bomb_zip():
    f = "bomb.zip"
    buf = io.BytesIO()
    size = 200 * 1024 * 1024
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("zeros.bin", o.ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o100644 << 16
        info.create_system = 3
        with zf.open(info, "w") as out:
            chunk = bytes(1 << 20)
            for _ in range(size >> 20):
                out.write(chunk)
    expect(f, "ratio-over-1000", "error", "too-large")
    expect(f, "uncompressed-size", "count:uncompressed-bytes", size)
    return f, buf.getvalue()


def nested_zip():
    f = "nested.zip"
    inner = None
    for level in (4, 3, 2, 1):
        files = {"level%d.txt" % level: "Text at nesting level %d.\n" % level}
        if inner is not None:
            files["level%d.zip" % (level + 1)] = inner
        inner = o.zip_bytes(files, unix=True)
    for level in (1, 2, 3, 4):
        expect(f, "zip-in-zip-depth-4", "body", "Text at nesting level %d." % level)
    expect(f, "zip-in-zip-depth-4", "count:depth", 4)
    return f, inner


def truncated_zip(report_bytes):
    f = "truncated.zip"
    full = o.zip_bytes({"report.docx": report_bytes, "notes.txt": NOTES_TXT * 40}, unix=True)
    expect(f, "second-half-missing", "error", "truncated")
    return f, full[:len(full) // 2]


def malformed_docx():
    d = o.Docx(title="Malformed", author="Fixture")
    d.p("This will be replaced.")
    parts = d.parts()
    parts["word/document.xml"] = (o.XML_DECL + '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>Unclosed element'
                                  % o._TRANSITIONAL["w"])
    f = "malformed-xml.docx"
    expect(f, "document.xml-not-well-formed", "error", "malformed-xml")
    return f, o.zip_bytes(parts)


def _lp_utf16(text):
    """UNICODE-LP-P4 from MS-OFFCRYPTO: byte length, UTF-16LE, padded to 4 bytes."""
    data = text.encode("utf-16-le")
    return struct.pack("<I", len(data)) + data + b"\0" * (-len(data) % 4)


def encrypted_ooxml():
    """An Agile-encrypted OOXML container as Office writes it (not decryptable: the payload is filler)."""
    b64 = lambda seed, n: base64.b64encode(det_bytes(seed, n)).decode()
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
           'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" '
           'xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">'
           '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
           'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="%s"/>'
           '<dataIntegrity encryptedHmacKey="%s" encryptedHmacValue="%s"/><keyEncryptors>'
           '<keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
           '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
           'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="%s" '
           'encryptedVerifierHashInput="%s" encryptedVerifierHashValue="%s" encryptedKeyValue="%s"/>'
           '</keyEncryptor></keyEncryptors></encryption>'
           % (b64("kd", 16), b64("hk", 64), b64("hv", 64), b64("ks", 16), b64("vi", 16), b64("vh", 64), b64("kv", 32)))
    info = struct.pack("<HHI", 4, 4, 0x40) + xml.encode("utf-8")
    package = struct.pack("<Q", 6144) + det_bytes("payload", 6144)
    version = _lp_utf16("Microsoft.Container.DataSpaces") + struct.pack("<HHHHHH", 1, 0, 1, 0, 1, 0)
    entry = struct.pack("<II", 1, 0) + _lp_utf16("EncryptedPackage") + _lp_utf16("StrongEncryptionDataSpace")
    dsmap = struct.pack("<II", 8, 1) + struct.pack("<I", len(entry) + 4) + entry
    dsinfo = struct.pack("<II", 8, 1) + _lp_utf16("StrongEncryptionTransform")
    tid = _lp_utf16("{FF9A3F03-56EF-4613-BDD5-5A41C1D07246}")
    tname = _lp_utf16("Microsoft.Container.EncryptionTransform")
    primary = (struct.pack("<II", 8 + len(tid), 1) + tid + tname + struct.pack("<HHHHHH", 1, 0, 1, 0, 1, 0)
               + struct.pack("<I", 0) + struct.pack("<III", 0, 0, 4))
    streams = {"EncryptionInfo": info, "EncryptedPackage": package,
               "\x06DataSpaces/Version": version, "\x06DataSpaces/DataSpaceMap": dsmap,
               "\x06DataSpaces/DataSpaceInfo/StrongEncryptionDataSpace": dsinfo,
               "\x06DataSpaces/TransformInfo/StrongEncryptionTransform/\x06Primary": primary}
    f = "password-protected.docx"
    expect(f, "cfb-EncryptionInfo-EncryptedPackage", "error", "password-protected")
    return f, o.cfb_bytes(streams)


def legacy_doc_bytes():
    text = "Legacy Word 97-2003 document text.\r".encode("cp1252")
    fib = struct.pack("<HHHHH", 0xA5EC, 0x00C1, 0x0000, 0x0809, 0x0000) + struct.pack("<H", 0x1200)
    word = (fib.ljust(1536, b"\0") + text).ljust(4608, b"\0")
    summary = (struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + b"\0" * 16 + struct.pack("<I", 1)
               + bytes.fromhex("E0859FF2F94F6810AB9108002B27B3D9") + struct.pack("<I", 48) + struct.pack("<II", 8, 0))
    return o.cfb_bytes({"WordDocument": word, "1Table": det_bytes("table", 1024),
                        "\x05SummaryInformation": summary})


def legacy_ppt_bytes():
    doc = struct.pack("<HHI", 0x000F, 0x03E8, 4600) + b"Legacy PowerPoint 97-2003 slide text."
    current = (struct.pack("<HHI", 0x0000, 0x0FF6, 20) + struct.pack("<IIIHHBBH", 20, 0xE391C05F, 0, 8, 0x03F4, 3, 0, 0)
               + b"Fixture")
    return o.cfb_bytes({"PowerPoint Document": doc.ljust(4608, b"\0"), "Current User": current})


def seven_zip(outdir, files):
    exe = shutil.which("7z") or shutil.which("7za")
    if not exe:
        print("make_fixtures: 7z not found, bundle.7z skipped", file=sys.stderr)
        return False
    tmp = tempfile.mkdtemp(prefix="fixture7z-")
    try:
        for name, data in files.items():
            path = os.path.join(tmp, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as fh:
                fh.write(data)
            os.utime(path, (o.TAR_MTIME, o.TAR_MTIME))
        for root, dirs, _ in os.walk(tmp):
            for d in dirs:
                os.utime(os.path.join(root, d), (o.TAR_MTIME, o.TAR_MTIME))
        target = os.path.abspath(os.path.join(outdir, "bundle.7z"))
        if os.path.exists(target):
            os.remove(target)
        subprocess.run([exe, "a", "-t7z", "-mx=5", "-mmt=1", "-mtc=off", "-mta=off", "-bd", "-y", target]
                       + sorted(files), cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    finally:
        shutil.rmtree(tmp)
    return True


# ---------------------------------------------------------------------------
# media fixtures (recordings whose length the media reader measures)

def mp3_silence_bytes(frames):
    """MPEG-1 Layer III, 48 kHz mono at 128 kbit/s: every frame is 384 bytes and 24 ms long
    (1152 samples), and an all-zero side info decodes as silence. No Xing/Info header, so the
    length can only come from the frames themselves."""
    header = bytes([0xFF, 0xFB, 0x94, 0xC0])  # sync, MPEG-1, layer III, 128k, 48 kHz, mono
    return (header + bytes(384 - len(header))) * frames


def avi_raw_video_bytes(width, height, fps, frames):
    """An uncompressed (BI_RGB, 24-bit) AVI: `frames` solid-colour frames at `fps`, with an idx1 index."""
    def chunk(tag, data):
        return tag + struct.pack("<I", len(data)) + data + (b"\0" if len(data) % 2 else b"")

    def riff_list(kind, tag, data):
        return kind + struct.pack("<I", len(data) + 4) + tag + data

    row = (width * 3 + 3) // 4 * 4
    frame_size = row * height
    avih = struct.pack("<10I4I", 1000000 // fps, frame_size * fps, 0, 0x10, frames, 0, 1, frame_size,
                       width, height, 0, 0, 0, 0)
    strh = b"vidsDIB " + struct.pack("<IHH8I4h", 0, 0, 0, 0, 1, fps, 0, frames, frame_size,
                                     0xFFFFFFFF, 0, 0, 0, width, height)
    strf = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, frame_size, 0, 0, 0, 0)
    hdrl = riff_list(b"LIST", b"hdrl", chunk(b"avih", avih) +
                     riff_list(b"LIST", b"strl", chunk(b"strh", strh) + chunk(b"strf", strf)))
    movi_data = b""
    index = b""
    for i in range(frames):
        shade = (i * 255 // max(1, frames - 1)) & 0xFF
        offset = 4 + len(movi_data)  # from the 'movi' tag
        movi_data += chunk(b"00db", bytes([shade, 128, 255 - shade]) * (frame_size // 3))
        index += b"00db" + struct.pack("<III", 0x10, offset, frame_size)
    body = hdrl + riff_list(b"LIST", b"movi", movi_data) + chunk(b"idx1", index)
    return riff_list(b"RIFF", b"AVI ", body)


def media_fixtures(outdir):
    tone = o.wav_bytes(seconds=5.0, rate=8000)
    write(outdir, "tone-5s.wav", tone)
    expect("tone-5s.wav", "pcm-wav", "count:duration-ms", 5000)
    write(outdir, "silence-6s.mp3", mp3_silence_bytes(250))
    expect("silence-6s.mp3", "cbr-mp3-without-header", "count:duration-ms", 6000)
    write(outdir, "frames-2s.avi", avi_raw_video_bytes(16, 8, 25, 50))
    expect("frames-2s.avi", "raw-video-avi", "count:duration-ms", 2000)
    write(outdir, "corrupt.mp3", det_bytes("corrupt.mp3", 24000))
    expect("corrupt.mp3", "random-bytes-named-mp3", "error", "not-media")
    write(outdir, "truncated.wav", tone[:len(tone) // 2])
    expect("truncated.wav", "header-promises-more-data", "error", "truncated")
    write(outdir, "renamed.mp4", tone)
    expect("renamed.mp4", "wav-named-mp4", "error", "wrong-type")
    recordings = {"Presentation recording.wav": tone, "Customer call.mp3": mp3_silence_bytes(250),
                  "Damaged call.mp3": det_bytes("corrupt.mp3", 24000)}
    write(outdir, "recordings.zip", o.zip_bytes(recordings))
    expect("recordings.zip", "three-recordings", "count:entries", 3)


# ---------------------------------------------------------------------------

def main(argv):
    if len(argv) != 2:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    started = time.time()
    ROWS.clear()

    for build in (headings_docx, list_docx, table_docx, textbox_docx, footnote_docx, endnote_docx,
                  header_footer_docx, comment_docx, fields_docx, tracked_docx, hidden_docx, sdt_docx,
                  strict_docx):
        name, doc = build()
        write(outdir, name, doc.to_bytes())
    for build in (deck_pptx, odt, odp, pdf):
        name, data = build()
        write(outdir, name, data)
    for name, data in text_fixtures().items():
        write(outdir, name, data)
    fixtures_wordcount.write_all(write, outdir)

    report = simple_docx("Bundle report body text.", "Bundle report")
    good = simple_docx("The good document in a mixed bundle.", "Good")
    legacy_doc = legacy_doc_bytes()
    for build in (encrypted_zip, dotdot_zip, symlink_zip, device_tar, bomb_zip, nested_zip, malformed_docx,
                  encrypted_ooxml):
        name, data = build()
        write(outdir, name, data)
    name, data = truncated_zip(report)
    write(outdir, name, data)

    write(outdir, "legacy.doc", legacy_doc)
    expect("legacy.doc", "cfb-WordDocument", "error", "legacy-format")
    write(outdir, "legacy.ppt", legacy_ppt_bytes())
    expect("legacy.ppt", "cfb-PowerPoint-Document", "error", "legacy-format")
    write(outdir, "empty.zip", o.zip_bytes({}))
    expect("empty.zip", "no-entries", "count:entries", 0)
    write(outdir, "zero.docx", b"")
    expect("zero.docx", "zero-bytes", "error", "empty-file")
    card = o.Canvas(8, 8, (200, 40, 40))
    write(outdir, "not-really.docx", card.png())
    expect("not-really.docx", "png-named-docx", "error", "wrong-type")
    write(outdir, "not-really.pdf", "This is plain text saved with a .pdf name.\n")
    expect("not-really.pdf", "text-named-pdf", "error", "wrong-type")

    bundle = {"report.docx": report, "notes.txt": NOTES_TXT.encode(),
              "evidence/feedback.pdf": o.pdf_bytes([["Bundle feedback page."]], title="Feedback")}
    write(outdir, "bundle.tar", o.tar_bytes(bundle, dirs=("evidence",)))
    write(outdir, "bundle.tar.gz", o.gzip_bytes(o.tar_bytes(bundle, dirs=("evidence",))))
    kinds = ["bundle.tar", "bundle.tar.gz"]
    if seven_zip(outdir, bundle):
        kinds.append("bundle.7z")
    for k in kinds:
        expect(k, "archive-format", "count:entries", 3)
        expect(k, "member-docx", "entry", "report.docx")
        expect(k, "member-docx", "body", "Bundle report body text.")
        expect(k, "member-txt", "body", "Plain text notes for the showcase.")
        expect(k, "member-pdf", "body", "Bundle feedback page.")

    truncated_docx = good[:len(good) // 2]
    write(outdir, "mixed.zip", o.zip_bytes({"good.docx": good, "corrupt.docx": truncated_docx,
                                            "legacy.doc": legacy_doc}, unix=True))
    expect("mixed.zip", "good-member-still-read", "body", "The good document in a mixed bundle.")
    expect("mixed.zip", "corrupt-member", "unreadable-entry", "corrupt.docx")
    expect("mixed.zip", "legacy-member", "unreadable-entry", "legacy.doc")

    media_fixtures(outdir)

    with open(os.path.join(outdir, "fixtures.tsv"), "w", encoding="utf-8", newline="\n") as tsv:
        tsv.write("file\tfeature\trole\texpected\n")
        for row in ROWS:
            tsv.write("\t".join(row) + "\n")
    print("make_fixtures: %d files, %d expectations in %.1fs" % (
        len({r[0] for r in ROWS}), len(ROWS), time.time() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
