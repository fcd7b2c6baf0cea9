"""``python -m postcheck`` runs the command line."""

from postcheck.cli.main import console

console()
