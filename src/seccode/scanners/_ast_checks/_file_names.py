"""File names chosen by the client (CWE-641): a name from the request only basename-stripped and then used
to create or write a file, with no allow-list or pattern that restricts which names may be made."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    dotted,
    keyword,
    names_in,
    nodes,
    span,
)
from seccode.scanners._finding import Level

_BASENAMES = frozenset({"os.path.basename", "basename", "posixpath.basename", "ntpath.basename"})
_WRITE_SINKS = frozenset({"makedirs", "mkdir", "write_text", "write_bytes", "touch", "save"})


def _strips_only_directory(node: ast.AST) -> bool:
    """``os.path.basename(x)`` or ``x.replace("/", ...)`` of a computed value: the directory part goes,
    but ".htaccess", "index.php", ".." or "x.html" stay acceptable names."""
    if not isinstance(node, ast.Call) or not node.args:
        return False
    if call_name(node) in _BASENAMES:
        return not isinstance(node.args[0], ast.Constant)
    return (
        isinstance(node.func, ast.Attribute)
        and node.func.attr == "replace"
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value in {"/", "\\"}
        and not isinstance(node.func.value, ast.Constant)
    )


def _restricts(test: ast.expr, names: set[str], attrs: set[str]) -> bool:
    """A condition that restricts the name: membership of it (or its extension) in a set, a regex
    match, a dot-file test or an extension/character test."""

    def mentions(e: ast.AST) -> bool:
        return bool(names_in(e) & names) or any(
            isinstance(a, ast.Attribute) and dotted(a.value) == "self" and a.attr in attrs
            for a in ast.walk(e)
        )

    for n in ast.walk(test):
        if (
            isinstance(n, ast.Compare)
            and any(isinstance(op, ast.In | ast.NotIn) for op in n.ops)
            and mentions(n.left)
            and not isinstance(n.left, ast.Constant)
        ):
            return True
        if isinstance(n, ast.Call) and (
            (
                (call_name(n).startswith("re.") or call_name(n).rsplit(".", 1)[-1] in {"fullmatch", "match"})
                and any(mentions(a) for a in n.args)
            )
            or (
                isinstance(n.func, ast.Attribute)
                and n.func.attr in {"startswith", "endswith", "isalnum", "isidentifier", "isdigit"}
                and mentions(n.func.value)
            )
        ):
            return True
    return False


def _named_by_client(e: ast.AST, names: set[str], attrs: set[str], methods: set[str]) -> bool:
    """``e`` carries a directory-stripped client name: the stripping call itself, a local name, a
    ``self`` attribute or a ``self.method()`` that returns one (a secure_filename / uuid4 clears it)."""
    if any(
        isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in {"secure_filename", "uuid4"}
        for n in ast.walk(e)
    ):
        return False
    for n in ast.walk(e):
        if _strips_only_directory(n) or (isinstance(n, ast.Name) and n.id in names):
            return True
        if isinstance(n, ast.Attribute) and dotted(n.value) == "self" and n.attr in attrs:
            return True
        if (
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute)
            and dotted(n.func.value) == "self"
            and n.func.attr in methods
        ):
            return True
    return False


def _client_named_file(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A name reduced only with basename (or '/' replaced) names a file or folder that is created or
    written; nothing restricts it to a safe pattern or a generated name."""
    if not any(_strips_only_directory(c) for c in nodes(tree)):
        return
    scopes = [c for c in nodes(tree) if isinstance(c, ast.ClassDef)] + [tree]
    for scope in scopes:
        body = scope.body
        funcs = [
            f for s in body for f in ast.walk(s) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        if scope is tree:
            funcs = [f for f in body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)]
        attrs: set[str] = set()
        methods: set[str] = set()
        local: dict[int, set[str]] = {id(f): set() for f in funcs}

        for _ in range(3):  # names, self attributes and methods returning them, to a fixed point
            for f in funcs:
                names = local[id(f)]
                for n in ast.walk(f):
                    if isinstance(n, ast.Assign) and _named_by_client(n.value, names, attrs, methods):
                        for t in n.targets:
                            if isinstance(t, ast.Name):
                                names.add(t.id)
                            elif isinstance(t, ast.Attribute) and dotted(t.value) == "self":
                                attrs.add(t.attr)
                    if (
                        isinstance(n, ast.Return)
                        and n.value is not None
                        and _named_by_client(n.value, names, attrs, methods)
                    ):
                        methods.add(f.name)
        if any(
            isinstance(n, ast.If | ast.While | ast.IfExp | ast.Assert)
            and _restricts(n.test, local[id(f)], attrs)
            for f in funcs
            for n in ast.walk(f)
        ):
            continue
        for f in funcs:
            names = local[id(f)]
            for c in ast.walk(f):
                if not isinstance(c, ast.Call):
                    continue
                target: ast.AST | None = None
                if call_name(c) in {"open", "io.open"} and c.args:
                    mode = c.args[1] if len(c.args) > 1 else keyword(c, "mode")
                    if (
                        isinstance(mode, ast.Constant)
                        and isinstance(mode.value, str)
                        and set(mode.value) & set("wax")
                    ):
                        target = c.args[0]
                elif call_name(c) in {"os.makedirs", "os.mkdir"} and c.args:
                    target = c.args[0]
                elif isinstance(c.func, ast.Attribute) and c.func.attr in _WRITE_SINKS:
                    target = c.args[0] if c.func.attr == "save" and c.args else c.func.value
                if target is not None and _named_by_client(target, names, attrs, methods):
                    yield span(c)
                    return


CHECKS: tuple[Check, ...] = (
    Check(
        "file-name-only-basename-stripped",
        641,
        Level.MEDIUM,
        Level.MEDIUM,
        "Improper restriction of names for files: a name taken from outside is reduced only with "
        "os.path.basename (or has '/' replaced) and then names a file or folder that is created or written.",
        "This file (or folder) name comes from the client and is only stripped of its directory part: "
        "'.htaccess', '.env', 'index.html', 'x.php', '.' or '..' are still accepted and, in a served or "
        "shared folder, change how the server behaves or overwrite its files. Store the file under a "
        "generated name (uuid4().hex plus a fixed extension), or accept only names that fully match a "
        "strict pattern (re.fullmatch(r'[A-Za-z0-9_-]{1,64}', name)) with an allow-listed extension.",
        _client_named_file,
    ),
)
