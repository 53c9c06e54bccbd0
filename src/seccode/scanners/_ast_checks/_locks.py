"""Checks on shared state: a value written under a lock in one place and without it in another (CWE-414)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Iterator

from seccode.scanners._ast_checks._check import (
    FUNCS,
    Check,
    call_name,
    calls,
    dotted,
    keyword,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level

_LOCK_CALLS = ("flock", "lockf", "acquire", "Lock", "lock")


def _write_target(call: ast.Call) -> str:
    """The dotted path expression a call opens for writing (open(p, "w"/"a"/"r+"...)), or ""."""
    if call_name(call) not in {"open", "io.open", "os.open"} or not call.args:
        return ""
    mode = call.args[1] if len(call.args) > 1 else keyword(call, "mode")
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str) and set(mode.value) & set("wax+"):
        return dotted(call.args[0])
    if call_name(call) == "os.open":
        return dotted(call.args[0])
    return ""


def _takes_lock(func: ast.AST) -> bool:
    for n in walk(func):
        if isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in _LOCK_CALLS:
            return True
        if isinstance(n, ast.With) and any(re.search(r"(?i)lock", dotted(i.context_expr)) for i in n.items):
            return True
    return False


_MUTATORS = {"append", "extend", "update", "pop", "remove", "insert", "clear", "add", "discard", "setdefault"}


def _changes(
    nodes_: Iterable[ast.AST], owner: Callable[[ast.expr], str | None]
) -> Iterator[tuple[str, ast.AST]]:
    """(key, node) for each change of a value ``owner`` names (assignment, augmented assignment, item
    assignment, mutating method call) among ``nodes_``."""
    for n in nodes_:
        targets = (
            n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AugAssign) else []
        )
        for t in targets:
            key = owner(t.value if isinstance(t, ast.Subscript) else t)
            if key is not None:
                yield key, n
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _MUTATORS:
            key = owner(n.func.value)
            if key is not None:
                yield key, n


def _self_attribute(expr: ast.expr) -> str | None:
    return expr.attr if isinstance(expr, ast.Attribute) and dotted(expr.value) == "self" else None


def _attribute_changes(stmts: list[ast.stmt]) -> Iterator[tuple[str, ast.AST]]:
    """(attr, node) for each change of ``self.attr`` in ``stmts``."""
    return _changes((n for stmt in stmts for n in walk(stmt)), _self_attribute)


def _locked_blocks(func: ast.AST) -> list[ast.With]:
    return [
        n
        for n in walk(func)
        if isinstance(n, ast.With)
        and any(re.search(r"(?i)lock|mutex", dotted(i.context_expr)) for i in n.items)
    ]


def _unlocked_attribute_change(cls: ast.ClassDef) -> Iterator[ast.AST]:
    """A class that changes ``self.x`` inside ``with self.lock:`` in one method and outside it in another."""
    methods = [f for f in cls.body if isinstance(f, FUNCS) and f.name != "__init__"]
    guarded: set[str] = set()
    inside: set[int] = set()
    for func in methods:
        for block in _locked_blocks(func):
            guarded |= {attr for attr, _ in _attribute_changes(block.body)}
            inside |= {id(n) for n in walk(block)}
    guarded -= {attr for attr in guarded if re.search(r"(?i)lock|mutex", attr)}
    for func in methods:
        # a private helper (_apply) is usually called by a method that already holds the lock
        if func.name.startswith("_") or any(
            call_name(c).rsplit(".", 1)[-1] in {"acquire", "flock", "lockf"} for c in calls(func)
        ):
            continue
        for attr, node in _attribute_changes(func.body):
            if attr in guarded and id(node) not in inside:
                yield node
                return


def _global_changes(func: ast.AST, names: set[str]) -> Iterator[tuple[str, ast.AST]]:
    """(name, node) for each change of one of the module-level ``names`` in ``func``."""
    return _changes(walk(func), lambda e: e.id if isinstance(e, ast.Name) and e.id in names else None)


def _unlocked_global_change(tree: ast.Module) -> Iterator[ast.AST]:
    """Module state changed inside ``with lock:`` in one function and outside any lock in another."""
    shared = {
        t.id
        for stmt in tree.body
        if isinstance(stmt, ast.Assign)
        for t in stmt.targets
        if isinstance(t, ast.Name) and not re.search(r"(?i)lock|mutex", t.id)
    }
    if not shared:
        return
    funcs = [f for f in tree.body if isinstance(f, FUNCS)]
    guarded: set[str] = set()
    inside: set[int] = set()
    for func in funcs:
        for block in _locked_blocks(func):
            guarded |= {name for name, _ in _global_changes(block, shared)}
            inside |= {id(n) for n in walk(block)}
    if not guarded:
        return
    for func in funcs:
        if any(call_name(c).rsplit(".", 1)[-1] in {"acquire", "flock", "lockf"} for c in calls(func)):
            continue
        for _name, node in _global_changes(func, guarded):
            if id(node) not in inside:
                yield node
                return


def _first_write_outside_lock(
    body: list[ast.stmt], target_of: Callable[[ast.Call], str]
) -> Iterator[tuple[int, int]]:
    """Among the functions of ``body`` (a class's methods or a module's functions), the first write to
    a target that another function writes only while holding a lock; ``target_of`` names what a call
    writes ("" for none)."""
    locked: set[str] = set()
    unlocked: list[tuple[str, ast.Call]] = []
    for func in body:
        if not isinstance(func, FUNCS):
            continue
        targets = [(t, c) for c in calls(func) if (t := target_of(c))]
        if _takes_lock(func):
            locked |= {t for t, _ in targets}
        else:
            unlocked += targets
    for target, call in unlocked:
        if target in locked:
            yield span(call)
            return


def _object_lock_owner(block: ast.With) -> str:
    """``w`` for ``with w.lock:`` / ``with wallet.mutex:`` (a per-object lock on a local, not self)."""
    for item in block.items:
        e = item.context_expr
        if (
            isinstance(e, ast.Attribute)
            and isinstance(e.value, ast.Name)
            and e.value.id != "self"
            and re.search(r"(?i)lock|mutex", e.attr)
        ):
            return e.value.id
    return ""


def _unlocked_object_attribute_change(tree: ast.Module) -> Iterator[ast.AST]:
    """Objects carrying their own lock (``with account.lock: account.balance += x``) whose attribute is
    changed elsewhere through another reference without taking that lock (``acct.balance -= x``)."""
    funcs = [f for f in nodes(tree) if isinstance(f, FUNCS)]
    guarded: set[str] = set()
    inside: set[int] = set()
    locking: set[int] = set()
    for func in funcs:
        for block in _locked_blocks(func):
            owner = _object_lock_owner(block)
            if not owner:
                continue
            locking.add(id(func))
            guarded |= {
                a
                for a, _ in _changes(
                    walk(block),
                    lambda e, o=owner: e.attr  # type: ignore[misc]
                    if isinstance(e, ast.Attribute) and isinstance(e.value, ast.Name) and e.value.id == o
                    else None,
                )
            }
            inside |= {id(n) for n in walk(block)}
    guarded = {a for a in guarded if not re.search(r"(?i)lock|mutex", a)}
    if not guarded:
        return
    for func in funcs:
        if id(func) in locking or func.name.startswith("_") or _takes_lock(func):
            continue
        for _a, node in _changes(
            walk(func),
            lambda e: e.attr
            if isinstance(e, ast.Attribute)
            and isinstance(e.value, ast.Name)
            and e.value.id != "self"
            and e.attr in guarded
            else None,
        ):
            if id(node) not in inside:
                yield node
                return


def _unlocked_write(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """One method writes a file holding a lock, another writes the same file without it."""
    for node in _unlocked_global_change(tree):
        yield span(node)
    for node in _unlocked_object_attribute_change(tree):
        yield span(node)
    for cls in nodes(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        for node in _unlocked_attribute_change(cls):
            yield span(node)
        yield from _first_write_outside_lock(cls.body, _write_target)


_READ_OPENS = frozenset({"open", "io.open"})
_REPLACES = frozenset({"os.replace", "os.rename", "shutil.move"})
#: documentation saying the file's other writers lock it ("append ... while holding fcntl.flock",
#: "writers take an exclusive lock")
_LOCKING_PEERS = re.compile(
    r"(?i)\b(hold|holds|holding|take|takes|taking|acquire|acquires|under|with)\b[\s\S]{0,60}?"
    r"\b(f?lock|lockf|lock_ex|mutex)\b"
)


def _reads(call: ast.Call) -> str:
    """The dotted path a call opens for reading (open(p) / open(p, "r"/"rb")), or ""."""
    if call_name(call) not in _READ_OPENS or not call.args:
        return ""
    mode = call.args[1] if len(call.args) > 1 else keyword(call, "mode")
    if mode is None or (
        isinstance(mode, ast.Constant) and isinstance(mode.value, str) and set(mode.value) <= set("rbt")
    ):
        return dotted(call.args[0])
    return ""


def _rewrites(call: ast.Call) -> str:
    """The dotted path a call replaces: open(p, "w") or os.replace(tmp, p)."""
    if call_name(call) in _REPLACES and len(call.args) == 2:
        return dotted(call.args[1])
    target = _write_target(call)
    mode = call.args[1] if len(call.args) > 1 else keyword(call, "mode")
    return target if isinstance(mode, ast.Constant) and "w" in str(mode.value) else ""


def _documented_lock_skipped(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """The module says the file's other writers lock it, yet reads the file and rewrites it (open "w",
    os.replace over it) without taking any lock: appends made meanwhile are lost."""
    docs = [ast.get_docstring(tree) or ""] + [
        ast.get_docstring(n) or ""
        for n in nodes(tree)
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    ]
    if not any(_LOCKING_PEERS.search(d) for d in docs) or _takes_lock(tree):
        return
    # the read and the rewrite may sit in different helpers (read_entries() / write_entries())
    funcs = [f for f in nodes(tree) if isinstance(f, FUNCS)]
    read = {t for func in funcs for c in calls(func) if (t := _reads(c))}
    for func in funcs:
        for call in calls(func):
            target = _rewrites(call)
            if target and target in read:
                yield span(call)
                return


def _unlocked_module_write(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A module function writes a file while holding a lock, another writes the same file without it."""
    yield from _first_write_outside_lock(tree.body, lambda c: _write_target(c) or _rewrites(c))


