"""``python -m postcheck`` runs the command line."""

from postcheck.cli.main import main

main(prog_name="postcheck")
