"""network: see docs/dev/layout.md."""