def _missing_lock(tree: ast.Module) -> Iterator[tuple[int, int]]:
    yield from _unlocked_write(tree)
    yield from _unlocked_module_write(tree)
    yield from _documented_lock_skipped(tree)


#: a file whose presence means "hold off": a lock, freeze or maintenance marker
_MARKER = re.compile(r"(?i)(^|[^a-z])(lock|freeze|frozen|maintenance)")
_EXISTS = frozenset({"exists", "isfile", "lexists", "is_file"})
_LEAVES = frozenset({"exit", "abort", "_exit", "fail", "Exit", "Abort"})


def _word(node: ast.AST) -> str:
    """The name, attribute or string a node spells ("" for anything else)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ""


def _marker_test(node: ast.AST, guards: set[str]) -> bool:
    """``node`` asks whether a lock/freeze marker file exists (``os.path.exists(LOCK_FILE)``,
    ``FREEZE.exists()``), or calls a helper in ``guards`` that does."""
    for c in walk(node):
        if not isinstance(c, ast.Call):
            continue
        name = call_name(c)
        last = name.rsplit(".", 1)[-1]
        if last in guards and isinstance(c.func, ast.Name | ast.Attribute):
            return True
        if last in _EXISTS:
            subjects = [*c.args[:1]] + ([c.func.value] if isinstance(c.func, ast.Attribute) else [])
            for subject in subjects:
                if any(_MARKER.search(_word(k)) for k in walk(subject)):
                    return True
    return False


def _leaves(body: list[ast.stmt]) -> bool:
    return any(
        isinstance(n, ast.Return | ast.Raise)
        or (isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in _LEAVES)
        for s in body
        for n in walk(s)
    )


def _marker_guard_skipped(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """One entry point refuses to run an operation while a lock/freeze marker file exists (``if frozen():
    exit``, then ``switch_release()``), another runs the same operation without looking at the marker:
    the lock is honoured on one path only."""
    if not any(isinstance(c, ast.Call) and call_name(c).rsplit(".", 1)[-1] in _EXISTS for c in nodes(tree)):
        return
    funcs = [f for f in nodes(tree) if isinstance(f, FUNCS)]
    guards: set[str] = set()
    for _ in range(2):  # helpers that test the marker, and helpers built on them
        guards |= {
            f.name
            for f in funcs
            if any(
                isinstance(r, ast.Return) and r.value is not None and _marker_test(r.value, guards)
                for r in walk(f)
            )
        }
    defined = {f.name for f in funcs}
    guarded_ops: set[str] = set()
    checking: set[str] = set()
    for f in funcs:
        for n in walk(f):
            if (
                isinstance(n, ast.If)
                and _marker_test(n.test, guards)
                and (_leaves(n.body) or _leaves(n.orelse))
            ):
                checking.add(f.name)
                guarded_ops |= {
                    call_name(c).rsplit(".", 1)[-1]
                    for c in calls(f)
                    if c.lineno > n.lineno and call_name(c).rsplit(".", 1)[-1] in defined
                }
    # functions that handle the marker themselves (create_lock(), remove_lock()) manage the lock: a
    # stop command that removes it is no bypass
    guarded_ops -= guards | checking
    guarded_ops -= {
        f.name for f in funcs if f.name in guarded_ops and any(_MARKER.search(_word(k)) for k in walk(f))
    }
    if not guarded_ops:
        return
    # a function the checking entry points call is behind the check too
    behind = {call_name(c).rsplit(".", 1)[-1] for f in funcs if f.name in checking for c in calls(f)}
    for f in funcs:
        if f.name in checking | guards | guarded_ops | behind or _marker_test(f, guards):
            continue
        for c in calls(f):
            if call_name(c).rsplit(".", 1)[-1] in guarded_ops:
                yield span(c)
                return


CHECKS: tuple[Check, ...] = (
    Check(
        "shared-state-written-without-lock",
        414,
        Level.MEDIUM,
        Level.MEDIUM,
        "Missing lock check: a class writes a file (or changes a self attribute) under a lock (flock, "
        "lockf, with self.lock) in one method and writes the same file or attribute without taking the "
        "lock in another; or a module documents that the file's other writers lock it, yet rewrites the "
        "file without taking the lock.",
        "This method changes state (a file or an attribute) that another method only changes while holding "
        "a lock, but it does not take the lock itself, so concurrent callers interleave or lose updates. "
        "Take the same lock (fcntl.flock(fh, fcntl.LOCK_EX), with self.lock:) around every write of the "
        "shared state.",
        _missing_lock,
    ),
    Check(
        "lock-file-guard-skipped",
        414,
        Level.MEDIUM,
        Level.MEDIUM,
        "Missing lock check: one entry point refuses to run an operation while a lock, freeze or "
        "maintenance marker file exists, another entry point runs the same operation without checking it.",
        "The operation is guarded by a lock/freeze marker on one path only: this caller runs it without "
        "looking at the marker, so the lock is bypassed (e.g. a rollback during a deploy freeze). Move the "
        "check into the operation itself, or check the marker (and refuse) in every entry point that "
        "runs it.",
        _marker_guard_skipped,
    ),
)
