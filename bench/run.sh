#!/usr/bin/env bash
# The benchmark of bench/README.md; run through `tools/run.sh bench` so the build is current.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec python3 bench/measure.py "$@"
