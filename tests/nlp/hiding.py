"""Run postcheck in a child process that cannot see some installed files (a mount namespace).

The dependency tests hide a real library or dictionary this way, so the "missing" messages are
tested against the real failure, not a mock.
"""

import os
import shutil
import subprocess
import sys

import pytest


def hidden(paths: tuple[str, ...], code: str) -> subprocess.CompletedProcess[str]:
    """Run Python ``code`` in a child whose view of ``paths`` is empty.

    A folder is covered with an empty tmpfs, a file with /dev/null.
    """
    mounts = " && ".join(
        f"mount -t tmpfs none {path}" if os.path.isdir(path) else f"mount --bind /dev/null {path}"
        for path in paths
    )
    script = f"{mounts} && exec {sys.executable} -c '{code}'"
    return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)


def can_hide_files() -> bool:
    """Tell whether this process may make mount namespaces (root with ``unshare``)."""
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


needs_namespaces = pytest.mark.skipif(
    not can_hide_files(), reason="needs unshare -m (root) to hide installed files"
)
