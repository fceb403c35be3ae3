#!/bin/sh
# Runs every install test (tests/install/test_*.sh) and prints a total.
cd "$(dirname "$0")" || exit 2
exec sh ../run_suite.sh install-check
