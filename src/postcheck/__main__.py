"""``python -m postcheck`` runs the command line.

Ctrl-C while the command line is still being imported ends it as it does later: one line,
exit status 130, no traceback.
"""

import sys

try:
    from postcheck.cli.main import console
except KeyboardInterrupt:
    sys.stderr.write("postcheck: interrupted\n")
    sys.exit(130)

console()
