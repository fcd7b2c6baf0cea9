"""``python -m postcheck`` runs the command line."""

from postcheck.cli import main

main(prog_name="postcheck")
