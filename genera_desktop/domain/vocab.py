"""The enumerated codes of docs/dev/records.md. Stored as these English codes; the
UI and the printed forms show Italian labels (printing/labels.py)."""

from __future__ import annotations

SEX = ("F", "M")
YES_NO_PENDING = ("yes", "no", "pending")
MARITAL_STATUS = ("single", "married", "cohabiting", "separated", "divorced", "widowed")
EDUCATION = ("none", "primary", "lower_secondary", "vocational", "upper_secondary", "degree")
WORK_STATUS = ("employed", "unemployed", "student", "homemaker", "retired", "unable_to_work")
RELATION = (
    "reference", "spouse", "partner", "child", "parent", "sibling", "grandchild",
    "grandparent", "other_relative", "other",
)
HOUSEHOLD_STATUS = ("new", "active", "taken_on", "suspended", "closed")
CHANNEL = ("direct", "referral")
HOUSING_TENURE = (
    "owned", "rented", "public_housing", "guest", "occupied_without_title", "homeless", "other",
)
INCOME_SOURCES = ("work", "pension", "benefits", "maintenance", "informal", "none", "other")
NEEDS = ("economic", "work", "housing", "family", "migration", "education", "health", "other")
INTAKE_OUTCOME = ("referral", "taken_on", "information", "closed")
CONSENTS = ("processing", "special_categories", "network_sharing", "contact")
CONTACT_TYPE = ("interview", "phone_call", "home_visit", "email", "other")
REFERRAL_DIRECTION = ("out", "in")
REFERRAL_STATUS = ("sent", "accepted", "in_progress", "closed", "refused")
CONTEXT_MANAGER = ("aler", "comune", "private", "other")
CONTEXT_TYPE = ("building", "block", "condominio_sociale")
FLAGGED_BY = ("social_services", "porter", "neighbour", "self", "custode", "other")
VISIT_CONTACT_TYPE = ("home_visit", "shared_spaces", "phone", "accompaniment", "group_activity")
VISIT_ISSUES = (
    "loneliness", "emotional_support", "maintenance", "neighbour_conflict", "vandalism",
    "rent_arrears", "health_hygiene", "barriers", "digital_help",
)
VISIT_REFERRALS = ("social_services", "aler", "gp", "point")

MUNICIPALITIES = (
    "Montichiari", "Acquafredda", "Calcinato", "Calvisano", "Carpenedolo", "Remedello", "Visano",
)
USER_ROLES = ("admin", "operator")
SITE_ROLES = ("coordinator", "point", "laptop")
