"""`python -m newsgraph` runs the command line."""

from .cli import main

main()
