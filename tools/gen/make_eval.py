#!/usr/bin/env python3
"""Build the labelled evaluation set for the evidence-ksb plugin.

Usage: python3 tools/gen/make_eval.py OUTDIR [--only NAME] [--check]
       python3 tools/gen/make_eval.py --positions NAME

Loads every bench/eval/bundles/*.py (each defines a dict BUNDLE in the format of
bench/eval/SPEC.md), validates it, and writes OUTDIR/<name>.zip, OUTDIR/<name>.tar.gz or
the folder OUTDIR/<name>/ as the bundle's "container" says.  Output is byte-identical on
every run (fixed timestamps and entry order, from ooxml.py).  A bundle that breaks a rule
stops the build with a message naming the bundle and the problem; --check validates
without writing anything.  --positions NAME prints where each gold passage of bundle NAME
starts and ends, in whitespace words from the start of its file (and from its first heading,
which skips a cover page) or as a slide number, to check passages against a word or slide limit.

Also used as a module by bench/eval.py: load_bundles(), validate(), build(), norm().
"""

import importlib.util
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)

import ooxml as o  # noqa: E402

BUNDLES_DIR = os.path.join(ROOT, "bench", "eval", "bundles")
PROFILES_DIR = os.path.join(ROOT, "mappings", "profiles")

STATUSES = ("evidenced", "weak", "missing", "beyond_limit", "appendix_only")
SPLITS = ("dev", "heldout")
CONTAINERS = {"zip": ".zip", "tar.gz": ".tar.gz", "folder": ""}
KINDS = ("docx", "pptx", "txt", "md")
DOCX_BLOCKS = ("h1", "h2", "h3", "p", "bold", "bullets", "numbered", "table", "title", "pagebreak")
MIN_PHRASE_WORDS = 6
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

WORD_APP = "Microsoft Office Word"
POWERPOINT_APP = "Microsoft Office PowerPoint"


class BundleError(Exception):
    pass


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------

def bundle_files(directory=BUNDLES_DIR):
    return sorted(os.path.join(directory, f) for f in os.listdir(directory)
                  if f.endswith(".py") and not f.startswith("_"))


