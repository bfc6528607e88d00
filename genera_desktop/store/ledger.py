"""The sync ledger: bundles seen, per-peer acknowledgements, quarantine (local-only)."""

from __future__ import annotations
