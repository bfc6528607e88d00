"""The adolescents' plan's refusals and field errors in the command line's words, for a
young person's file (cli/messages.py gathers them)."""

from __future__ import annotations

REFUSALS = {
    "youth_file_exists": "this person already has a youth file ({detail}): change it instead",
    "youth_file_too_old": ("the person is over 25 on {detail} (followed_since, today when "
                           "not given): the plan follows young people up to 25"),
}
FIELD_MESSAGES = {
    "school_year_format": "must be a school year written YYYY/YY, two consecutive years "
                          "(2026/27)",
}
