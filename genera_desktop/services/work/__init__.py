"""The work plan (spec/programme.md, "Piano integrato lavoro"): the rules of its kinds
and the services the pages and the command line call. One module per concern:

- ``profiles``: a job profile per person; catalogue codes, languages, vacancies' hosts;
- ``internship_rules``: the dated regional rules (Lombardy, DGR 7763/2018 shipped);
- ``internships``: an internship's allowance, duration and host cap; its months;
- ``matching``: ranking profiles for a vacancy and vacancies for a person;
- ``candidacies``: a candidacy keeps the score and reasons of its moment;
- ``hirings``: a hiring's incentives, valid on its date;
- ``skill_exchange``: citizens' offers and requests of skills, matched by skill.

Importing the package registers the kinds' rules (services/rules.py).
"""

from __future__ import annotations

from genera_desktop.services.work import (  # noqa: F401  (registers the rules)
    candidacies,
    courses,
    hirings,
    internships,
    profiles,
    skill_exchange,
)
