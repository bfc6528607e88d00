"""The adolescents' plan (spec/programme.md, "Piano integrato adolescenti"): the rules of
its kinds and the services the pages and the command line call. One module per concern:

- ``consents``: which consent is live on a day; a minor's need of a parent's or
  guardian's (also for a workshop enrolment: services/community/enrolments.py asks);
- ``school_work``: an experience's school, its consent, its hours after the safety
  training;
- ``files``: a young person's file (school, class, facilitator), one a person;
- ``prints``: the hours register of an experience.

Importing the package registers the kinds' rules (services/rules.py).
"""

from __future__ import annotations

from genera_desktop.services.youth import (  # noqa: F401  (registers the rules)
    consents,
    files,
    school_work,
)
