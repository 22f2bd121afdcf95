#!/usr/bin/env python3
"""Write benchmark bundles for the showcase analyser.

Usage: python3 tools/gen/make_bench.py OUTDIR

  typical.zip  report.docx (~4,500 words, 17 headings, tables, a footnote) + deck.pptx (35 slides with notes)
  large.zip    report.docx (~50,000 words) + deck.pptx (100 slides with notes)

The text is nonsense assembled from a generated vocabulary (fixed seed), but sentence,
paragraph and run lengths follow what Word writes for real reports: several runs per
paragraph, some with run properties, and rsid attributes on paragraphs and runs.
"""

import itertools
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ooxml as o  # noqa: E402

FUNCTION_WORDS = ("the of and to a in that is for it with as was on be by this are at from "
                  "or have an they which you one we all their there been has more when will "
                  "would can if so our about into some could them only other than then also "
                  "after how what because any these first may most each should through").split()
SYLLABLES = ("ba be bi bo ca ce co cu da de di do fa fe fi ga ge go ha he ho la le li lo lu ma me mi mo "
             "na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi wa we wi "
             "ser vice cust om er team sup port feed back plan goal call desk book ing").split()


class Text:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        vocab = set()
        while len(vocab) < 4000:
            vocab.add("".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.choice((1, 2, 2, 3, 3, 4)))))
        self.vocab = sorted(vocab)
        # Shuffle before weighting so the frequent words are not all alphabetically first.
        self.rng.shuffle(self.vocab)
        # Zipf-like weights so some content words recur, as in a real report.
        self.cum_weights = list(itertools.accumulate(1.0 / (i + 1) ** 0.9 for i in range(len(self.vocab))))

    def word(self):
        if self.rng.random() < 0.42:
            return self.rng.choice(FUNCTION_WORDS)
        return self.rng.choices(self.vocab, cum_weights=self.cum_weights)[0]

    def sentence(self):
        n = max(4, int(self.rng.gauss(17, 6)))
        words = [self.word() for _ in range(n)]
        words[0] = words[0].capitalize()
        if n > 10 and self.rng.random() < 0.4:
            words[self.rng.randrange(3, n - 3)] += ","
        return " ".join(words) + self.rng.choice(".....?")

    def paragraph(self, target_words=None):
        sentences = []
        count = 0
        goal = target_words or max(30, int(self.rng.gauss(95, 35)))
        while count < goal:
            s = self.sentence()
            sentences.append(s)
            count += len(s.split())
        return " ".join(sentences)

    def title(self, n=None):
        return " ".join(self.word().capitalize() for _ in range(n or self.rng.randint(2, 6)))


def word_runs(text, rng, rsid):
    """Split a paragraph into runs the way Word's editing history leaves them."""
    words = text.split(" ")
    runs, i = [], 0
    while i < len(words):
        n = rng.randint(3, 25)
        piece = " ".join(words[i:i + n]) + (" " if i + n < len(words) else "")
        fmt = {}
        roll = rng.random()
        if roll < 0.08:
            fmt["bold"] = True
        elif roll < 0.14:
            fmt["italic"] = True
        elif roll < 0.18:
            fmt["lang"] = "en-US"
        r = o.run(piece, **fmt)
        runs.append(o.X(r.replace("<w:r>", '<w:r w:rsidR="%08X">' % rsid(), 1)))
        i += n
    return runs


def report(seed, words_target, headings, slides_with_tables=2):
    t = Text(seed)
    rng = random.Random(seed + 1)
    rsid = lambda: rng.choice((0x00A1B2C3, 0x00D4E5F6, 0x0012AB34, 0x00C0FFEE, 0x003E4F50))
    d = o.Docx(title="Benchmark report %d" % seed, author="Benchmark")
    d.title_para("Apprentice showcase report")
    per_section = words_target // headings
    table_every = max(1, headings // slides_with_tables)
    for h in range(headings):
        level = 1 if h % 6 == 0 else 2
        d.heading(t.title(), level)
        written = 0
        while written < per_section:
            text = t.paragraph(min(per_section - written, max(30, int(rng.gauss(95, 35)))))
            runs = word_runs(text, rng, rsid)
            if h == 1 and written == 0:
                runs.append(d.footnote(t.sentence()))
            d.add(o.X(o.para(runs).replace("<w:p>", '<w:p w:rsidR="%08X" w:rsidRDefault="%08X">' % (rsid(), rsid()), 1)))
            written += len(text.split())
        if h % table_every == table_every - 1:
            rows = [[t.title(2), t.title(2), t.title(1)]]
            rows += [[t.title(rng.randint(1, 3)), t.sentence(), str(rng.randint(1, 99))] for _ in range(5)]
            d.table(rows, widths=[2400, 5226, 1400])
    return d


def deck(seed, count):
    t = Text(seed)
    rng = random.Random(seed + 2)
    slides = []
    for n in range(count):
        body = []
        while sum(len(b.split()) for b in body) < rng.randint(35, 70):
            body.append(t.sentence()[:-1])
        notes = [t.paragraph(rng.randint(60, 140))]
        table = None
        if n % 17 == 5:
            table = [[t.title(1), t.title(1), t.title(1)]] + [[t.title(2), t.title(2), str(rng.randint(1, 9))]
                                                               for _ in range(3)]
            body = body[:2]
        slides.append(o.Slide(t.title(), body, notes=notes if n % 9 else None, table=table,
                              hidden=(n == count // 2)))
    slides[0].layout = "title"
    return o.Pptx(slides, title="Benchmark deck %d" % seed, author="Benchmark", notes_slide_numbers=True)


def main(argv):
    if len(argv) != 2:
        print("usage: make_bench.py OUTDIR", file=sys.stderr)
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    # Paragraph targets sit below the totals: headings, tables and overshoot make up the rest.
    typical_doc = report(7, 4080, 17)
    large_doc = report(11, 48400, 120)
    bundles = {
        "typical.zip": {"report.docx": typical_doc.to_bytes(), "deck.pptx": deck(7, 35).to_bytes()},
        "large.zip": {"report.docx": large_doc.to_bytes(), "deck.pptx": deck(11, 100).to_bytes()},
    }
    for name, files in bundles.items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(o.zip_bytes(files, unix=True))
    print("make_bench: typical report %d words, large report %d words" % (typical_doc.body_words(), large_doc.body_words()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
