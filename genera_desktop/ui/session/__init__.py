"""session: see docs/dev/layout.md."""
