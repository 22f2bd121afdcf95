#!/usr/bin/env python3
"""The JSON outputs against their schemas (docs/report.schema.json, docs/dump.schema.json).

Run by ctest (tests/CMakeLists.txt), one mode per test:
  samples   every sample's `check --format json`, with and without a profile, validates
  dump      every sample's `dump` validates
  negative  the schemas reject broken documents (a missing key, a wrong type, an unknown key...)

A missing python3-jsonschema fails the test: CI must not pass by validating nothing.
"""
import argparse
import copy
import json
import pathlib
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("python3-jsonschema is missing (apt-get install python3-jsonschema); the schema tests cannot run")

# The profile that applies to each sample, and further arguments worth a run of their own.
PROFILE_RUNS = {
    "highfield-report.zip": [
        ["--profile", "highfield-report"],
        ["--epao", "highfield"],
        # Past a lowered limit, with the differences explained: the optional `cutoff` and `explain`.
        ["--profile", "highfield-report", "--set", "limits-word-count.max=3000", "--explain-count"],
    ],
    "tquk-presentation.tar.gz": [["--profile", "tquk-presentation"]],
    "activeiq-components.zip": [["--profile", "activeiq-components"]],
    "gateway-journal": [["--profile", "gateway-journal"]],
}


def undocumented(schema):
    """Paths of the properties with no description, directly or through the definition they refer to."""
    def described(node):
        if "description" in node:
            return True
        reference = node.get("$ref", "")
        if not reference.startswith("#/"):
            return False
        target = schema
        for step in reference[2:].split("/"):
            target = target[step]
        return described(target)

    missing = []

    def walk(node, path):
        if isinstance(node, dict):
            for name, child in (node.get("properties") or {}).items():
                if isinstance(child, dict) and not described(child):
                    missing.append(f"{path}.{name}")
            for key, child in node.items():
                walk(child, f"{path}/{key}")
        elif isinstance(node, list):
            for index, child in enumerate(node):
                walk(child, f"{path}[{index}]")

    walk(schema, "")
    return missing


def load_validator(path):
    schema = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)  # the schema itself must be valid for its draft
    # Every field is documented: a field added without a description fails here.
    missing = undocumented(schema)
    if missing:
        sys.exit(f"{path}: properties without a description: {', '.join(missing)}")
    return validator_class(schema)


def run_json(showcase, arguments):
    result = subprocess.run([showcase, *arguments, "-q"], capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"showcase {' '.join(arguments)} exited {result.returncode}: {result.stderr}")
    return json.loads(result.stdout)


def samples_of(folder):
    return sorted(p for p in pathlib.Path(folder).iterdir() if p.suffix != ".md")


def errors_of(validator, document):
    return sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))


def report_errors(label, errors):
    print(f"FAIL {label}: {len(errors)} schema errors")
    for error in errors[:10]:
        where = "/".join(str(part) for part in error.absolute_path) or "(top)"
        print(f"  at {where}: {error.message[:300]}")


def check_runs(validator, showcase, runs):
    failures = 0
    for arguments in runs:
        label = " ".join(arguments)
        errors = errors_of(validator, run_json(showcase, arguments))
        if errors:
            report_errors(label, errors)
            failures += 1
        else:
            print(f"ok   {label}")
    return failures


def samples_mode(args):
    runs = []
    for sample in samples_of(args.samples):
        runs.append(["check", str(sample), "--format", "json"])
        for extra in PROFILE_RUNS.get(sample.name, []):
            runs.append(["check", str(sample), "--format", "json", *extra])
    if args.test_plugin_dir:
        # Refused libraries, a plugin that throws and third-party metrics, all in the envelope.
        sample = pathlib.Path(args.samples) / "highfield-report.zip"
        runs.append(["check", str(sample), "--format", "json", "--plugin-dir", args.test_plugin_dir])
    if len(runs) < 5:
        sys.exit(f"only {len(runs)} runs: the samples folder {args.samples} looks wrong")
    return check_runs(load_validator(args.schema), args.showcase, runs)


def dump_mode(args):
    runs = [["dump", str(sample)] for sample in samples_of(args.samples)]
    return check_runs(load_validator(args.schema), args.showcase, runs)


def broken(valid, what, change):
    """(what, a copy of `valid` with `change` applied)."""
    document = copy.deepcopy(valid)
    change(document)
    return what, document


def broken_reports(valid):
    """(what is broken, the document) pairs that the report schema must reject."""
    return [broken(valid, what, change) for what, change in [
        ("summary missing", lambda d: d.pop("summary")),
        ("bundle.files[0].path missing", lambda d: d["bundle"]["files"][0].pop("path")),
        ("summary.errors a string", lambda d: d["summary"].__setitem__("errors", "0")),
        ("findings an object", lambda d: d.__setitem__("findings", {})),
        ("finding severity unknown", lambda d: d["findings"][0].__setitem__("severity", "fatal")),
        ("unknown top-level key", lambda d: d.__setitem__("verdict", "passed")),
        ("schema_version changed", lambda d: d.__setitem__("schema_version", "2.0")),
        ("profile.picked_by unknown", lambda d: d["profile"].__setitem__("picked_by", "guess")),
        ("limits-word-count.words a string", lambda d: d["metrics"]["limits-word-count"].__setitem__("words", "many")),
        ("structure-sections unknown key", lambda d: d["metrics"]["structure-sections"].__setitem__("extra", 1)),
        ("a file's role unknown", lambda d: d["bundle"]["files"][0].__setitem__("role", "essay")),
        ("location index zero", lambda d: d["findings"][0].__setitem__("location", {"file": "x", "index": 0})),
    ]]


def broken_dumps(valid):
    """(what is broken, the document) pairs that the dump schema must reject."""
    return [broken(valid, what, change) for what, change in [
        ("documents missing", lambda d: d.pop("documents")),
        ("a block's index a string", lambda d: d["documents"][0]["blocks"][0].__setitem__("index", "1")),
        ("an unknown flag", lambda d: d["documents"][0]["blocks"][0].__setitem__("flags", ["bold"])),
    ]]


def count_accepted(name, validator, cases):
    """Prints whether the `name` schema rejects each (what, document); returns how many it accepted."""
    failures = 0
    for what, document in cases:
        if validator.is_valid(document):
            print(f"FAIL {name} schema accepted a document with {what}")
            failures += 1
        else:
            print(f"ok   {name} schema rejects: {what}")
    return failures


def negative_mode(args):
    report_validator = load_validator(args.schema)
    dump_validator = load_validator(args.dump_schema)
    sample = pathlib.Path(args.samples) / "highfield-report.zip"
    valid = run_json(args.showcase, ["check", str(sample), "--format", "json", "--profile", "highfield-report"])
    errors = errors_of(report_validator, valid)
    if errors:
        report_errors("the unbroken document", errors)
        return 1
    failures = count_accepted("report", report_validator, broken_reports(valid))
    dump = run_json(args.showcase, ["dump", str(sample)])
    return failures + count_accepted("dump", dump_validator, broken_dumps(dump))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["samples", "dump", "negative"])
    parser.add_argument("--showcase", required=True, help="the built showcase program")
    parser.add_argument("--samples", required=True, help="the samples folder")
    parser.add_argument("--schema", required=True, help="the schema to validate against")
    parser.add_argument("--dump-schema", help="negative mode: the dump schema too")
    parser.add_argument("--test-plugin-dir", help="samples mode: also a run with the loader's test plugins")
    args = parser.parse_args()
    modes = {"samples": samples_mode, "dump": dump_mode, "negative": negative_mode}
    failures = modes[args.mode](args)
    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
