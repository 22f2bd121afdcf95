#!/usr/bin/env python3
"""Write the realistic sample showcase bundles.

Usage: python3 tools/gen/make_samples.py [OUTDIR]     (default: samples/ at the repository root)

Every apprentice, employer, customer and event in these bundles is invented; the criteria
wording, limits and template section names come from the EPAO documents in shared/seeds/.
Output is byte-identical on every run.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ooxml as o  # noqa: E402
import samples_activeiq  # noqa: E402
import samples_gateway  # noqa: E402
import samples_highfield  # noqa: E402
import samples_tquk  # noqa: E402

README = """# Sample showcase bundles

Invented apprentices and employers; criteria, limits and section names follow the EPAO documents in `shared/seeds/`.

- `highfield-report.zip` \u2013 Highfield written report (`Showcase report - Megan Hollis.docx`, leisure centre): the 17 template sections as Heading 1/2 under three tasks, {hf_words:,} body words before the Appendix heading (limit about 4,500 excluding annexes), footnotes, header/footer, an Appendix with a KSB mapping table (K2.1 \u2026 B15.5), and an `Appendices/` folder with a multi-page feedback PDF, a witness testimony .docx, a thank-you card .png and a 3-second .wav call extract.
- `tquk-presentation.tar.gz` \u2013 TQUK presentation (council contact centre): a 37-slide .pptx, deliberately 2 slides past the 35-slide limit (positions 36\u201337), one hidden slide (position 23, `show="0"`), notes on {tq_notes} slides, a module-map table at position 3 stored as `slide37.xml` (file numbers differ from slide order), plus `evidence/witness-statement.docx` and `evidence/customer-emails.txt`.
- `activeiq-components.zip` \u2013 Active IQ component set (garden centre): worksheet answering all 14 questions, induction pack .pptx, personal development plan (self-assessment, SWOT, SMART goals, feedback), conflict case study .docx, influencing case study .odt and line-manager testimony .pdf; no real customer names appear.
- `gateway-journal/` \u2013 Gateway Qualifications journal (bus travel centre): `reflective-journal.md` with {gw_entries} dated `## 3 March 2026`-style entries ({gw_words:,} words) and a {gw_frames}-frame `storyboard.odp` with notes.

Regenerate (byte-identical output): `python3 tools/gen/make_samples.py`
"""


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


def main(argv):
    outdir = argv[1] if len(argv) > 1 else os.path.join(HERE, "..", "..", "samples")
    outdir = os.path.normpath(outdir)

    hf, hf_info = samples_highfield.build()
    write(os.path.join(outdir, "highfield-report.zip"), hf)
    tq, tq_info = samples_tquk.build()
    write(os.path.join(outdir, "tquk-presentation.tar.gz"), tq)
    aq, aq_info = samples_activeiq.build()
    write(os.path.join(outdir, "activeiq-components.zip"), aq)
    gw_files, gw_info = samples_gateway.build()
    for name, data in gw_files.items():
        write(os.path.join(outdir, "gateway-journal", name), data)

    notes = int([k for k in tq_info if k.startswith("notes words")][0].split("(")[1].split()[0])
    write(os.path.join(outdir, "README.md"), README.format(
        hf_words=hf_info["report body words (excluding appendix)"], tq_notes=notes,
        gw_entries=gw_info["journal entries"], gw_words=gw_info["journal body words"],
        gw_frames=gw_info["storyboard frames"]))

    for label, info in (("highfield-report.zip", hf_info), ("tquk-presentation.tar.gz", tq_info),
                        ("activeiq-components.zip", aq_info), ("gateway-journal/", gw_info)):
        print(label)
        for key, value in info.items():
            print("  %s: %s" % (key, value))
    print("written to", outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
