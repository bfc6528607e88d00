"""The Piano integrato casa (spec/programme.md, "Piano integrato casa"): the rules of its
kinds and the services the pages, the command line, the agenda and the report call.
One module per concern:

- ``directory``: landlords (their estate agency);
- ``funds``: guarantee applications and disbursements: money decisions are the
  coordinator's, and no fund is spent beyond its budget;
- ``pacts``: co-housing pacts between two persons and their monitoring visits;
- ``pairs``: hosts' and guests' offers, the possible pairs with their reasons;
- ``household``: a household's housing, for its page;
- ``deadlines``: contract renewals and expiries, overdue instalments (the agenda);
- ``figures``: the report's housing figures.

Importing the package registers the kinds' rules (services/rules.py).
"""

from __future__ import annotations

from genera_desktop.services.housing import (  # noqa: F401  (registers the rules)
    directory,
    funds,
    pacts,
)
