import tarfile
from pathlib import Path


def restore(archive, target_dir):
    root = Path(target_dir).resolve()
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            dest = (root / member.name).resolve()
            if not dest.is_relative_to(root):
                raise ValueError(f"blocked member {member.name}")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(tar.extractfile(member).read())
