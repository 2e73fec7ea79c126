# Sourced by the optimizer's scripts: makes .venv-fsrs-rs at the repository root with
# fsrs-rs-python 0.9.3 (fsrs-rs 6.6.1, the oracle of `recall optimize`) from PyPI, once, and
# sets REPO and FSRS_RS_PYTHON.
source "$(dirname "${BASH_SOURCE[0]}")/oracle-venv.sh"
oracle_venv .venv-fsrs-rs fsrs-rs-python 0.9.3
FSRS_RS_PYTHON="$ORACLE_PYTHON"
