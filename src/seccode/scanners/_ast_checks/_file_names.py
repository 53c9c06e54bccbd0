"""File names chosen outside the program: a name from the request only basename-stripped and then used
to create or write a file, with no allow-list or pattern that restricts which names may be made (CWE-641);
an archive member's stored name joined to the output folder by hand (zip/tar slip, CWE-22)."""

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
    walk,
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
            for a in walk(e)
        )

    for n in walk(test):
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
    ``self`` attribute, or a ``self.method()`` (at module scope a plain function) that returns one
    (a secure_filename / uuid4 clears it)."""
    if any(
        isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in {"secure_filename", "uuid4"}
        for n in walk(e)
    ):
        return False
    for n in walk(e):
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
        # a module-level helper that returns the stripped name (safe_name(upload.filename))
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in methods:
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
            f for s in body for f in walk(s) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        if scope is tree:
            funcs = [f for f in body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)]
        attrs: set[str] = set()
        methods: set[str] = set()
        local: dict[int, set[str]] = {id(f): set() for f in funcs}

        for _ in range(3):  # names, self attributes and methods returning them, to a fixed point
            for f in funcs:
                names = local[id(f)]
                for n in walk(f):
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
            for n in walk(f)
        ):
            continue
        for f in funcs:
            names = local[id(f)]
            for c in walk(f):
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


#: archive listings whose items carry the member's stored name (TarInfo.name, ZipInfo.filename) or are it
_MEMBER_LISTS = frozenset({"getmembers", "infolist"})
_NAME_LISTS = frozenset({"namelist", "getnames"})
#: reading a member's content: the loop copies the member out by hand
_MEMBER_READS = frozenset({"extractfile", "open", "read"})
#: a path is normalised or compared with the folder, or the member name reduced to its last part
_CONTAINS = frozenset(
    {"realpath", "abspath", "normpath", "resolve", "commonpath", "commonprefix", "is_relative_to"}
    | {"relative_to", "basename", "secure_filename", "isabs", "is_absolute", "safe_join"}
)


def _archive_loops(tree: ast.Module) -> Iterator[tuple[ast.For, set[str], str]]:
    """(loop, names that hold the member's stored name, the member variable) for each loop over an
    archive's members (``for m in tar.getmembers()``, ``for n in zf.namelist()``, ``for m in tar``)."""
    opened = {
        dotted(item.optional_vars)
        for n in nodes(tree)
        if isinstance(n, ast.With)
        for item in n.items
        if item.optional_vars is not None
        and isinstance(item.context_expr, ast.Call)
        and call_name(item.context_expr)
        in {"tarfile.open", "tarfile.TarFile", "TarFile", "tarfile.TarFile.open"}
    } | {
        dotted(t)
        for n in nodes(tree)
        if isinstance(n, ast.Assign)
        and isinstance(n.value, ast.Call)
        and call_name(n.value) in {"tarfile.open", "tarfile.TarFile"}
        for t in n.targets
    }
    for loop in nodes(tree):
        if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name)):
            continue
        var = loop.target.id
        it = loop.iter
        method = it.func.attr if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) else ""
        if method in _NAME_LISTS:
            yield loop, {var}, var
        elif method in _MEMBER_LISTS or (dotted(it) and dotted(it) in opened):
            yield loop, set(), var


def _stored_name(e: ast.AST, names: set[str], member: str) -> bool:
    """``e`` is (or holds) the member's stored name: ``m.name`` / ``m.filename`` / ``m.path`` or a name
    bound to it."""
    for n in walk(e):
        if isinstance(n, ast.Name) and n.id in names:
            return True
        if (
            isinstance(n, ast.Attribute)
            and n.attr in {"name", "filename", "path"}
            and isinstance(n.value, ast.Name)
            and n.value.id == member
        ):
            return True
    return False


def _joins(n: ast.AST, held: set[str], member: str) -> bool:
    """``n`` joins a folder with the member's stored name: ``root / name``, ``os.path.join(root, name)``,
    ``Path(root, name)``, ``root.joinpath(name)``, ``root + os.sep + name``."""
    if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div):
        return _stored_name(n.right, held, member)
    # root + "/" + name, f"{root}/{name}"
    if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
        return _stored_name(n.right, held, member) and any(
            (isinstance(c, ast.Constant) and isinstance(c.value, str) and c.value.endswith(("/", "\\")))
            or dotted(c) == "os.sep"
            for c in walk(n.left)
        )
    if isinstance(n, ast.JoinedStr):
        return any(
            isinstance(prev, ast.Constant)
            and isinstance(prev.value, str)
            and prev.value.endswith(("/", "\\"))
            and isinstance(part, ast.FormattedValue)
            and _stored_name(part.value, held, member)
            for prev, part in zip(n.values, n.values[1:], strict=False)
        )
    if not isinstance(n, ast.Call):
        return False
    name = call_name(n)
    if name in {"os.path.join", "posixpath.join", "path.join", "Path", "pathlib.Path", "PurePath"}:
        return any(_stored_name(a, held, member) for a in n.args[1:])
    return name.endswith("joinpath") and any(_stored_name(a, held, member) for a in n.args)


def _validators(tree: ast.Module) -> set[str]:
    """Functions of the module that normalise or compare paths (a safe_path(root, name) helper)."""
    return {
        f.name
        for f in nodes(tree)
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        and any(isinstance(c, ast.Call) and call_name(c).rsplit(".", 1)[-1] in _CONTAINS for c in walk(f))
    }


def _member_name_joined(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A loop over an archive's members reads each member's content and joins its stored name to the
    output folder itself (``dest / m.name``, ``os.path.join(out, name)``), with no containment test:
    "../../x" or "/etc/x" members land outside the folder."""
    validators: set[str] | None = None
    for loop, names, member in _archive_loops(tree):
        body = [n for s in loop.body for n in walk(s)]
        if not any(
            isinstance(c, ast.Call)
            and isinstance(c.func, ast.Attribute)
            and c.func.attr in _MEMBER_READS
            and any(_stored_name(a, names, member) or names_in(a) & {member} for a in c.args[:1])
            for c in body
        ):
            continue
        if validators is None:
            validators = _validators(tree)
        checks = _CONTAINS | validators
        if any(isinstance(c, ast.Call) and call_name(c).rsplit(".", 1)[-1] in checks for c in body) or any(
            isinstance(c, ast.Compare)
            and any(isinstance(x, ast.Constant) and x.value in {"..", "/"} for x in [c.left, *c.comparators])
            for c in body
        ):
            continue
        held = set(names)
        for n in body:
            if isinstance(n, ast.Assign) and _stored_name(n.value, held, member):
                held |= {t.id for t in n.targets if isinstance(t, ast.Name)}
        for n in body:
            if _joins(n, held, member):
                yield span(n)
                break


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
    Check(
        "archive-member-name-joined-to-path",
        22,
        Level.HIGH,
        Level.MEDIUM,
        "Path traversal in archive extraction (zip/tar slip): members are copied out by hand, each written "
        "to the output folder joined with the name stored in the archive, and no check keeps the result "
        "inside the folder.",
        "The member name comes from the archive, so an entry named '../../home/u/.bashrc' or '/etc/cron.d/x' "
        "is written outside the output folder. Resolve the joined path and refuse it unless it stays under "
        "the folder (dest.resolve().is_relative_to(root.resolve())), or use tar.extractall(root, "
        "filter='data') / zipfile's extract, which sanitise member names.",
        _member_name_joined,
    ),
)
