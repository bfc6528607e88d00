"""What every command needs: the data folder, who is speaking, the open store."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from genera_desktop.domain.errors import FieldError, GeneraError, ValidationFailed
from genera_desktop.paths import default_data_dir


class UsageError(GeneraError):
    """A command given without something it needs (exit 1, one error line)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Context:
    """Per-invocation state of the command line."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.data_dir = Path(
            getattr(args, "data_dir", None) or os.environ.get("GENERA_DATA_DIR") or default_data_dir()
        ).expanduser()
        self._store: Any = None

    @property
    def username(self) -> str:
        user = getattr(self.args, "user", None) or os.environ.get("GENERA_USER")
        if not user:
            raise UsageError("who are you? give --user NAME or set GENERA_USER")
        return str(user)

    def password(self, *, confirm: bool = False, prompt: str = "Password: ") -> str:
        """GENERA_PASSWORD, or a prompt without echo on a terminal."""
        value = os.environ.get("GENERA_PASSWORD")
        if value is not None:
            return value
        if not sys.stdin.isatty():
            raise UsageError("no password: set GENERA_PASSWORD or run on a terminal")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the password: ") != first:
            raise UsageError("the two passwords differ")
        return first

    @property
    def store(self) -> Any:
        """The store, opened and authenticated on first use."""
        if self._store is None:
            from genera_desktop.services.session import open_store

            user = self.username
            self._store = open_store(self.data_dir, user, self.password())
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    # -- output ------------------------------------------------------------------------

    @staticmethod
    def print_json(value: Any) -> None:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n")

    @staticmethod
    def say(text: str) -> None:
        sys.stdout.write(text + "\n")


def parse_json_object(text: str, option: str = "--json") -> dict[str, Any]:
    """The JSON object given on the command line, or a clear error."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise ValidationFailed([FieldError(option, "invalid_json", str(err))]) from None
    if not isinstance(value, dict):
        raise ValidationFailed([FieldError(option, "not_object")])
    return value
