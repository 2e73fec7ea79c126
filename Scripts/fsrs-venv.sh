# Sourced by the fsrs scripts: makes .venv-fsrs at the repository root with py-fsrs 6.3.2
# from PyPI (once), and sets REPO and FSRS_PYTHON.
source "$(dirname "${BASH_SOURCE[0]}")/oracle-venv.sh"
oracle_venv .venv-fsrs fsrs 6.3.2
FSRS_PYTHON="$ORACLE_PYTHON"
