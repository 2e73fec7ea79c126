"""What the Python check stages share: failures collected with a message, and running recall."""

import subprocess
import sys

failures = []


def check(condition, message):
    """Records a failure (and prints it) instead of stopping, so one run reports them all."""
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def recall(binary, repo, *args, expect=0):
    """Runs recall in the repository; exits the check with its stderr if the status is not `expect`.
    Output is decoded as UTF-8 with its line endings as they are (csv rows end in CRLF)."""
    result = subprocess.run([binary, *args], cwd=repo, capture_output=True)
    result.stdout = result.stdout.decode("utf-8")
    result.stderr = result.stderr.decode("utf-8")
    if result.returncode != expect:
        sys.exit(f"recall {' '.join(args)} exited {result.returncode}, expected {expect}:\n{result.stderr}")
    return result


def finish(name, summary):
    """Exits non-zero if any check failed, else prints the summary."""
    if failures:
        sys.exit(f"{name}: {len(failures)} failures")
    print(f"{name}: {summary}")
