"""safe_name: any task id becomes one safe path component that cannot escape the output folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seccode.tasks import safe_name
from seccode.tasks._names import MAX_NAME

SAFE_COMPONENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")

# Ids biased towards the characters that make trouble: separators, dots, drive letters, NUL, unicode.
hostile_ids = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("./\\:-_aZ0\x00 ~é")), max_size=40),
    st.lists(st.sampled_from(["..", ".", "/", "\\", "etc", "C:", "con", "x.py", ""]), max_size=8).map(
        "".join
    ),
    st.text(min_size=90, max_size=400),
)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("out").resolve()


def assert_safe(name: str, out: Path) -> None:
    assert SAFE_COMPONENT.match(name), name
    assert name not in {".", ".."}
    assert len(name) <= MAX_NAME
    assert Path(name).name == name and not Path(name).is_absolute()
    target = (out / name).resolve()
    assert target.parent == out
    assert os.path.commonpath([target, out]) == str(out)


@settings(max_examples=500)
@given(task_id=hostile_ids)
def test_any_id_is_a_single_safe_component(task_id: str, out: Path) -> None:
    assert_safe(safe_name(task_id), out)


@given(a=hostile_ids, b=hostile_ids)
def test_different_ids_get_different_names(a: str, b: str) -> None:
    if a != b:
        assert safe_name(a) != safe_name(b)


@given(task_id=st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_-]{0,30}(\.py)?", fullmatch=True))
def test_already_safe_ids_are_kept(task_id: str) -> None:
    if not re.search(r"-[0-9a-f]{8}(\.py)?$", task_id) and task_id.upper().split(".")[0] not in {
        "CON",
        "NUL",
    }:
        assert safe_name(task_id) == task_id


@pytest.mark.parametrize(
    "task_id",
    ["../../etc/x", "/etc/passwd", "..", ".", "", "a/../../b", "C:\\Windows\\x", "\x00", "-rf", "NUL.py"],
)
def test_known_escapes_are_neutralised(task_id: str, out: Path) -> None:
    name = safe_name(task_id)
    assert_safe(name, out)
    assert name != task_id


def test_paper_ids_keep_their_extension_and_read_well() -> None:
    name = safe_name("CWE-089/author_1.py")
    assert re.fullmatch(r"CWE-089__author_1-[0-9a-f]{8}\.py", name)
    assert safe_name("CWE-089/author_1.py") == name  # deterministic across calls and runs


def test_a_name_that_looks_sanitised_is_hashed_again() -> None:
    # Without this, the id "CWE-089__author_1-<hash>.py" would collide with "CWE-089/author_1.py".
    sanitised = safe_name("CWE-089/author_1.py")
    assert safe_name(sanitised) != sanitised


def test_long_ids_are_bounded() -> None:
    name = safe_name("x" * 1000 + ".py")
    assert len(name) == MAX_NAME and name.endswith(".py")
