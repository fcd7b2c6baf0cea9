"""postcheck never opens a network connection: a full check of every example draft and every
draft pair runs under an audit hook that records any socket connection or name lookup."""

import json
import subprocess
import sys

from tests.conftest import REPO

SCRIPT = r"""
import json, sys
events = []
def audit(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        events.append(event)
sys.addaudithook(audit)
from postcheck.cli.main import main
try:
    main(["--format", "json", "--jobs", "1", *sys.argv[1:]])
except SystemExit as stop:
    code = stop.code
sys.stderr.write(json.dumps({"events": events, "code": code}))
"""


def test_no_network_during_a_full_check_of_every_draft():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(REPO / "corpora")],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    outcome = json.loads(result.stderr.strip().splitlines()[-1])
    assert outcome["events"] == []
    reports = json.loads(result.stdout)["reports"]
    assert len(reports) >= 50  # examples and both halves of every pair were really checked
