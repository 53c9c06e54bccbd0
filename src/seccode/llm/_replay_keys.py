"""How a call's stage names the program it is about, so a replay can serve cross-model answers.

A generation is about a task only; a detection (RQ2) or a one-shot repair (RQ3) is also about
*someone's* program: gpt-4 judging gpt-3.5's code answers differently from gpt-4 judging its own.
The study runners therefore mark such calls ``detect of <generator spec>``; this module is the one
place that spells and reads that form, and maps a generator's spec to the name its answers are
recorded under (``replay:paper:gpt-3.5`` was recorded as ``gpt-3.5``).
"""

from __future__ import annotations

#: joins a stage and the spec of the model whose program the call is about
SUBJECT_SEPARATOR = " of "


def stage_about(stage: str, subject: str) -> str:
    """``stage`` of a call about ``subject``'s program (``detect of replay:paper:gpt-3.5``)."""
    return f"{stage}{SUBJECT_SEPARATOR}{subject}" if subject else stage


def split_stage(stage: str) -> tuple[str, str]:
    """Inverse of :func:`stage_about`: the bare stage and the subject spec (``""`` when none)."""
    # bare stages never contain the separator, so the first one splits even a spec that does
    bare, _, subject = stage.partition(SUBJECT_SEPARATOR)
    return bare, subject


def recorded_name(spec: str) -> str:
    """The name a model's answers are recorded under, given its provider spec.

    ``replay:paper:gpt-3.5`` -> ``gpt-3.5``; ``replay:runs/x@openai:gpt-4o`` -> ``openai:gpt-4o``;
    any other spec is its own name.
    """
    if spec.startswith("replay:paper:"):
        return spec.removeprefix("replay:paper:")
    if spec.startswith("replay:") and "@" in spec:
        return spec.rpartition("@")[2]
    return spec


__all__ = ["SUBJECT_SEPARATOR", "recorded_name", "split_stage", "stage_about"]
