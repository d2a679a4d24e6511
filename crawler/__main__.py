"""``python -m crawler`` runs the newsarchive command."""

from crawler.cli.main import main

main()
