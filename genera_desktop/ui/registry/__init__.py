"""registry: see docs/dev/layout.md."""
