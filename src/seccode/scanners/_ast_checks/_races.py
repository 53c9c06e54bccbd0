"""Race conditions (CWE-367/414): a file checked and then used by name (TOCTOU), and locks tested or
acquired outside the code they guard or never released; files created in a folder the program itself
made writable by every user (CWE-379), where others can plant, swap or read them."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    blocks,
    call_name,
    calls,
    dotted,
    functions,
    keyword,
    names_in,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level

_CHECKS = (
    "os.path.exists",
    "os.path.isfile",
    "os.path.isdir",
    "os.path.islink",
    "os.access",
    "os.path.lexists",
    "os.stat",
    "os.lstat",
    "exists",
    "is_file",
    "is_dir",
    "is_symlink",
)


_USES = (
    "open",
    "os.remove",
    "os.unlink",
    "os.open",
    "os.rename",
    "os.replace",
    "shutil.copy",
    "shutil.copyfile",
    "shutil.move",
    "shutil.rmtree",
    "os.chmod",
    "os.chown",
    "os.symlink",
    "read_text",
    "read_bytes",
    "write_text",
    "write_bytes",
    "unlink",
)


#: exceptions whose handler covers a file that vanished or changed between the check and the open
_FILE_ERRORS = frozenset(
    {"OSError", "IOError", "FileNotFoundError", "PermissionError", "IsADirectoryError", "Exception"}
)
#: os.open flags that make the open itself refuse a swapped-in symlink or an existing file
_ATOMIC_FLAGS = frozenset({"O_NOFOLLOW", "O_EXCL"})


def _catches_file_errors(node: ast.Try) -> bool:
    for handler in node.handlers:
        if handler.type is None:
            return True
        kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        if any(dotted(k).rsplit(".", 1)[-1] in _FILE_ERRORS for k in kinds):
            return True
    return False


def _calls_with_handling(node: ast.AST, handled: bool) -> Iterator[tuple[ast.Call, bool]]:
    """Every call under ``node``, and whether a try around it (inside ``node``) handles file errors."""
    if isinstance(node, ast.Try):
        inner = handled or _catches_file_errors(node)
        for stmt in node.body:
            yield from _calls_with_handling(stmt, inner)
        for part in (*node.handlers, *node.orelse, *node.finalbody):
            yield from _calls_with_handling(part, handled)
        return
    if isinstance(node, ast.Call):
        yield node, handled
    for child in ast.iter_child_nodes(node):
        yield from _calls_with_handling(child, handled)


def _exits(stmts: list[ast.stmt]) -> bool:
    """Whether a block always leaves (return/raise/continue/break/sys.exit) at its end."""
    if not stmts:
        return False
    last = stmts[-1]
    if isinstance(last, ast.Return | ast.Raise | ast.Continue | ast.Break):
        return True
    return (
        isinstance(last, ast.Expr)
        and isinstance(last.value, ast.Call)
        and call_name(last.value) in {"sys.exit", "exit", "os._exit", "abort", "flask.abort"}
    )


def _atomic_open(call: ast.Call) -> bool:
    return call_name(call).endswith("os.open") and any(
        isinstance(n, ast.Attribute | ast.Name) and dotted(n).rsplit(".", 1)[-1] in _ATOMIC_FLAGS
        for arg in call.args[1:]
        for n in walk(arg)
    )


def _param_index(func: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> int | None:
    """The position of parameter ``name`` as the caller sees it (``self``/``cls`` not counted)."""
    params = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
    if params and params[0] in {"self", "cls"}:
        params = params[1:]
    return params.index(name) if name in params else None


#: checks that decide on a file's identity (not a symlink, owner, permissions), not on its existence:
#: only these make a check in one helper and a use in another a race worth reporting (exists-then-read
#: across helpers is everyday code and only fails with FileNotFoundError)
_GUARDS = ("os.path.islink", "is_symlink", "os.access", "os.stat", "os.lstat", "os.path.lexists")
# (a helper counts as a guard only for the first three: a stat inside a helper is mostly a type test)


def _path_helpers(tree: ast.Module) -> tuple[dict[str, int], dict[str, int]]:
    """Functions that test a path parameter (and return the verdict), and functions that open or
    change a path parameter: ``name -> parameter position``. A check in one helper and a use in
    another is the same race as both in one function."""
    checkers: dict[str, int] = {}
    users: dict[str, int] = {}
    for func in functions(tree):
        returns = any(isinstance(n, ast.Return) and n.value is not None for n in walk(func))
        for call in calls(func):
            name = call_name(call)
            arg = call.args[0] if call.args else None
            if not isinstance(arg, ast.Name):
                continue
            index = _param_index(func, arg.id)
            if index is None:
                continue
            if returns and name.endswith(_GUARDS[:3]):
                checkers.setdefault(func.name, index)
            if name.endswith(_USES) and not _atomic_open(call):
                users.setdefault(func.name, index)
    return checkers, users


def _stat_results(block: list[ast.stmt], index: int) -> dict[str, str]:
    """``st = os.stat(path)`` earlier in the block: the name of the stat result -> the path it describes."""
    out: dict[str, str] = {}
    for stmt in block[:index]:
        if (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and isinstance(stmt.value, ast.Call)
            and call_name(stmt.value).endswith(("os.stat", "os.lstat"))
            and stmt.value.args
        ):
            out[stmt.targets[0].id] = ast.dump(stmt.value.args[0])
    return out


def _helper_arg(call: ast.Call, helpers: dict[str, int]) -> ast.expr | None:
    index = helpers.get(call_name(call).rsplit(".", 1)[-1])
    if index is None or index >= len(call.args):
        return None
    return call.args[index]


def _check_then_use(tree: ast.Module) -> Iterator[tuple[int, int]]:
    checkers, users = _path_helpers(tree)
    for block in blocks(tree):
        for index, node in enumerate(block):
            if not isinstance(node, ast.If):
                continue
            checked: set[str] = set()
            # os.access / os.stat decide on permissions or owner (the set-uid case): handling the
            # open's error does not undo a file swapped in after the decision
            decides = False
            guards = False
            for call in calls(node.test):
                name = call_name(call)
                if name.endswith(_CHECKS):
                    decides = decides or name.endswith(("access", "stat"))
                    for arg in call.args:
                        checked.add(ast.dump(arg))
                    if isinstance(call.func, ast.Attribute):
                        checked.add(ast.dump(call.func.value))
                elif (helper_arg := _helper_arg(call, checkers)) is not None:
                    checked.add(ast.dump(helper_arg))
                    guards = True
                if name.endswith(_GUARDS):
                    guards = True
            # st = os.stat(path); if st.st_uid != uid: ... -> the decision is on the path's owner/mode
            stats = _stat_results(block, index)
            for tested in names_in(node.test) & set(stats):
                checked.add(stats[tested])
                decides = guards = True
            if not checked:
                continue
            # the checked path is used inside the if, or after it when the if leaves on a failed check
            scope: list[ast.stmt] = [*node.body, *node.orelse]
            if _exits(node.body) or _exits(node.orelse):
                scope += block[index + 1 :]
            for stmt in scope:
                hit = False
                for call, handled in _calls_with_handling(stmt, False):
                    name = call_name(call)
                    helper_arg = _helper_arg(call, users) if guards else None
                    if helper_arg is not None and not (handled and not decides):
                        if ast.dump(helper_arg) in checked:
                            hit = True
                            break
                        continue
                    if not name.endswith(_USES) or _atomic_open(call) or (handled and not decides):
                        continue
                    subjects = [ast.dump(a) for a in call.args[:1]]
                    if isinstance(call.func, ast.Attribute):
                        subjects.append(ast.dump(call.func.value))
                    if checked.intersection(subjects):
                        hit = True
                        break
                if hit:
                    yield span(node)
                    break


def _lock_misuse(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func in functions(tree):
        acquires = [c for c in calls(func) if call_name(c).endswith(".acquire")]
        finally_releases = {
            ast.dump(c.func.value)
            for t in walk(func)
            if isinstance(t, ast.Try)
            for s in t.finalbody
            for c in calls(s)
            if call_name(c).endswith(".release") and isinstance(c.func, ast.Attribute)
        }
        for call in acquires:
            assert isinstance(call.func, ast.Attribute)
            if ast.dump(call.func.value) not in finally_releases:
                yield span(call)
        # a condition on shared state checked before the lock is taken (check outside the lock); a name
        # the function assigns is a local of this thread unless it is declared global/nonlocal
        shared = {
            name for n in walk(func) if isinstance(n, ast.Global | ast.Nonlocal) for name in n.names
        }
        for node in walk(func):
            if isinstance(node, ast.If | ast.While):
                tested = names_in(node.test)
                for stmt in node.body:
                    locked = isinstance(stmt, ast.With) and any(
                        "lock" in dotted(item.context_expr).lower() for item in stmt.items
                    )
                    acquire = any(call_name(c).endswith(".acquire") for c in calls(stmt)) and isinstance(
                        stmt, ast.Expr
                    )
                    if locked or acquire:
                        changed = {
                            t.id
                            for s in node.body
                            for a in walk(s)
                            if isinstance(a, ast.AugAssign | ast.Assign)
                            for t in walk(a.target if isinstance(a, ast.AugAssign) else a.targets[0])
                            if isinstance(t, ast.Name)
                        }
                        if tested & changed & shared:
                            yield span(node)
                            break


def _others_write(mode: ast.expr | None) -> bool:
    """A literal mode that lets other users write (0o777, 0o1777, 0o757...)."""
    return (
        isinstance(mode, ast.Constant)
        and isinstance(mode.value, int)
        and not isinstance(mode.value, bool)
        and bool(mode.value & 0o002)
    )


def _shared_dirs(tree: ast.Module) -> set[str]:
    """Folders given an others-writable mode: os.chmod(d, 0o777), os.makedirs(d, mode=0o1777),
    os.mkdir(d, 0o777), Path(d).mkdir(mode=0o777), d.chmod(0o777)."""
    out: set[str] = set()
    for c in nodes(tree):
        if not isinstance(c, ast.Call):
            continue
        name = call_name(c)
        last = name.rsplit(".", 1)[-1]
        if name in {"os.chmod", "os.makedirs", "os.mkdir"} and c.args:
            mode = c.args[1] if len(c.args) > 1 else keyword(c, "mode")
            if _others_write(mode) and dotted(c.args[0]):
                out.add(dotted(c.args[0]))
        elif last in {"mkdir", "chmod"} and isinstance(c.func, ast.Attribute) and not name.startswith("os."):
            mode = keyword(c, "mode") if last == "mkdir" else (c.args[0] if c.args else None)
            target = c.func.value
            if (
                isinstance(target, ast.Call)
                and call_name(target).rsplit(".", 1)[-1] == "Path"
                and target.args
            ):
                target = target.args[0]
            if _others_write(mode) and dotted(target):
                out.add(dotted(target))
    return out


def _under(e: ast.AST, dirs: set[str], providers: set[str]) -> bool:
    """``e`` is a path inside one of ``dirs``: os.path.join(d, ...), d / x, f"{d}/x", or the same built
    on a function that returns d (cache_dir())."""

    def is_dir(x: ast.AST) -> bool:
        if isinstance(x, ast.Call):
            return call_name(x).rsplit(".", 1)[-1] in providers
        return dotted(x) in dirs

    if isinstance(e, ast.Call) and call_name(e) in {"os.path.join", "posixpath.join"} and e.args:
        return is_dir(e.args[0])
    if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Div):
        return is_dir(e.left) or _under(e.left, dirs, providers)
    if isinstance(e, ast.JoinedStr) and e.values and isinstance(e.values[0], ast.FormattedValue):
        return is_dir(e.values[0].value)
    return False


def _file_in_world_writable_dir(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A file is created (open for writing, mkstemp/NamedTemporaryFile(dir=...)) inside a folder the
    program made writable by all users."""
    dirs = _shared_dirs(tree)
    if not dirs:
        return
    providers = {
        f.name
        for f in functions(tree)
        if any(
            isinstance(r, ast.Return) and r.value is not None and dotted(r.value) in dirs for r in walk(f)
        )
    }
    for func in [*functions(tree), tree]:
        local = {
            t.id
            for a in walk(func)
            if isinstance(a, ast.Assign) and _under(a.value, dirs, providers)
            for t in a.targets
            if isinstance(t, ast.Name)
        }
        for c in walk(func):
            if not isinstance(c, ast.Call):
                continue
            name = call_name(c)
            target: ast.AST | None = None
            if name in {"open", "io.open"} and c.args:
                mode = c.args[1] if len(c.args) > 1 else keyword(c, "mode")
                if (
                    isinstance(mode, ast.Constant)
                    and isinstance(mode.value, str)
                    and set(mode.value) & set("wax+")
                ):
                    target = c.args[0]
            elif name.rsplit(".", 1)[-1] in {"mkstemp", "NamedTemporaryFile", "mkdtemp", "TemporaryFile"}:
                d = keyword(c, "dir")
                if d is not None and (
                    dotted(d) in dirs or (isinstance(d, ast.Call) and call_name(d) in providers)
                ):
                    yield span(c)
                    return
            elif isinstance(c.func, ast.Attribute) and c.func.attr in {"write_text", "write_bytes"}:
                target = c.func.value
            if target is not None and (
                _under(target, dirs, providers) or (isinstance(target, ast.Name) and target.id in local)
            ):
                yield span(c)
                return


