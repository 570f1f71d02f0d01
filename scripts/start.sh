#!/usr/bin/env bash
# Install what the app needs and start it on the embedded defaults: an SQLite file under var/,
# the shipped model, the demo scenarios (and, in demo mode, demo accounts printed below).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh requirements.txt
export COLLECTOR_DEMO="${COLLECTOR_DEMO:-1}" HF_HUB_OFFLINE=1
PORT="${PORT:-8501}"
if [ "$COLLECTOR_DEMO" = "1" ]; then
  .venv/bin/python -m storage.accounts demo-accounts  # creates and prints them; demo mode only
else
  echo "No demo accounts outside demo mode; create the first admin with:"
  echo "  .venv/bin/python -m storage.accounts create-admin --username NAME"
fi
echo "Starting on http://127.0.0.1:${PORT}"
exec .venv/bin/python -m streamlit run app.py --server.headless true --server.address "${ADDRESS:-127.0.0.1}" \
  --server.port "$PORT" --browser.gatherUsageStats false --server.fileWatcherType none
