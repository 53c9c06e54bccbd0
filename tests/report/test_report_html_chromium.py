"""The HTML report opened in headless Chromium (Debian's ``chromium``): the page renders the tables
and Figure 6, and a screenshot is kept in ``test-artifacts/`` for people to look at.

CI installs the browser with ``apt-get update && apt-get install -y chromium``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from seccode.cli import main
from seccode.study.testing import write_fake_artifacts

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / ".." / "shared" / "data" / "paper"
SCREENSHOTS = REPO / "test-artifacts"
CHROMIUM = shutil.which("chromium")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install -y chromium)"
)


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
    ]  # fmt: skip
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML report of the paper's artefacts (of the small fake set when they are absent)."""
    root = tmp_path_factory.mktemp("html")
    paper = (ARTIFACTS / "rq1_generations.jsonl").is_file()
    art = ARTIFACTS if paper else write_fake_artifacts(root / "art")
    study, page = root / "study.sqlite", root / "report.html"
    assert (
        main(
            [
                "study",
                "reproduce-paper",
                "--artifacts",
                str(art),
                "--store",
                str(study),
                "-o",
                str(root / "t"),
            ]
        )
        == 0
    )
    assert main(["report", "paper", "--store", str(study), "--format", "html", "-o", str(page)]) == 0
    return page


def test_chromium_renders_the_tables_and_the_figure(report: Path, tmp_path: Path) -> None:
    done = _chromium(tmp_path / "profile", "--dump-dom", report.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    for anchor in ("table2", "table3", "table4", "table4_matrix", "table5", "figure6", "per_cwe", "notes"):
        assert f'id="{anchor}"' in dom, anchor
    assert dom.count("<table>") == 6
    figure = dom[dom.index('id="figure6"') :]
    svg = figure[figure.index("<svg") : figure.index("</svg>")]
    assert len(re.findall(r"<path", svg)) > 20  # the lines, markers and axes were drawn


def test_chromium_screenshot_is_saved_and_not_blank(report: Path, tmp_path: Path) -> None:
    pytest.importorskip("PIL", reason="Pillow (a matplotlib dependency) reads the screenshot")
    from PIL import Image

    SCREENSHOTS.mkdir(exist_ok=True)
    shot = SCREENSHOTS / "report-html.png"
    shot.unlink(missing_ok=True)
    done = _chromium(tmp_path / "profile", "--window-size=1280,2400", f"--screenshot={shot}", report.as_uri())
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    with Image.open(shot) as image:
        assert image.size == (1280, 2400)
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    # a page of tables and a five-line plot has many colours; a blank or error page has a handful
    assert colours is not None and len(colours) > 200
