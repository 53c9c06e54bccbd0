"""Task loaders against real files: good inputs, every kind of bad input, and the real SecurityEval file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seccode.errors import InputError
from seccode.tasks import (
    Task,
    load_examples,
    load_prompt_folder,
    load_securityeval,
    load_securityeval_insecure,
    load_task_jsonl,
    load_tasks,
    securityeval_task_id,
)

# Rows in SecurityEval's shape, made up for these tests (the dataset itself is never copied here).
FAKE_SECURITYEVAL = [
    {
        "ID": "CWE-089_author_1.py",
        "Prompt": "def find(name):\n    '''Find a user.'''",
        "Insecure_code": "x = 1",
    },
    {"ID": "CWE-1204_sonar_1.py", "Prompt": "def enc(key):\n    '''Encrypt.'''", "Insecure_code": "y = 2"},
    {"ID": "CWE-730_codeql_1.py", "Prompt": "def match(p):\n    '''Match.'''", "Insecure_code": "z = 3"},
]


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def one_line_error(excinfo: pytest.ExceptionInfo[InputError]) -> str:
    message = str(excinfo.value)
    assert "\n" not in message
    return message


# --- SecurityEval -------------------------------------------------------------------------------------


def test_securityeval_ids_cwes_and_prompts(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "se.jsonl", FAKE_SECURITYEVAL)
    tasks = load_securityeval(path)
    assert [t.id for t in tasks] == ["CWE-089/author_1.py", "CWE-1204/sonar_1.py", "CWE-730/codeql_1.py"]
    assert [t.cwe for t in tasks] == [89, 1204, 730]
    assert tasks[0] == Task("CWE-089/author_1.py", FAKE_SECURITYEVAL[0]["Prompt"], 89, "securityeval")


def test_securityeval_insecure_code_by_id(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "se.jsonl", FAKE_SECURITYEVAL)
    assert load_securityeval_insecure(path) == {
        "CWE-089/author_1.py": "x = 1",
        "CWE-1204/sonar_1.py": "y = 2",
        "CWE-730/codeql_1.py": "z = 3",
    }


def test_securityeval_task_id() -> None:
    assert securityeval_task_id("CWE-089_author_1.py") == "CWE-089/author_1.py"
    assert securityeval_task_id("CWE-079_sonar_1_b.py") == "CWE-079/sonar_1_b.py"  # only the first "_"
    with pytest.raises(InputError, match="invalid SecurityEval ID"):
        securityeval_task_id("author_1.py")


def test_securityeval_missing_file_says_how_to_get_it(tmp_path: Path) -> None:
    missing = tmp_path / "SecurityEval.jsonl"
    for load in (load_securityeval, load_securityeval_insecure, load_tasks):
        with pytest.raises(InputError) as excinfo:
            load(missing)
        message = one_line_error(excinfo)
        assert str(missing) in message
        assert "not bundled" in message and "s2e-lab/SecurityEval" in message


@pytest.mark.parametrize(
    ("row", "fragment"),
    [
        ({"Prompt": "p", "Insecure_code": "c"}, "missing required field 'ID'"),
        ({"ID": "no_cwe_here.py", "Prompt": "p"}, "invalid SecurityEval ID"),
        ({"ID": "CWE-089_a.py", "Prompt": 3}, "field 'Prompt' must be a string"),
    ],
)
def test_securityeval_bad_rows(tmp_path: Path, row: dict[str, object], fragment: str) -> None:
    path = write_jsonl(tmp_path / "se.jsonl", [FAKE_SECURITYEVAL[0] | {"ID": "CWE-001_ok.py"}, row])
    with pytest.raises(InputError, match=fragment) as excinfo:
        load_securityeval(path)
    assert f"{path}:2:" in one_line_error(excinfo)


def test_securityeval_duplicate_ids(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "se.jsonl", [FAKE_SECURITYEVAL[0], FAKE_SECURITYEVAL[0]])
    with pytest.raises(InputError, match=r":2: duplicate id 'CWE-089/author_1.py' \(first on line 1\)"):
        load_securityeval(path)


def test_real_securityeval(shared_data: Path) -> None:
    path = shared_data / "securityeval.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent: the SecurityEval dataset is not on this machine")
    tasks = load_tasks(path)  # detected as SecurityEval by its keys
    assert len(tasks) == 121
    assert len({t.cwe for t in tasks}) == 69
    assert len({t.id for t in tasks}) == 121
    assert tasks[0].id == "CWE-020/author_1.py"
    assert all(t.source == "securityeval" and t.prompt.strip() for t in tasks)
    assert all(t.id.startswith(f"CWE-{t.cwe:03d}/") for t in tasks)
    insecure = load_securityeval_insecure(path)
    assert set(insecure) == {t.id for t in tasks}
    subset = shared_data / "paper" / "rq4_subset_67_tasks.json"
    if subset.is_file():  # the paper's artefacts use the same ids
        assert set(json.loads(subset.read_text(encoding="utf-8"))) <= set(insecure)


# --- seccode's own JSONL ------------------------------------------------------------------------------


def test_task_jsonl_good(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(
        '{"id": "a", "prompt": "def f(): ...", "cwe": "CWE-089"}\n'
        "\n"  # blank lines are skipped
        '{"id": "b", "prompt": "def g(): ...", "cwe": 78, "note": "extra fields are ignored"}\n'
        '{"id": "c", "prompt": "def h(): ...", "cwe": null}\n'
        '{"id": "d", "prompt": "def i(): ..."}',  # no final newline
        encoding="utf-8",
    )
    tasks = load_task_jsonl(path)
    assert [(t.id, t.cwe) for t in tasks] == [("a", 89), ("b", 78), ("c", None), ("d", None)]
    assert all(t.source == str(path) for t in tasks)
    assert load_tasks(path) == tasks  # not mistaken for SecurityEval


def test_task_jsonl_accepts_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "prompt": "p"}\n')
    assert [t.id for t in load_tasks(path)] == ["a"]


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("{not json", "not valid JSON"),
        ('["id", "prompt"]', "expected a JSON object, got list"),
        ('"just a string"', "expected a JSON object, got str"),
        ('{"prompt": "p"}', "missing required field 'id'"),
        ('{"id": "x"}', "missing required field 'prompt'"),
        ('{"id": 7, "prompt": "p"}', "field 'id' must be a string, got int"),
        ('{"id": "x", "prompt": ["p"]}', "field 'prompt' must be a string, got list"),
        ('{"id": "  ", "prompt": "p"}', "field 'id' is empty"),
        ('{"id": "x", "prompt": "p", "cwe": "CWE-abc"}', "invalid CWE id 'CWE-abc'"),
        ('{"id": "x", "prompt": "p", "cwe": 0}', "invalid CWE id 0"),
        ('{"id": "x", "prompt": "p", "cwe": true}', "field 'cwe' must be a string like CWE-089"),
        ('{"id": "x", "prompt": "p", "cwe": 8.9}', "field 'cwe' must be a string like CWE-089"),
        ('{"id": "first", "prompt": "again"}', "duplicate id 'first' (first on line 1)"),
    ],
)
def test_task_jsonl_bad_line(tmp_path: Path, line: str, fragment: str) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": "first", "prompt": "p"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as excinfo:
        load_task_jsonl(path)
    message = one_line_error(excinfo)
    assert message.startswith(f"{path}:2: ")
    assert fragment in message


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_task_jsonl_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "t.jsonl"
    path.write_bytes(content)
    with pytest.raises(InputError, match="no tasks"):
        load_task_jsonl(path)


def test_task_jsonl_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_bytes(b'{"id": "a", "prompt": "p"}\n{"id": "b", "prompt": "caf\xe9"}\n')
    with pytest.raises(InputError, match=r":2: not valid UTF-8"):
        load_task_jsonl(path)


def test_task_jsonl_missing_or_unreadable(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_task_jsonl(tmp_path / "absent.jsonl")
    with pytest.raises(InputError, match="is a folder"):
        load_task_jsonl(tmp_path)
    not_a_folder = write(tmp_path / "plain-file", "x")
    with pytest.raises(InputError, match="cannot read: Not a directory"):
        load_task_jsonl(not_a_folder / "t.jsonl")


def test_task_jsonl_without_read_permission(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.jsonl", '{"id": "a", "prompt": "p"}\n')
    locked.chmod(0)
    try:
        if _readable(locked):
            pytest.skip("running as root: file permissions do not stop reads")
        with pytest.raises(InputError, match="cannot read: Permission denied"):
            load_task_jsonl(locked)
    finally:
        locked.chmod(0o644)


def _readable(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


# --- a folder of prompts ------------------------------------------------------------------------------


def test_prompt_folder(tmp_path: Path) -> None:
    write(tmp_path / "CWE-089_login.py", "def login(user): ...\n")
    write(tmp_path / "CWE-078" / "run.py", "def run(cmd): ...\n")
    write(tmp_path / "cwe_22" / "deep" / "read.txt", "Write a function that reads a file.\n")
    write(tmp_path / "plain.py", "def f(): ...\n")
    write(tmp_path / "CWE-079" / "CWE-080_inner.py", "def g(): ...\n")  # the file name wins
    write(tmp_path / "notes.md", "not a prompt")
    write(tmp_path / ".hidden" / "CWE-001_x.py", "skipped")
    write(tmp_path / "__pycache__" / "x.py", "skipped")
    tasks = load_prompt_folder(tmp_path)
    assert [(t.id, t.cwe) for t in tasks] == [
        ("CWE-078/run.py", 78),
        ("CWE-079/CWE-080_inner.py", 80),
        ("CWE-089_login.py", 89),
        ("cwe_22/deep/read.txt", 22),
        ("plain.py", None),
    ]
    assert tasks[0].prompt == "def run(cmd): ...\n"
    assert all(t.source == str(tmp_path) for t in tasks)
    assert load_tasks(tmp_path) == tasks


def test_prompt_folder_named_after_a_cwe(tmp_path: Path) -> None:
    folder = tmp_path / "CWE-502"
    write(folder / "load.py", "def load(b): ...\n")
    assert [(t.id, t.cwe) for t in load_prompt_folder(folder)] == [("load.py", 502)]


def test_prompt_folder_cwe_needs_a_word_boundary(tmp_path: Path) -> None:
    write(tmp_path / "CWE-0_x.py", "a\n")  # CWE-0 is no CWE
    write(tmp_path / "cwe.py", "b\n")
    assert [t.cwe for t in load_prompt_folder(tmp_path)] == [None, None]


def test_prompt_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such folder"):
        load_prompt_folder(tmp_path / "absent")
    empty = tmp_path / "empty"
    write(empty / "readme.md", "no prompts")
    with pytest.raises(InputError, match=r"no prompt files \(\*\.py or \*\.txt\)"):
        load_prompt_folder(empty)
    blank = tmp_path / "blank"
    write(blank / "a.py", "   \n")
    with pytest.raises(InputError, match=r"a\.py: empty prompt"):
        load_prompt_folder(blank)
    latin = tmp_path / "latin"
    latin.mkdir()
    (latin / "a.py").write_bytes(b"# caf\xe9\n")
    with pytest.raises(InputError, match=r"a\.py: not valid UTF-8"):
        load_prompt_folder(latin)


# --- load_tasks dispatch ------------------------------------------------------------------------------


def test_load_tasks_examples_word() -> None:
    assert load_tasks("examples") == load_examples()


def test_load_tasks_folder_called_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "examples" / "mine.py", "def f(): ...\n")
    monkeypatch.chdir(tmp_path)
    assert [t.id for t in load_tasks("./examples")] == ["mine.py"]
    assert load_tasks("examples") == load_examples()  # the bare word is always the bundled set


def test_load_tasks_detects_securityeval(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "anything.jsonl", FAKE_SECURITYEVAL)
    assert [t.source for t in load_tasks(path)] == ["securityeval"] * 3


def test_load_tasks_reports_a_broken_first_line_with_its_number(tmp_path: Path) -> None:
    path = write(tmp_path / "t.jsonl", "\n{oops\n")
    with pytest.raises(InputError, match=r":2: not valid JSON"):
        load_tasks(path)


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("absent.jsonl", "no such file"),
        ("absent", "no such file or folder"),
        ("tasks.csv", "expected a .jsonl"),
    ],
)
def test_load_tasks_bad_spec(tmp_path: Path, name: str, fragment: str) -> None:
    if name.endswith(".csv"):
        write(tmp_path / name, "id,prompt\n")
    with pytest.raises(InputError, match=fragment):
        load_tasks(tmp_path / name)
