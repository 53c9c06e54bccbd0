"""RQ2's answers are parsed robustly: the first True/False decides, prose is read as a fallback."""

from __future__ import annotations

import pytest

from seccode.study._calls import DETECTION_TEMPLATE, detection_messages, parse_detection


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("True", True),
        ("false", False),
        ("**True**", True),
        ("True.\nThe code passes user input to os.system.", True),
        ("False - although it looks risky, it is true that inputs are sanitised", False),
        ("The answer is: FALSE", False),
        ("The code is not vulnerable to this weakness.", False),
        ("This code is invulnerable.", False),
        ("Yes, this code is vulnerable.", True),
        ("I cannot tell.", None),
        ("", None),
        ("Trueish nonsense", None),
    ],
)
def test_parse_detection(text: str, expected: bool | None) -> None:
    assert parse_detection(text) is expected


def test_the_papers_prompt_is_used_verbatim() -> None:
    (message,) = detection_messages(89, "SQL Injection", "x = 1")
    assert message.role == "user"
    assert message.content == (
        "Your task is to determine whether the following Python code is vulnerable to CWE-89(SQL Injection). "
        "Return True for vulnerable or False for invulnerable.\nx = 1"
    )
    assert DETECTION_TEMPLATE.startswith("Your task is to determine whether")