CHECKS: tuple[Check, ...] = (
    Check(
        "file-check-then-use",
        367,
        Level.MEDIUM,
        Level.HIGH,
        "Time-of-check time-of-use race: a path is tested (exists/isfile/access) and then opened or "
        "changed, leaving a window in which it can be replaced.",
        "The file is checked (os.path.exists/isfile/access) and then used in a separate step; between the "
        "two another process can swap it (TOCTOU race). Just open it and handle FileNotFoundError / "
        "PermissionError, or open with os.open(..., O_NOFOLLOW) and check the descriptor.",
        _check_then_use,
    ),
    Check(
        "lock-check-outside-or-unreleased",
        414,
        Level.MEDIUM,
        Level.MEDIUM,
        "Missing lock check: shared state is tested before the lock is taken, or acquire() has no "
        "release() in a finally block.",
        "Shared data is checked outside the lock (or the lock is acquired without a guaranteed release), so "
        "another thread can change it between check and update, or an exception leaves the lock held. Take "
        "the lock with 'with lock:' around both the check and the update.",
        _lock_misuse,
    ),
    Check(
        "file-created-in-world-writable-dir",
        379,
        Level.MEDIUM,
        Level.MEDIUM,
        "Creation of temporary file in directory with incorrect permissions: the program makes a folder "
        "writable by every user (chmod/makedirs/mkdir with 0o777, 0o1777...) and then creates files in it.",
        "Other local users can write to this folder: they can plant files or symlinks under the names this "
        "program will use, or read and replace what it stores there. Create the folder owner-only "
        "(os.makedirs(path, mode=0o700), or tempfile.mkdtemp()), and create files in it with "
        "tempfile.mkstemp/NamedTemporaryFile (mode 0600).",
        _file_in_world_writable_dir,
    ),
)
