"""CodeQL: SARIF reading by the spec and CodeQL's tag conventions, and the analyzer's orchestration.

The CodeQL CLI cannot be installed here (it is not on PyPI, npm or Debian). So:
- the SARIF file read below was written by hand from the SARIF 2.1.0 spec, with CodeQL's conventions
  (rules under ``tool.extensions``, results pointing at them through ``rule.toolComponent.index``,
  CWEs only in ``external/cwe/cwe-NNN`` tags, ``security-severity`` and ``precision`` properties);
- the orchestration test puts a stand-in ``codeql`` script on the analyzer that answers the two
  commands seccode runs (``database create``, ``database analyze``) by writing that SARIF file.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

from seccode.scanners import Level, Program
from seccode.scanners._codeql import CodeQLAnalyzer
from seccode.scanners._sarif_input import cwes_from_tags, read_sarif

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "codeql_python.sarif"


def test_cwes_come_from_tags_only() -> None:
    assert cwes_from_tags(["security", "external/cwe/cwe-089"]) == (89,)
    assert cwes_from_tags(["external/cwe/cwe-022", "external/cwe/cwe-023"]) == (22, 23)
    assert cwes_from_tags(["SQL injection", "external/owasp/a1"]) == ()


def test_reading_codeql_sarif_resolves_rules_in_extensions() -> None:
    results = list(read_sarif(json.loads(FIXTURE.read_text())))
    by_rule = {r.rule_id: r for r in results}
    sql = by_rule["py/sql-injection"]
    assert (sql.cwe, sql.uri, sql.start_line, sql.end_line) == (89, "000000.py", 9, 9)
    assert sql.severity is Level.HIGH and sql.confidence is Level.HIGH
    path = by_rule["py/path-injection"]
    assert path.cwe == 22 and path.cwes == (22, 23, 36, 73, 99) and path.end_line == 5
    assert by_rule["py/clear-text-logging-sensitive-data"].severity is Level.MEDIUM
    # a title that mentions a weakness gives no CWE: only tags count
    assert by_rule["py/unused-import"].cwe is None


def _stand_in_codeql(tmp_path: Path) -> Path:
    script = tmp_path / "codeql"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = version ]; then echo 2.19.0; exit 0; fi\n'
        'if [ "$1 $2" = "database create" ]; then mkdir -p "$3"; exit 0; fi\n'
        'if [ "$1 $2" = "database analyze" ]; then\n'
        '  for a in "$@"; do case "$a" in --output=*) cp "'
        + str(FIXTURE)
        + '" "${a#--output=}";; esac; done\n'
        "  exit 0\nfi\n"
        "echo unknown command >&2; exit 2\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_analyzer_splits_the_batch_sarif_back_onto_programs(tmp_path: Path) -> None:
    analyzer = CodeQLAnalyzer(binary=str(_stand_in_codeql(tmp_path)))
    assert analyzer.available() and analyzer.version() == "2.19.0"
    programs = [
        Program("sql.py", "x\n" * 10),
        Program("other", "import os\n"),
        Program("../../etc/x", "y\n" * 8),
    ]
    outs = analyzer.scan(programs)
    assert [o.program_id for o in outs] == ["sql.py", "other", "../../etc/x"]
    assert [f.cwe for f in outs[0].findings] == [89]
    assert [f.rule_id for f in outs[1].findings] == ["py/unused-import"]
    assert sorted(f.cwe for f in outs[2].findings if f.cwe) == [22, 312]
    assert all(f.scanner == "codeql" and f.path == "../../etc/x" for f in outs[2].findings)


def test_a_failing_codeql_gives_every_program_an_error(tmp_path: Path) -> None:
    script = tmp_path / "codeql"
    script.write_text("#!/bin/sh\necho 'A fatal error occurred: out of disk' >&2\nexit 32\n")
    script.chmod(0o755)
    outs = CodeQLAnalyzer(binary=str(script)).scan([Program("a", "x = 1\n"), Program("b", "y = 2\n")])
    assert all(o.error and "out of disk" in o.error for o in outs)
