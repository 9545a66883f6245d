"""`python -m ua_letters` runs the command line."""

from ua_letters.cli.app import main

main()
