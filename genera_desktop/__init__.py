"""genera: offline-first case management for the Punti di Comunità."""

__version__ = "0.1.0"
