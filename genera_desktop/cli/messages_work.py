"""The work plan's refusals, field errors and warnings in the command line's words
(cli/messages.py gathers them)."""

from __future__ import annotations

REFUSALS = {
    "profile_exists": "this person already has a job profile ({detail}): change it instead",
    "vacancy_host": ("a vacancy's organisation must be a company or a staffing agency "
                     "(this one is {detail})"),
    "already_candidate": ("this person is already a candidate for this vacancy "
                          "(candidacy {detail})"),
    "no_job_profile": "the person {detail} has no job profile: make one first",
    "internship_too_short": "an internship lasts at least {detail} months",
    "internship_too_long": "an internship lasts at most {detail} months for this person",
    "incentive_unknown": ("incentives: {detail} is not in the incentive catalogue "
                          "(genera incentive list, genera catalog incentives)"),
    "incentive_code_taken": "an incentive with code {detail} already exists",
    "cv_consent_needed": ("the job profile {detail} does not record the person's consent to "
                          "share the CV (cv_consent): nothing is printed"),
    "month_exists": ("this internship's month is already recorded ({detail}): "
                     "change it instead"),
    "course_not_completed": "the course enrolment {detail} is not completed",
    "allowance_needed": ("monthly_allowance: cannot be removed from this internship (the "
                         "regional minimum that applies is {detail} euro a month)"),
    "hiring_internship_other_person": ("internship: {detail} is another person's "
                                       "internship"),
    "already_in_course": ("this person is already enrolled in this course "
                          "(course_enrolment {detail})"),
}


def allowance_below(detail: str) -> str:
    given, least = (detail.split("|") + [""])[:2]
    return (f"monthly_allowance {given} is below the regional minimum that applies "
            f"({least} euro a month)")


def month_outside(detail: str) -> str:
    first, last = (detail.split("|") + [""])[:2]
    return f"month: outside the internship (from {first} to {last})"


def incentive_not_valid(detail: str) -> str:
    code, start, end, day = (detail.split("|") + ["", "", "", ""])[:4]
    span = " ".join(p for p in (f"from {start}" if start else "", f"to {end}" if end else "")
                    if p)
    return f"incentives: {code} is not valid on {day} (valid {span})"


SPECIAL_REFUSALS = {
    "incentive_not_valid": incentive_not_valid,
    "allowance_below_minimum": allowance_below,
    "month_outside_internship": month_outside,
}

FIELD_MESSAGES = {
    "occupations_code": ("is not a code of the occupations catalogue "
                         "(see 'genera catalog occupations')"),
    "skills_code": "is not a code of the skills catalogue (see 'genera catalog skills')",
    "language_level": "is not a language with its level, written like it:C1 or en:A2",
    "before_start": "is before start_date",
    "month_format": "must be a month written YYYY-MM",
    "days_count": "must equal the number of attended_days ({detail})",
    "not_day_numbers": "must be a list of day numbers (1 to 31)",
    "day_repeated": "gives day {detail} twice",
    "before_field": "is before {detail}",
    "hours_range": "must be more than 0 and at most {detail}",
    "at_least": "must be at least {detail}",
}


def warning_line(code: str, detail: str) -> str:
    """A warning's line (without ``warning: ``)."""
    if code == "host_cap":
        count, cap, employees = (detail.split("|") + ["", "", ""])[:3]
        return (f"the host would have {count} active internships, more than the {cap} its "
                f"size allows ({employees} employees)")
    return f"{code.replace('_', ' ')} {detail}".strip()
