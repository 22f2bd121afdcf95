"""Word-count calibration fixtures, written by our own generator (make_fixtures.py calls this).

wc-P00.docx ... wc-P18.docx have the structure of the reference's P00-P18 calibration files
(/work/shared/reference/word-counting-fixtures/, not ours, never copied): the body is always
"one two three" (3 words) and the part under test holds "alpha beta" (2 words). wc-vectors.docx
holds the reference's 50 test vectors V01-V50, one paragraph each, in order. The expected counts
live in the C++ tests (plugins/limits-word-count/tests/), next to the rules they pin.
"""

import ooxml as o

BODY = "one two three"
PART = "alpha beta"

# V01-V50 of the reference's test-vector table; "\t" becomes w:tab and "\n" a w:br.
VECTORS = [
    "The quick brown fox", "state-of-the-art design", "word - word", "word \u2013 word", "word \u2014 word",
    "word\u2014word", "word\u2013word", "pages 10\u201320", "Smith & Jones", "R&D budget",
    "and/or", "yes / no", "3,000 words", "2.5 hours", "\u00a33,000.50 paid",
    "50% done", "see https://www.example.com/a-b?x=1&y=2 now", "mail jane.doe@example.co.uk today",
    "K2.1 and S3", "don't stop",
    "don\u2019t stop", "\u201cHello,\u201d she said.", "he said \u201c Hello \u201d", "10\u00a0kg", "10\u202fkg",
    "foo\u200bbar", "word\tword", "word\nword", "wait...what", "a . b , c",
    "and \u2026 then", "e.g. U.K. i.e.", "co\u2011operate", "hyphen\u00adation", "1.2.3 Scope",
    "s.4(2)(a) applies", "x = y + 1", "\u2022 item", "\u65e5\u672c\u8a9e", "Hello \u4e16\u754c",
    "great \U0001f44d work", "2024-06-30", "June 30, 2003", "(see above)", "apples,pears",
    "C++ and C#", "----------", "word--word", "snake_case name", "cafe\u0301 au lait",
]


def _docx(**kw):
    return o.Docx(title="Word count calibration", author="Fixture", **kw)


def _part_fixtures():
    """name -> Docx, one part under test each."""
    def body_with(*extra):
        d = _docx()
        d.p([BODY + " "] + list(extra))
        return d

    docs = {}
    docs["P00_base"] = _docx()
    docs["P00_base"].p(BODY)
    d = _docx()
    d.p([BODY, d.footnote(PART)])
    docs["P01_footnote"] = d
    d = _docx()
    d.p([BODY, d.endnote(PART)])
    docs["P02_endnote"] = d
    d = _docx()
    d.set_header(PART)
    d.p(BODY)
    docs["P03_header"] = d
    d = _docx()
    d.set_footer(PART)
    d.p(BODY)
    docs["P04_footer"] = d
    d = _docx()
    d.p([BODY, d.textbox([PART])])  # written as wps with a VML fallback, like Word
    docs["P05_textbox"] = d
    d = _docx()
    d.p([d.comment(BODY, PART)])
    docs["P06_comment"] = d
    docs["P07_hidden"] = body_with(o.run(PART, hidden=True))
    d = _docx()
    d.p([BODY + " ", d.dele(PART)])
    docs["P08_deleted"] = d
    d = _docx()
    d.p([BODY + " ", d.ins(PART)])
    docs["P09_inserted"] = d
    docs["P10_fieldcode"] = body_with(o.complex_field(' HYPERLINK "http://example.com/a" \\o "tip words here" ', PART))
    d = _docx()
    d.list([BODY], numbered=True)
    docs["P11_numbered"] = d
    d = _docx()
    d.list([BODY])
    docs["P12_bullet"] = d
    d = _docx()
    d.p(BODY)
    d.table([[PART]], header=False)
    docs["P13_table"] = d
    docs["P14_fldsimple"] = body_with(o.simple_field(' DATE \\@ "d MMMM yyyy" ', PART))
    d = _docx()
    d.p(BODY)
    d.add(d.sdt([PART], alias="x"))
    docs["P15_sdt"] = d
    d = _docx(exclude_notes_from_stats=True)
    d.p([BODY, d.footnote(PART)])
    docs["P16_noSubdocsFlag_footnote"] = d
    d = _docx()
    d.p(o.X("<w:r><w:t>one</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>two</w:t></w:r><w:r><w:br/></w:r>"
            "<w:r><w:t>three</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t>alpha</w:t></w:r>"
            "<w:r><w:softHyphen/></w:r><w:r><w:t>beta</w:t></w:r>"))
    docs["P17_tabs_breaks"] = d
    d = _docx()
    d.p(BODY)
    d.p("")
    d.p("   ")
    docs["P18_empty_paras"] = d
    return docs


def write_all(write, outdir):
    """Writes wc-P00.docx ... wc-P18.docx and wc-vectors.docx through make_fixtures' write()."""
    for name, doc in _part_fixtures().items():
        write(outdir, "wc-%s.docx" % name.split("_")[0], doc.to_bytes())
    d = _docx()
    for vector in VECTORS:
        d.p(vector)
    write(outdir, "wc-vectors.docx", d.to_bytes())
