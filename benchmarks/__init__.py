"""Scripts that measure and print figures; `make bench` runs them all (never fails)."""
