"""Code extraction from a completion: the Python fenced block, or the whole text when it parses.

Extracted code is data: it is parsed with ``ast`` to check it is Python, never imported or run.
Empty output, prose and other languages yield no code, so they can never be judged "secure".
"""

from __future__ import annotations

import ast
import re
import warnings
from dataclasses import dataclass

_PYTHON_TAGS = frozenset({"", "python", "python3", "py", "py3"})
# a fence opens a line, may carry a language tag, and closes at a line starting with ``` (or the end:
# a truncated completion often loses its closing fence)
_FENCE = re.compile(r"^[ \t]*```[ \t]*([\w+#.-]*)[^\n]*\n(.*?)(?:^[ \t]*```|\Z)", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Extraction:
    """The code found in a completion (None when there is none) and how it was found."""

    code: str | None
    how: str  # "fenced", "whole", or why there is no code: "empty", "no-python", "no-parse"
    blocks: int = 0  # fenced blocks seen
    syntax_error: str | None = None  # for a Python block that does not parse: where and why


def parse_python(code: str) -> ast.Module:
    """``ast.parse`` that ignores the warnings a program's own source raises (``"\\d"`` escapes...).

    Under ``-W error`` (pytest, strict users) such a warning would turn into a SyntaxError and a
    valid program into "no code".
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.parse(code)


def is_program(code: str) -> bool:
    """True when ``code`` parses and does something beyond bare expressions (a docstring, a word)."""
    try:
        tree = parse_python(code)
    except (SyntaxError, ValueError):
        return False
    return any(not isinstance(node, ast.Expr) for node in tree.body)


def syntax_error(code: str) -> str | None:
    """``line N: message`` for code that does not parse, else None."""
    try:
        parse_python(code)
    except SyntaxError as exc:
        return f"line {exc.lineno}: {exc.msg}"
    except ValueError as exc:
        return str(exc)
    return None


def _only_imports(code: str) -> bool:
    return all(isinstance(node, ast.Import | ast.ImportFrom) for node in parse_python(code).body)


def extract_code(text: str) -> Extraction:
    """The code in ``text``: the longest Python fenced block that parses, else the whole text if it does."""
    if not text or not text.strip():
        return Extraction(None, "empty")
    blocks = [(tag.lower(), body) for tag, body in _FENCE.findall(text)]
    if blocks:
        python = [body for tag, body in blocks if tag in _PYTHON_TAGS]
        valid = [body.strip("\n") for body in python if is_program(body)]
        if valid:
            best = max(valid, key=len)
            # a model that puts its imports in a block of their own still means them for the code
            imports = [b for b in valid if b is not best and _only_imports(b)]
            return Extraction("\n".join([*imports, best]) + "\n", "fenced", len(blocks))
        if not python:
            return Extraction(None, "no-python", len(blocks))
        return Extraction(None, "no-parse", len(blocks), syntax_error(max(python, key=len)))
    if is_program(text):
        return Extraction(text.strip("\n") + "\n", "whole")
    return Extraction(None, "no-parse")


def defined_functions(source: str) -> tuple[str, ...]:
    """Names of the functions (and methods) ``source`` defines, in order; tolerant of a bodiless stub.

    Task prompts often end in a signature and docstring with no body; appending ``pass`` makes them
    parse, and a prompt that still does not parse defines nothing we can check.
    """
    for candidate in (source, source.rstrip() + "\n    pass\n", source.rstrip() + "\npass\n"):
        try:
            tree = parse_python(candidate)
        except (SyntaxError, ValueError):
            continue
        names = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        return tuple(dict.fromkeys(names))
    return ()


__all__ = ["Extraction", "defined_functions", "extract_code", "is_program", "parse_python", "syntax_error"]
