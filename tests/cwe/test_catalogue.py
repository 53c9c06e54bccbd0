"""The bundled CWE catalogue: names, relations, coverage, and that the JSON is what the build script makes."""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path
from types import ModuleType

import pytest

from seccode.cwe import Catalogue, CweEntry, get_catalogue, parse_cwe

REPO = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = REPO / "scripts" / "build_cwe_catalogue.py"

# The 2024 CWE Top 25 Most Dangerous Software Weaknesses, in rank order.
TOP25_2024 = (79, 787, 89, 352, 22, 125, 78, 416, 862, 434, 94, 20, 77, 287, 269, 502, 200, 863, 918, 119,
              476, 798, 190, 400, 306)  # fmt: skip
# The 2023 list, in rank order; two of its entries (362, 276) left the list in 2024.
TOP25_2023 = (787, 79, 89, 416, 78, 20, 125, 22, 352, 434, 862, 476, 287, 190, 502, 77, 119, 798, 918, 306,
              362, 269, 94, 863, 276)  # fmt: skip


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return get_catalogue()


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_cwe_catalogue", BUILD_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("cwe", "name"),
    [
        (89, "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')"),
        (22, "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')"),
        (79, "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')"),
        (730, "OWASP Top Ten 2004 Category A9 - Denial of Service"),
    ],
)
def test_known_names(cat: Catalogue, cwe: int, name: str) -> None:
    assert cat.name(cwe) == name
    assert cwe in cat


def test_describe_is_the_prompt_form(cat: Catalogue) -> None:
    assert cat.describe(89) == (
        "CWE-89 (Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection'))"
    )
    assert cat.describe(999_999) == "CWE-999999"  # unknown ids still render, without a name


def test_entry_fields(cat: Catalogue) -> None:
    sqli = cat.get(89)
    assert sqli is not None
    assert sqli.kind == "weakness"
    assert sqli.abstraction == "Base"
    assert sqli.status == "Stable"
    assert sqli.definition.startswith("The product constructs all or part of an SQL command")
    assert sqli.definition.endswith(".") and "\n" not in sqli.definition
    assert sqli.parents == (943,)
    assert 564 in sqli.children  # Hibernate SQL injection names 89 as its parent
    with pytest.raises(dataclasses.FrozenInstanceError):
        sqli.name = "x"  # type: ignore[misc]


def test_categories_are_entries_with_members(cat: Catalogue) -> None:
    dos = cat.get(730)
    assert dos is not None and dos.kind == "category" and dos.abstraction is None
    assert {400, 404, 674} <= cat.members(730)
    uncontrolled = cat.get(400)
    assert uncontrolled is not None and 730 in uncontrolled.categories
    assert cat.members(89) == frozenset()  # a weakness has no members


def test_unknown_ids(cat: Catalogue) -> None:
    assert cat.get(999_999) is None
    assert 999_999 not in cat
    assert True not in cat and "89" not in cat and [89] not in cat  # only plain ints are ids
    assert cat.name(999_999) is None
    assert cat.ancestors(999_999) == frozenset()
    assert cat.relation(89, 999_999) is None


def test_ancestors_and_descendants(cat: Catalogue) -> None:
    assert cat.ancestors(89) == {943, 74, 707}  # SQLi -> data query logic -> injection -> neutralization
    assert cat.ancestors(707) == frozenset()  # a pillar has no parent
    assert {89, 78, 77, 943, 564} <= cat.descendants(74)
    assert 74 not in cat.descendants(74)
    for cwe in (89, 78, 22, 1333):
        for ancestor in cat.ancestors(cwe):
            assert cwe in cat.descendants(ancestor)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (89, 89, "same"),
        (89, 943, "child"),
        (943, 89, "parent"),
        (78, 77, "child"),
        (77, 78, "parent"),
        (89, 74, "descendant"),
        (74, 89, "ancestor"),
        (400, 730, "category-member"),
        (730, 400, "category"),
        (1333, 730, "category-descendant"),  # ReDoS -> 407 -> 405, a member of 730
        (730, 1333, "category-ancestor"),
        (88, 78, "sibling"),
        (79, 352, "peer"),  # XSS and CSRF: MITRE links them with PeerOf
        (352, 79, "peer"),  # argument injection and OS command injection are both children of 77
    ],
)
def test_relation(cat: Catalogue, a: int, b: int, relation: str) -> None:
    assert cat.relation(a, b) == relation


