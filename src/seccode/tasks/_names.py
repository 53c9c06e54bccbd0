"""Turning task ids (opaque labels, possibly hostile) into file names that stay inside a chosen folder."""

from __future__ import annotations

import hashlib
import re

MAX_NAME = 100  # well under every file system's 255-byte limit, leaving room for a caller's own suffix
PATH_SEPARATOR = "__"  # what "/" and "\" in an id become: the only trace of a path left in a name
_HASH_LEN = 8

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,8}$")
# A name that already ends like a sanitised one ("-1a2b3c4d.py") is hashed too, so an id that was left
# alone can never equal another id's sanitised form.
_HASHED = re.compile(rf"-[0-9a-f]{{{_HASH_LEN}}}(?:\.[A-Za-z0-9]{{1,8}})?$")
# Device names Windows refuses as file names whatever the extension.
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
)


def _is_safe(name: str) -> bool:
    return (
        0 < len(name) <= MAX_NAME
        and not _UNSAFE.search(name)
        and name[0] not in ".-"  # no ".", "..", hidden files, or names a command line reads as options
        and not name.endswith(".")  # Windows silently drops a trailing dot
        and name.split(".")[0].upper() not in _RESERVED
        and not _HASHED.search(name)
    )


def safe_name(task_id: str) -> str:
    """A single, safe path component for ``task_id``, so that ``out / safe_name(id)`` stays in ``out``.

    Ids made only of ``A-Z a-z 0-9 . _ -`` (not starting with ``.`` or ``-``, at most 100 characters)
    come back unchanged. Any other id is rewritten: ``/`` and ``\\`` become ``__``, other characters
    ``_``, the name is shortened, and a hash of the original id is added before a short extension, so
    ``CWE-089/author_1.py`` becomes ``CWE-089__author_1-<8 hex>.py`` and two different ids never share
    a name (barring a 32-bit hash collision). Names are case-sensitive: ids differing only in case
    collide on case-insensitive file systems.
    """
    if _is_safe(task_id):
        return task_id
    name = _UNSAFE.sub("_", task_id.replace("/", PATH_SEPARATOR).replace("\\", PATH_SEPARATOR))
    match = _EXTENSION.search(name)
    extension = match.group() if match and match.start() > 0 else ""
    stem = name[: len(name) - len(extension)]
    stem = re.sub(r"^[.-]", "_", stem).rstrip(".") or "task"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    digest = hashlib.sha256(task_id.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_LEN]
    stem = stem[: MAX_NAME - len(extension) - _HASH_LEN - 1]
    return f"{stem}-{digest}{extension}"


__all__ = ["MAX_NAME", "safe_name"]
