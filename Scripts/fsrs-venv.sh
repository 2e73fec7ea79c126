# Sourced by the fsrs scripts: makes .venv-fsrs at the repository root with py-fsrs 6.3.2
# from PyPI (once), and sets REPO and FSRS_PYTHON.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FSRS_VENV="$REPO/.venv-fsrs"
FSRS_PYTHON="$FSRS_VENV/bin/python"
if ! "$FSRS_PYTHON" -c 'import importlib.metadata as m; assert m.version("fsrs") == "6.3.2"' 2>/dev/null; then
    echo "creating $FSRS_VENV with fsrs==6.3.2" >&2
    python3 -m venv "$FSRS_VENV"
    "$FSRS_VENV/bin/pip" install --quiet --disable-pip-version-check "fsrs==6.3.2"
fi
