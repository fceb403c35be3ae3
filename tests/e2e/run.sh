#!/bin/sh
# Runs every end-to-end test (tmux, real terminal) and prints a total.
cd "$(dirname "$0")" || exit 2
command -v tmux >/dev/null || { echo "e2e: tmux is not installed" >&2; exit 2; }
exec sh ../run_suite.sh e2e