def test_unrelated_and_distant_pairs(cat: Catalogue) -> None:
    assert cat.relation(89, 79) is None  # 79 is a child of 74, 89 a grandchild: an uncle is not a relation
    assert cat.relation(79, 89) is None
    assert cat.relation(89, 327) is None


def test_relations_are_mirrored(cat: Catalogue) -> None:
    mirror = {"same": "same", "parent": "child", "child": "parent", "ancestor": "descendant",
              "descendant": "ancestor", "category": "category-member", "category-member": "category",
              "category-ancestor": "category-descendant", "category-descendant": "category-ancestor",
              "sibling": "sibling", "peer": "peer", None: None}  # fmt: skip
    sample = [20, 22, 74, 352, 77, 78, 79, 88, 89, 94, 95, 400, 405, 502, 707, 730, 943, 1333]
    for a in sample:
        for b in sample:
            assert cat.relation(b, a) == mirror[cat.relation(a, b)], (a, b)


def test_mitre_version_and_notice(cat: Catalogue) -> None:
    assert cat.info.mitre_version == "4.14"
    assert "MITRE" in cat.info.copyright
    assert "reproduce MITRE" in cat.info.terms_of_use  # the terms ask every copy to carry them


def test_catalogue_size_and_kinds(cat: Catalogue) -> None:
    kinds = {entry.kind for entry in cat}
    assert kinds == {"weakness", "category"}
    assert len(cat) > 1300
    assert all(isinstance(entry, CweEntry) and entry.name and entry.definition for entry in cat)


def test_catalogue_is_loaded_once_and_fast() -> None:
    assert get_catalogue() is get_catalogue()
    text = files("seccode.cwe").joinpath("catalogue.json").read_text(encoding="utf-8")
    assert len(text.encode()) < 1_000_000
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        Catalogue.from_json(text)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.05


def test_importing_the_package_does_not_load_the_catalogue() -> None:
    code = "import seccode.cwe as c; print(c.get_catalogue.cache_info().currsize)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"


def test_committed_json_matches_the_build_script(tmp_path: Path) -> None:
    """Re-running the build against cwe2's XML must reproduce the committed file byte for byte."""
    build = _build_module()
    database = build.cwe2_database()
    if not (database / build.XML_NAME).is_file():
        pytest.skip(f"{database / build.XML_NAME} is absent: cwe2==3.0.0 is not installed here")
    out = tmp_path / "catalogue.json"
    assert build.main(["--out", str(out)]) == 0
    committed = files("seccode.cwe").joinpath("catalogue.json").read_bytes()
    assert out.read_bytes() == committed
    assert build.main(["--check", "--out", str(out)]) == 0


def test_first_sentence_skips_abbreviations_and_brackets() -> None:
    build = _build_module()
    assert build.first_sentence("Use e.g. a lock. Then more.") == "Use e.g. a lock."
    assert (
        build.first_sentence("[PLANNED. SEE X.] Ignoring errors. More.")
        == "[PLANNED. SEE X.] Ignoring errors."
    )
    assert build.first_sentence("No full stop at all") == "No full stop at all"


@pytest.mark.parametrize("top25", [TOP25_2024, TOP25_2023], ids=["2024", "2023"])
def test_top25_present_with_names(cat: Catalogue, top25: tuple[int, ...]) -> None:
    assert len(set(top25)) == 25
    missing = [cwe for cwe in top25 if not cat.name(cwe)]
    assert missing == []
    assert all(cat.get(cwe).kind == "weakness" for cwe in top25)  # type: ignore[union-attr]


def test_paper_cwes_present_with_names(cat: Catalogue, shared_data: Path) -> None:
    """All 69 CWEs of the paper (SecurityEval) have a catalogue entry with a name."""
    counts = shared_data / "paper" / "cwe_counts.csv"
    if not counts.is_file():
        pytest.skip(f"{counts} is absent")
    with counts.open(newline="", encoding="utf-8") as handle:
        cwes = {parse_cwe(row["cwe"]) for row in csv.DictReader(handle)}
    assert len(cwes) == 69
    assert [cwe for cwe in sorted(cwes) if not cat.name(cwe)] == []
