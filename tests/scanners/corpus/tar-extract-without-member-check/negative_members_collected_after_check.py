"""Negative: each member's destination is resolved and tested; only accepted members are extracted."""
import tarfile
from pathlib import Path


def within(root: Path, candidate: Path) -> bool:
    return candidate.resolve().is_relative_to(root.resolve())


def unpack_bundle(bundle: str, dest: str) -> None:
    root = Path(dest)
    with tarfile.open(bundle) as tf:
        accepted = []
        for info in tf.getmembers():
            if info.issym() or info.islnk():
                continue
            if not within(root, root / info.name):
                continue
            accepted.append(info)
        tf.extractall(dest, members=accepted)
