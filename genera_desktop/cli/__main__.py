"""`python -m genera_desktop.cli`: the same as the `genera` command."""

from genera_desktop.cli import entry

entry()
