"""custode: see docs/dev/layout.md."""
