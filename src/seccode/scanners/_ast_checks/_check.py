"""The record of one AST check and the helpers the checks share."""

from __future__ import annotations

import ast
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from seccode.scanners._finding import Level

#: a check's body: given the parsed module, yield (start_line, end_line) of each weakness it sees
CheckBody = Callable[[ast.Module], Iterator[tuple[int, int]]]


@dataclass(frozen=True, slots=True)
class Check:
    """One AST rule: its identity and documentation, and the function that finds the weakness.

    ``description`` is the docstring-style documentation of the rule; ``message`` says what is
    wrong and how to fix it (the repair prompt shows it). ``also`` lists further CWEs the same flaw
    is filed under (a final step requested directly is both CWE-425 and CWE-841): the findings carry
    ``cwe``, and the verdict counts them for every CWE in ``also`` too, as for a Semgrep rule's list.
    """

    id: str
    cwe: int
    severity: Level
    confidence: Level
    description: str
    message: str
    body: CheckBody
    also: tuple[int, ...] = ()


def dotted(node: ast.AST) -> str:
    """``a.b.c`` for a Name/Attribute chain (``""`` for anything else); calls keep their callee."""
    parts: list[str] = []
    while True:
        if isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Name):
            parts.append(node.id)
            break
        elif isinstance(node, ast.Call):
            node = node.func
        else:
            return ""
    return ".".join(reversed(parts))


def call_name(call: ast.Call) -> str:
    """The dotted name of a call's callee (``os.path.join``), or ``""``."""
    return dotted(call.func)


class _ModuleIndex(threading.local):
    """The node lists of the module being checked, per thread.

    Every check walks the same module and its functions and statements again and again (some 270
    ``walk`` calls in the checks); each subtree is walked once, and the list is reused by all checks.
    Only nodes of the indexed module are cached (a node a check builds itself is walked afresh), and the
    index holds that module, so a cached node's ``id`` cannot be reused by another object meanwhile.
    """

    def __init__(self) -> None:
        self.module: ast.Module | None = None
        self.members: dict[int, ast.AST] = {}
        self.walks: dict[int, list[ast.AST]] = {}

    def of(self, tree: ast.AST) -> list[ast.AST]:
        if isinstance(tree, ast.Module) and tree is not self.module:
            everything = list(ast.walk(tree))
            self.module, self.members = tree, {id(n): n for n in everything}
            self.walks = {id(tree): everything}
        key = id(tree)
        if self.members.get(key) is not tree:
            return list(ast.walk(tree))
        found = self.walks.get(key)
        if found is None:
            found = self.walks[key] = list(ast.walk(tree))
        return found


_INDEX = _ModuleIndex()


def nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of ``tree`` in ``ast.walk`` order, the tree included; computed once per subtree of the
    module being checked. The list is shared: iterate it, never change it."""
    return _INDEX.of(tree)


#: the checks' ``ast.walk``: the same nodes in the same order, from the cache
walk = nodes


def calls(tree: ast.AST) -> Iterator[ast.Call]:
    """Every call in ``tree``."""
    for node in nodes(tree):
        if isinstance(node, ast.Call):
            yield node


def keyword(call: ast.Call, name: str) -> ast.expr | None:
    """The value of keyword argument ``name`` of ``call``, or None."""
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def constant_int(node: ast.AST | None, env: dict[str, int] | None = None) -> int | None:
    """The value of an int expression built from literals and known names (``2 ** 10``, ``KEY``)."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.Name) and env is not None:
        return env.get(node.id)
    if isinstance(node, ast.BinOp):
        left, right = constant_int(node.left, env), constant_int(node.right, env)
        if left is None or right is None:
            return None
        try:
            if isinstance(node.op, ast.Mult):
                return left * right
            if isinstance(node.op, ast.Add):
                return left + right
            if isinstance(node.op, ast.Sub):
                return left - right
            if isinstance(node.op, ast.Pow) and 0 <= right <= 64:
                return int(left**right)
            if isinstance(node.op, ast.FloorDiv) and right:
                return left // right
        except (OverflowError, ValueError):
            return None
    return None


def int_assignments(tree: ast.AST) -> dict[str, int]:
    """Names bound once to a constant int expression anywhere in ``tree`` (last binding wins)."""
    env: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = constant_int(node.value, env)
            if value is not None:
                env[node.targets[0].id] = value
    return env


def span(node: ast.AST) -> tuple[int, int]:
    """A node's (first line, last line)."""
    start = getattr(node, "lineno", 1)
    return start, getattr(node, "end_lineno", None) or start


#: the node types that define a function
FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)


def functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Every function and method defined anywhere in ``tree``."""
    for node in nodes(tree):
        if isinstance(node, FUNCS):
            yield node


def names_in(node: ast.AST) -> set[str]:
    """The variable names read or written anywhere under ``node``."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


#: the last name of the decorators that register a web route (Flask ``app.route``/``app.get``,
#: FastAPI/Starlette ``router.post``, ``api_route``); checks pass the subset they were written for
ROUTE_DECORATORS = frozenset({"route", "get", "post", "put", "delete", "patch", "api_route"})


def route_decorators(
    func: ast.FunctionDef | ast.AsyncFunctionDef, names: frozenset[str] = ROUTE_DECORATORS
) -> list[ast.Call]:
    """The decorators of ``func`` that register it as a web route, e.g. ``@app.route("/admin")``."""
    return [
        d for d in func.decorator_list if isinstance(d, ast.Call) and call_name(d).rsplit(".", 1)[-1] in names
    ]


def route_path(routes: list[ast.Call]) -> str:
    """The literal paths the route decorators register, space-separated."""
    return " ".join(str(a.value) for d in routes for a in d.args if isinstance(a, ast.Constant))


def takes_request_first(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Whether the first parameter is named ``request`` (the shape of a Django view)."""
    return bool(func.args.args) and func.args.args[0].arg == "request"


def url_parts(node: ast.AST) -> list[ast.expr]:
    """The literal and interpolated pieces of an f-string or a ``"..." + x + "..."`` chain."""
    if isinstance(node, ast.JoinedStr):
        return [v.value if isinstance(v, ast.FormattedValue) else v for v in node.values]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = url_parts(node.left) or [node.left]
        return [*left, *(url_parts(node.right) or [node.right])]
    return []


def blocks(tree: ast.Module) -> Iterator[list[ast.stmt]]:
    """Every non-empty statement list of ``tree`` (the body, else and finally blocks of each node)."""
    for node in nodes(tree):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                yield block


def assigned_key(target: ast.expr) -> str:
    """The field an assignment target names: ``attr`` of ``obj.attr``, the literal key of
    ``obj["key"]``, else ``""``."""
    return (
        target.attr
        if isinstance(target, ast.Attribute)
        else str(target.slice.value)
        if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant)
        else ""
    )
