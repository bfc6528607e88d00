"""What every area's pages share: the change bus."""