def load_bundle(path):
    stem = os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location("eval_bundle_" + stem.replace("-", "_"), path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # a syntax error in a data file is still the bundle's problem
        raise BundleError("%s: cannot be loaded: %s: %s" % (stem, type(exc).__name__, exc))
    bundle = getattr(module, "BUNDLE", None)
    if not isinstance(bundle, dict):
        raise BundleError("%s: defines no dict BUNDLE" % stem)
    return stem, bundle


def load_bundles(only=None, directory=BUNDLES_DIR):
    """[(stem, BUNDLE)] sorted by file name; `only` keeps one name."""
    out = []
    for path in bundle_files(directory):
        stem = os.path.splitext(os.path.basename(path))[0]
        if only and stem != only:
            continue
        out.append(load_bundle(path))
    if only and not out:
        raise BundleError("%s: no such bundle in %s" % (only, directory))
    return out


def load_profile(profile_id):
    path = os.path.join(PROFILES_DIR, profile_id + ".json")
    if not os.path.isfile(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------------------
# The text of each file as blocks (what a reader should see), for validation
# ---------------------------------------------------------------------------

def norm(text):
    """Whitespace runs as one space, trimmed; None reads as ""."""
    return re.sub(r"\s+", " ", text or "").strip()


def _items(items):
    """The texts of list or slide-body items (an item is a string or a (text, level) pair)."""
    return [i if isinstance(i, str) else i[0] for i in items]


def _notes_list(notes):
    if notes is None:
        return []
    return [notes] if isinstance(notes, str) else list(notes)


def _kept(texts):
    """The texts normalised, empty ones dropped."""
    return [norm(t) for t in texts if t and norm(t)]


def _docx_block_texts(block):
    """The raw texts of one docx block (a heading, a paragraph, each list item, each table cell)."""
    tag, value = block[0], block[1] if len(block) > 1 else None
    if tag in ("bullets", "numbered"):
        return _items(value)
    if tag == "table":
        return [cell for row in value for cell in row]
    if tag == "pagebreak":
        return []
    return [value]


def _slide_texts(slide):
    """The raw texts of one slide: title, body items, table cells, notes."""
    return ([slide.get("title", "")] + _items(slide.get("body") or ())
            + [cell for row in slide.get("table") or () for cell in row] + _notes_list(slide.get("notes")))


def _text_blocks(text, markdown):
    """Paragraphs split on blank lines; in Markdown, headings and list items are blocks of their own."""
    blocks = []
    lines = text.replace("\r\n", "\n").split("\n")
    has_blank = any(not line.strip() for line in lines[:-1])
    current = []

    def flush():
        if current:
            blocks.append(norm(" ".join(current)))
            current.clear()

    for line in lines:
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if not has_blank and not markdown:
            blocks.append(norm(stripped))
            continue
        if markdown:
            m = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", stripped)
            if m:
                flush()
                blocks.append(norm(m.group(2)))
                continue
            m = re.match(r"^([-*+]|\d+[.)])\s+(.*)$", stripped)
            if m:
                flush()
                current.append(m.group(2))
                continue
        current.append(stripped)
    flush()
    return [b for b in blocks if b]


def file_blocks(entry):
    """The texts of a file's blocks in reading order (headings, paragraphs, list items, cells)."""
    kind = entry["kind"]
    if kind == "docx":
        return _kept(t for block in entry["blocks"] for t in _docx_block_texts(block))
    if kind == "pptx":
        return _kept(t for slide in entry["slides"] for t in _slide_texts(slide))
    return _kept(_text_blocks(entry["text"], kind == "md"))


def words_before_first_heading(entry):
    """Whitespace words of a docx file's blocks before its first h1/h2/h3 (0 without one, or not docx)."""
    if entry["kind"] != "docx":
        return 0
    blocks = entry["blocks"]
    first = next((k for k, b in enumerate(blocks) if b[0] in ("h1", "h2", "h3")), None)
    if first is None:
        return 0
    return sum(len(t.split()) for b in blocks[:first] for t in _kept(_docx_block_texts(b)))


def body_words(entry):
    """Whitespace words of a file's text, in order (a rough count for the limit margins)."""
    return sum(len(t.split()) for t in file_blocks(entry))


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

def validate(stem, bundle):
    """Raise BundleError naming the bundle and every problem found."""
    problems = []

    def bad(msg):
        problems.append(msg)

    name = bundle.get("name")
    if name != stem:
        bad("name %r differs from the file name %r" % (name, stem))
    elif not NAME_RE.match(stem):
        bad("name %r: use lower-case words joined by '-'" % stem)
    if bundle.get("split") not in SPLITS:
        bad("split %r is not one of %s" % (bundle.get("split"), ", ".join(SPLITS)))
    if bundle.get("container") not in CONTAINERS:
        bad("container %r is not one of %s" % (bundle.get("container"), ", ".join(CONTAINERS)))
    if not isinstance(bundle.get("author_note"), str) or not bundle["author_note"].strip():
        bad("author_note is missing")
    profile = load_profile(bundle.get("profile", ""))
    if profile is None:
        bad("profile %r does not exist in mappings/profiles/" % bundle.get("profile"))

    files = bundle.get("files")
    texts = {}
    if not isinstance(files, list) or not files:
        bad("files must be a non-empty list")
        files = []
    for i, entry in enumerate(files):
        where = "files[%d]" % i
        if not isinstance(entry, dict):
            bad("%s is not a dict" % where)
            continue
        path = entry.get("path")
        if not isinstance(path, str) or not path or path.startswith("/") or ".." in path.split("/"):
            bad("%s: path %r must be a relative path" % (where, path))
            continue
        where = "file %r" % path
        if path in texts:
            bad("%s appears twice" % where)
        kind = entry.get("kind")
        if kind not in KINDS:
            bad("%s: kind %r is not one of %s" % (where, kind, ", ".join(KINDS)))
            continue
        if not path.lower().endswith("." + kind):
            bad("%s: name does not end in .%s" % (where, kind))
        try:
            if kind == "docx":
                for j, block in enumerate(entry["blocks"]):
                    if not isinstance(block, tuple) or not block or block[0] not in DOCX_BLOCKS:
                        bad("%s: block %d %r: kind must be one of %s" % (where, j, block[:1] if isinstance(block, tuple) else block,
                                                                        ", ".join(DOCX_BLOCKS)))
                    elif block[0] == "table":
                        if not all(isinstance(c, str) for row in block[1] for c in row):
                            bad("%s: block %d: table cells must be strings" % (where, j))
                    elif block[0] in ("bullets", "numbered"):
                        if not isinstance(block[1], list):
                            bad("%s: block %d: %s takes a list" % (where, j, block[0]))
                    elif block[0] != "pagebreak" and not isinstance(block[1], str):
                        bad("%s: block %d: %s takes a string" % (where, j, block[0]))
            elif kind == "pptx":
                for j, slide in enumerate(entry["slides"]):
                    unknown = set(slide) - {"title", "body", "notes", "hidden", "layout", "table"}
                    if unknown:
                        bad("%s: slide %d: unknown keys %s" % (where, j + 1, sorted(unknown)))
                    if not isinstance(slide.get("title"), str):
                        bad("%s: slide %d has no title" % (where, j + 1))
            elif not isinstance(entry.get("text"), str):
                bad("%s: text must be a string" % where)
            texts[path] = file_blocks(entry)
        except (KeyError, IndexError, TypeError) as exc:
            bad("%s: malformed (%s: %s)" % (where, type(exc).__name__, exc))

    gold = bundle.get("gold")
    if not isinstance(gold, dict):
        bad("gold must be a dict")
        gold = {}
    if profile is not None:
        wanted = profile["coverage"]["criteria"]
        missing = [c for c in wanted if c not in gold]
        extra = [c for c in gold if c not in wanted]
        if missing:
            bad("gold lacks %d of the profile's criteria: %s" % (len(missing), ", ".join(missing)))
        if extra:
            bad("gold has criteria outside the profile's coverage: %s" % ", ".join(extra))
    for cid, label in gold.items():
        if not isinstance(label, dict):
            bad("%s: label is not a dict" % cid)
            continue
        status = label.get("status")
        if status not in STATUSES:
            bad("%s: status %r is not one of %s" % (cid, status, ", ".join(STATUSES)))
        passages = label.get("passages")
        if not isinstance(passages, list):
            bad("%s: passages must be a list" % cid)
            continue
        if status == "missing" and passages:
            bad("%s: status missing but %d passage(s) given" % (cid, len(passages)))
        if status != "missing" and status in STATUSES and not passages:
            bad("%s: status %s needs at least one passage" % (cid, status))
        for k, passage in enumerate(passages):
            f, phrase = passage.get("file"), passage.get("phrase")
            if f not in texts:
                bad("%s: passage %d names file %r, which is not in the bundle" % (cid, k + 1, f))
                continue
            if not isinstance(phrase, str) or len(phrase.split()) < MIN_PHRASE_WORDS:
                bad("%s: passage %d: phrase %r has fewer than %d words" % (cid, k + 1, phrase, MIN_PHRASE_WORDS))
                continue
            needle = norm(phrase)
            whole = "\n".join(texts[f])
            count = whole.count(needle)
            if count != 1:
                bad("%s: passage %d: phrase %r occurs %d times in %r (needs exactly 1, within one block)"
                    % (cid, k + 1, phrase, count, f))
    if problems:
        raise BundleError("%s: %d problem(s):\n  - %s" % (stem, len(problems), "\n  - ".join(problems)))


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

def _props(bundle, entry, default_app):
    stem = os.path.splitext(os.path.basename(entry["path"]))[0]
    return dict(title=entry.get("title", stem),
                author=entry.get("author", bundle.get("apprentice", "")),
                created=entry.get("created", o.DOC_DATE),
                modified=entry.get("modified", entry.get("created", o.DOC_DATE)),
                application=entry.get("application", default_app))


def docx_bytes(bundle, entry):
    doc = o.Docx(**_props(bundle, entry, WORD_APP))
    for block in entry["blocks"]:
        tag = block[0]
        if tag in ("h1", "h2", "h3"):
            doc.heading(block[1], int(tag[1]))
        elif tag == "title":
            doc.title_para(block[1])
        elif tag == "p":
            doc.p(block[1])
        elif tag == "bold":
            doc.p(o.run(block[1], bold=True))
        elif tag == "bullets":
            doc.list(block[1])
        elif tag == "numbered":
            doc.list(block[1], numbered=True)
        elif tag == "table":
            doc.table(block[1])
        elif tag == "pagebreak":
            doc.page_break()
    if entry.get("header"):
        doc.set_header(entry["header"])
    if entry.get("footer"):
        doc.set_footer(entry["footer"])
    return doc.to_bytes()


def pptx_bytes(bundle, entry):
    slides = [o.Slide(s["title"], [b if isinstance(b, str) else tuple(b) for b in s.get("body") or ()],
                      notes=s.get("notes"), hidden=bool(s.get("hidden")), table=s.get("table"),
                      layout=s.get("layout", "obj"))
              for s in entry["slides"]]
    return o.Pptx(slides, **_props(bundle, entry, POWERPOINT_APP)).to_bytes()


def file_bytes(bundle, entry):
    kind = entry["kind"]
    if kind == "docx":
        return docx_bytes(bundle, entry)
    if kind == "pptx":
        return pptx_bytes(bundle, entry)
    return entry["text"].encode("utf-8")


def _dirs(paths):
    dirs = set()
    for path in paths:
        parts = path.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            dirs.add("/".join(parts[:i]))
    return sorted(dirs)


def output_path(outdir, bundle):
    return os.path.join(outdir, bundle["name"] + CONTAINERS[bundle["container"]])


def build(bundle, outdir):
    """Write one bundle; returns its path."""
    files = {e["path"]: file_bytes(bundle, e) for e in bundle["files"]}
    target = output_path(outdir, bundle)
    os.makedirs(outdir, exist_ok=True)
    if bundle["container"] == "folder":
        if os.path.isdir(target):
            shutil.rmtree(target)
        for path, data in sorted(files.items()):
            full = os.path.join(target, *path.split("/"))
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(data)
        return target
    if bundle["container"] == "zip":
        data = o.zip_bytes(files, unix=True, dirs=_dirs(files))
    else:
        data = o.gzip_bytes(o.tar_bytes(files, dirs=_dirs(files)))
    with open(target, "wb") as f:
        f.write(data)
    return target


def positions(bundle):
    """Lines giving each gold passage's place: word range in its file, or slide number."""
    entries = {e["path"]: e for e in bundle["files"]}
    lines = []
    for cid, label in bundle["gold"].items():
        for passage in label["passages"]:
            entry = entries[passage["file"]]
            needle = norm(passage["phrase"])
            if entry["kind"] == "pptx":
                for n, slide in enumerate(entry["slides"], start=1):
                    if any(needle in norm(t) for t in _slide_texts(slide)):
                        lines.append("%-7s %-13s slide %d%s  %s" % (cid, label["status"], n,
                                                                  " (hidden)" if slide.get("hidden") else "",
                                                                  passage["file"]))
                continue
            words, place = 0, None
            for t in file_blocks(entry):
                if needle in t:
                    offset = words + len(t[:t.index(needle)].split())
                    place = (offset, offset + len(needle.split()))
                    break
                words += len(t.split())
            base = words_before_first_heading(entry)
            lines.append("%-7s %-13s words %5d-%-5d (from first heading %5d-%-5d)  %s"
                         % (cid, label["status"], place[0], place[1], place[0] - base, place[1] - base,
                            passage["file"]))
    return lines


def summary(bundle):
    counts = {s: 0 for s in STATUSES}
    for label in bundle["gold"].values():
        counts[label["status"]] += 1
    sizes = []
    for e in bundle["files"]:
        if e["kind"] == "pptx":
            hidden = sum(1 for s in e["slides"] if s.get("hidden"))
            sizes.append("%s: %d slides (%d hidden), %d words" % (e["path"], len(e["slides"]), hidden, body_words(e)))
        else:
            sizes.append("%s: %d words" % (e["path"], body_words(e)))
    return counts, sizes


def main(argv):
    args = argv[1:]
    only, check_only, outdir, show_positions = None, False, None, False
    while args:
        a = args.pop(0)
        if a == "--only" and args:
            only = args.pop(0)
        elif a == "--positions" and args:
            only, show_positions, check_only = args.pop(0), True, True
        elif a == "--check":
            check_only = True
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        elif a.startswith("-"):
            print("make_eval.py: unknown option %s" % a, file=sys.stderr)
            return 64
        elif outdir is None:
            outdir = a
        else:
            print("make_eval.py: one OUTDIR only", file=sys.stderr)
            return 64
    if outdir is None and not check_only:
        print("usage: make_eval.py OUTDIR [--only NAME] [--check]", file=sys.stderr)
        return 64
    try:
        bundles = load_bundles(only)
    except BundleError as exc:
        print("make_eval.py: %s" % exc, file=sys.stderr)
        return 65
    errors = []
    for stem, bundle in bundles:
        try:
            validate(stem, bundle)
        except BundleError as exc:
            errors.append(str(exc))
    if errors:
        for e in errors:
            print("make_eval.py: %s" % e, file=sys.stderr)
        return 65
    if show_positions:
        for stem, bundle in bundles:
            print("\n".join(positions(bundle)))
        return 0
    for stem, bundle in bundles:
        counts, sizes = summary(bundle)
        line = " ".join("%s=%d" % (k, v) for k, v in counts.items())
        if check_only:
            print("%s (%s, %s): ok  %s" % (stem, bundle["split"], bundle["profile"], line))
        else:
            path = build(bundle, outdir)
            print("%s (%s, %s): %s  %s" % (stem, bundle["split"], bundle["profile"], path, line))
        for s in sizes:
            print("    " + s)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
