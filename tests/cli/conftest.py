"""Fixtures for CLI tests: the SARIF 2.1.0 JSON schema, fetched once from the npm registry."""

from __future__ import annotations

import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import pytest

CACHE = Path(__file__).resolve().parents[2] / ".cache" / "sarif-2.1.0-rtm.5.json"
# The OASIS schema ships inside this MIT-licensed npm package; it is fetched, never committed.
PACKAGE = "@microsoft/jest-sarif@1.0.0-beta.0"
MEMBER = "package/lib/schemas/sarif-2.1.0-rtm.5.json"


@pytest.fixture(scope="session")
def sarif_schema() -> Path:
    """Path to the SARIF 2.1.0 JSON schema."""
    if CACHE.exists():
        return CACHE
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is absent, so the SARIF schema cannot be fetched")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [npm, "pack", PACKAGE, "--silent"], cwd=tmp, check=True, capture_output=True, timeout=120
        )
        [archive] = Path(tmp).glob("*.tgz")
        with tarfile.open(archive) as tar:
            source = tar.extractfile(MEMBER)
            assert source is not None, f"{MEMBER} missing from {PACKAGE}"
            CACHE.parent.mkdir(parents=True, exist_ok=True)
            CACHE.write_bytes(source.read())
    return CACHE
