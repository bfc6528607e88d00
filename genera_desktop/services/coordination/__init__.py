"""coordination: see docs/dev/layout.md."""
