"""Prompts as versioned package data (``prompts/<preset>.json``) and the functions that render them.

Templates use ``$name`` placeholders (``string.Template``): code is full of braces, and a value
substituted into a template is never re-parsed, so generated code cannot inject placeholders.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from string import Template

from seccode.errors import InputError
from seccode.llm._records import ChatMessage
from seccode.scanners import Finding

PRESETS = ("default", "paper")


@dataclass(frozen=True, slots=True)
class PromptSet:
    """One preset's templates; ``version`` changes whenever any template's wording does."""

    preset: str
    version: int
    system: str | None
    generate: str
    repair: str
    finding: str
    no_code: str
    rejected: str
    followup: str | None  # None: every repair round starts afresh (the paper); else one conversation

    @property
    def label(self) -> str:
        """``preset@vN``, recorded in every run history."""
        return f"{self.preset}@v{self.version}"


@cache
def load_prompts(preset: str = "default") -> PromptSet:
    """The prompt set named ``preset`` (``default`` or ``paper``)."""
    if preset not in PRESETS:
        raise InputError(f"unknown prompt preset {preset!r}; choose one of: {', '.join(PRESETS)}")
    text = resources.files("seccode.llm.prompts").joinpath(f"{preset}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return PromptSet(
        preset=str(data["preset"]),
        version=int(data["version"]),
        system=data.get("system"),
        generate=str(data["generate"]),
        repair=str(data["repair"]),
        finding=str(data["finding"]),
        no_code=str(data["no_code"]),
        rejected=str(data["rejected"]),
        followup=data.get("followup"),
    )


def _messages(prompts: PromptSet, user: str) -> list[ChatMessage]:
    head = [ChatMessage("system", prompts.system)] if prompts.system else []
    return [*head, ChatMessage("user", user)]


def render_generate(prompts: PromptSet, task_prompt: str) -> list[ChatMessage]:
    """The messages asking a model to complete ``task_prompt``."""
    return _messages(prompts, Template(prompts.generate).safe_substitute(code=task_prompt.rstrip()))


def _values(
    prompts: PromptSet, cwe: int | None, findings: Sequence[Finding], functions: Sequence[str]
) -> dict[str, object]:
    """The placeholders every repair-side template may use."""
    from seccode.cwe import get_catalogue

    catalogue = get_catalogue()
    lines = [
        Template(prompts.finding).safe_substitute(
            line=f.start_line, scanner=f.scanner, rule_id=f.rule_id, message=f.message.strip()
        )
        for f in findings
    ]
    return {
        "cwe_number": cwe if cwe is not None else "?",
        "cwe_name": (catalogue.name(cwe) if cwe is not None else None) or "an unknown weakness",
        "cwe_description": catalogue.describe(cwe) if cwe is not None else "a security weakness",
        "findings": "\n".join(x for x in lines if x)
        or "- (no line-level finding; the weakness is as named above)",
        "functions": ", ".join(functions) or "(none)",
    }


def render_repair(
    prompts: PromptSet,
    *,
    task_prompt: str,
    code: str,
    cwe: int | None,
    findings: Sequence[Finding],
    functions: Sequence[str],
) -> list[ChatMessage]:
    """The messages asking a model to fix ``code`` for ``cwe``, with the analyzers' findings."""
    values = _values(prompts, cwe, findings, functions)
    text = Template(prompts.repair).safe_substitute(values, task=task_prompt.rstrip(), code=code.rstrip())
    return _messages(prompts, text)


def render_followup(
    prompts: PromptSet, *, cwe: int | None, findings: Sequence[Finding], functions: Sequence[str]
) -> ChatMessage | None:
    """The next message of a repair conversation whose last fix is still flagged (None: start afresh)."""
    if prompts.followup is None:
        return None
    values = _values(prompts, cwe, findings, functions)
    return ChatMessage("user", Template(prompts.followup).safe_substitute(values))


def render_reask(prompts: PromptSet, *, reason: str | None, functions: Sequence[str]) -> ChatMessage:
    """The follow-up after an answer with no code (``reason`` None) or a rejected repair."""
    if reason is None:
        return ChatMessage("user", prompts.no_code)
    text = Template(prompts.rejected).safe_substitute(
        reason=reason, functions=", ".join(functions) or "(none)"
    )
    return ChatMessage("user", text)


__all__ = [
    "PRESETS",
    "PromptSet",
    "load_prompts",
    "render_followup",
    "render_generate",
    "render_reask",
    "render_repair",
]
