"""Fixtures of the sync tests: a template network of real stores, copied per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.syncnet import MEMBERS, Net, build_template, copy_network


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("template")
    build_template(root)
    return root


@pytest.fixture
def net(template: Path, tmp_path: Path) -> Iterator[Net]:
    """A fresh copy of the template network, every site enrolled."""
    network_ = Net(copy_network(template, tmp_path / "net"), ["coord", *MEMBERS])
    yield network_
    network_.close()
