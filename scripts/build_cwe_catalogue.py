"""Build ``src/seccode/cwe/catalogue.json`` from the MITRE CWE XML shipped by the pinned ``cwe2`` package.

Usage::

    python scripts/build_cwe_catalogue.py            # write the committed catalogue
    python scripts/build_cwe_catalogue.py --check    # exit 1 if the committed file is stale
    python scripts/build_cwe_catalogue.py --xml X --out Y

The output is deterministic (sorted ids, fixed key order, one entry a line), so re-running the script
against the same XML reproduces the committed file byte for byte; a test holds it to that.

Only Weaknesses and Categories are kept (Views are not needed). Each entry carries its id, name, kind,
status, abstraction, MITRE's mapping guidance, a one-line definition (the first sentence of the
Description or Summary), its ChildOf parents in view 1000 (Research Concepts) and view 699 (Software
Development), CanPrecede and PeerOf links, and, for categories, their members. MITRE's terms of use
ask that every copy carries their copyright notice and licence, so both are embedded in the file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from importlib.util import find_spec
from pathlib import Path

NS = {"c": "http://cwe.mitre.org/cwe-7"}
REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "src" / "seccode" / "cwe" / "catalogue.json"
XML_NAME = "cwec_v4.14.xml"
SCHEMA = 1  # bump when the shape of an entry changes; the loader checks it

RESEARCH_VIEW = "1000"
DEVELOPMENT_VIEW = "699"

# A sentence ends at . ! or ? followed by a space and a capital letter (or the end of the text), but not
# after an abbreviation MITRE's prose uses mid-sentence ("e.g. ", "i.e. ", "etc. ", "vs. ").
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "approx.", "Inc.", "U.S.", "Mr.", "Dr.", "No.")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"'(]|\s*$)")


def cwe2_database() -> Path:
    """The folder of MITRE files inside the installed ``cwe2`` package (without importing it)."""
    spec = find_spec("cwe2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("cwe2 is not installed: pip install cwe2==3.0.0")
    return Path(next(iter(spec.submodule_search_locations))) / "database_v49"


def fold(text: str) -> str:
    """Collapse every run of whitespace (newlines, tabs, indentation) into one space."""
    return " ".join(text.split())


def first_sentence(text: str) -> str:
    """The first sentence of folded ``text`` (full stops after abbreviations or in brackets do not count)."""
    for match in _SENTENCE_END.finditer(text):
        head = text[: match.end()]
        # "[PLANNED FOR DEPRECATION. SEE ...] Ignoring ..." is one sentence with a bracketed aside.
        unclosed = head.count("[") > head.count("]") or head.count("(") > head.count(")")
        if not head.endswith(_ABBREVIATIONS) and not unclosed:
            return head
    return text


def _text(element: ET.Element | None) -> str:
    # Descriptions are plain text, but a few Summaries nest XHTML; itertext() reads through both.
    return fold("".join(element.itertext())) if element is not None else ""


def _ids(element: ET.Element, path: str, nature: str | None = None, view: str | None = None) -> list[int]:
    found: set[int] = set()
    for rel in element.iterfind(path, NS):
        if nature is not None and rel.get("Nature") != nature:
            continue
        if view is not None and rel.get("View_ID") != view:
            continue
        found.add(int(rel.get("CWE_ID", "0")))
    return sorted(found)


def _entry(element: ET.Element, kind: str) -> dict[str, object]:
    """One catalogue entry; empty relation lists and absent attributes are left out to keep it small."""
    text_tag = "c:Description" if kind == "weakness" else "c:Summary"
    usage = element.find("c:Mapping_Notes/c:Usage", NS)
    entry: dict[str, object] = {
        "id": int(element.get("ID", "0")),
        "name": element.get("Name", ""),
        "kind": kind,
        "status": element.get("Status", ""),
    }
    if element.get("Abstraction"):
        entry["abstraction"] = element.get("Abstraction")
    if usage is not None and usage.text:
        entry["mapping"] = usage.text.strip()
    entry["definition"] = first_sentence(_text(element.find(text_tag, NS)))
    rel = "c:Related_Weaknesses/c:Related_Weakness"
    relations = {
        "parents": _ids(element, rel, "ChildOf", RESEARCH_VIEW),
        "parents_699": _ids(element, rel, "ChildOf", DEVELOPMENT_VIEW),
        "can_precede": _ids(element, rel, "CanPrecede"),
        "peers": _ids(element, rel, "PeerOf"),
        "members": _ids(element, "c:Relationships/c:Has_Member"),
    }
    entry.update({key: ids for key, ids in relations.items() if ids})
    return entry


def build(xml_path: Path, database: Path) -> str:
    """Return the catalogue JSON text for the MITRE XML at ``xml_path``."""
    root = ET.parse(xml_path).getroot()
    entries = [_entry(w, "weakness") for w in root.iterfind("c:Weaknesses/c:Weakness", NS)]
    entries += [_entry(c, "category") for c in root.iterfind("c:Categories/c:Category", NS)]
    entries.sort(key=lambda e: int(str(e["id"])))
    header = {
        "schema": SCHEMA,
        "mitre_version": root.get("Version", ""),
        "mitre_date": root.get("Date", ""),
        "source": f"cwe2==3.0.0 {xml_path.name}",
        "copyright": fold((database / "cwe.NOTICE").read_text(encoding="utf-8")),
        "terms_of_use": (database / "cwe-tou.LICENSE").read_text(encoding="utf-8").strip(),
    }
    # Hand-assembled so each entry sits on its own line: compact, yet a diff shows what MITRE changed.
    head = json.dumps(header, ensure_ascii=False)[:-1]
    lines = ",\n".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in entries)
    return f'{head}, "entries": [\n{lines}\n]}}\n'


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` verify) the catalogue; return the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xml", type=Path, help="MITRE cwec XML (default: the one cwe2 ships)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the catalogue")
    parser.add_argument("--check", action="store_true", help="do not write; fail if --out differs")
    args = parser.parse_args(argv)
    database = cwe2_database()
    text = build(args.xml or database / XML_NAME, database)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: re-run scripts/build_cwe_catalogue.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode()) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
