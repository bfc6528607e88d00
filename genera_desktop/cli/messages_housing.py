"""The housing plan's refusals in plain words (cli/messages.py gathers them)."""

from __future__ import annotations

HOUSING_REFUSALS = {
    "money_coordinator_only": ("only the coordinator decides on guarantee money "
                               "({detail}): money decisions are taken in one place"),
    "amount_approved_needed": ("an application that is {detail} needs the amount approved "
                               "(amount_approved)"),
    "fund_exceeded": ("the amount approved exceeds what the fund has available "
                      "({detail}): approve less, or raise the fund's budget"),
    "isee_above_max": "the application's ISEE exceeds the fund's isee_max ({detail})",
    "disbursement_exceeds": ("this disbursement would take the application's disbursements "
                             "past its amount_approved ({detail})"),
    "budget_below_committed": ("a fund's budget cannot go below what its applications "
                               "have committed ({detail})"),
    "application_disbursed": ("{detail} has been disbursed on this application: it stays, "
                              "approved, disbursed or closed, in its fund, with an "
                              "amount_approved of at least that"),
    "fund_in_use": ("the fund has {detail} live applications: delete them or move them to "
                    "another fund first"),
    "pact_same_person": "the host and the guest of a co-housing pact must be two persons",
    "pair_roles": "a pact pairs a host's co-housing offer with a guest's",
    "pact_has_visits": ("this co-housing pact has monitoring visits ({detail}), made to its "
                        "host and guest: its host and guest no longer change; end it "
                        "(phase ended) and start a new pact"),
    "visit_before_pact": "a monitoring visit cannot be dated before its pact's start ({detail})",
    "two_points_coordinator": ("a {detail} between households of two points is made at the "
                               "coordinator, the only site that holds both"),
}

HOUSING_FIELD_MESSAGES = {
    "not_an_agency": ("names an organisation that is not an estate agency "
                      "(org_type real_estate_agency)"),
    "before_from": "is before {detail}",
    "below_min": "is below {detail}",
}
