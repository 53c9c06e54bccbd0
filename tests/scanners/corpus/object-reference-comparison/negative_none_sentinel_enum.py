"""Negative example for object-reference-comparison: identity is used only for None, an object() sentinel and enum members."""
import enum

_MISSING = object()
DEFAULT_PLAN = "basic"


class Plan(enum.Enum):
    BASIC = "basic"
    PREMIUM = "premium"


def plan_of(settings, key):
    value = settings.get(key, _MISSING)
    if value is _MISSING or value is None:
        return Plan(DEFAULT_PLAN)
    plan = Plan(value.strip().lower())
    if plan is Plan.PREMIUM:
        return plan
    return Plan.BASIC if plan.value == DEFAULT_PLAN else plan
