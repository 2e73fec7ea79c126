# Sourced by the scripts that check recall against a Python oracle: `oracle_venv DIR PACKAGE
# VERSION` makes the venv DIR at the repository root with PACKAGE==VERSION from PyPI (once, and
# again if the version there differs) and sets REPO and ORACLE_PYTHON.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
oracle_venv() {
    local venv="$REPO/$1"
    ORACLE_PYTHON="$venv/bin/python"
    if ! "$ORACLE_PYTHON" -c "import importlib.metadata as m; assert m.version('$2') == '$3'" 2>/dev/null; then
        echo "creating $venv with $2==$3" >&2
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check "$2==$3"
    fi
}
