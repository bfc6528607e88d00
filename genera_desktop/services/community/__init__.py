"""Community life (spec/programme.md, "Community life"): the rules of its kinds and the
services the pages and the command line call. One module per concern:

- ``enrolments``: one enrolment per person and workshop, at the workshop's point;
- ``attendance``: one attendance per person and session, of the enrolled; the grid;
- ``initiatives``: a citizens' initiative's flow;
- ``organisations``: the partner directory, and referrals linked to it;
- ``newcomers``: a person registered at a workshop with the minimum, as a contact.

Importing the package registers the kinds' rules (services/rules.py).
"""

from __future__ import annotations

from genera_desktop.services.community import (  # noqa: F401  (registers the rules)
    attendance,
    enrolments,
    initiatives,
    newcomers,
    organisations,
)
