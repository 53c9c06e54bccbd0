"""Checks on results (CWE-252/703): a None result used unchecked, a status result dropped, a failed
check's exception swallowed."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from itertools import pairwise

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


def _may_return_none(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for node in walk(func):
        if isinstance(node, ast.Return) and (
            node.value is None or (isinstance(node.value, ast.Constant) and node.value.value is None)
        ):
            return True
    return False


def _unchecked_return(tree: ast.Module) -> Iterator[tuple[int, int]]:
    nullable = {f.name for f in functions(tree) if _may_return_none(f)}
    if not nullable:
        return
    for call in calls(tree):
        if call_name(call) in {"len", "iter", "sorted", "sum"} and any(
            isinstance(a, ast.Call) and call_name(a) in nullable for a in call.args
        ):
            yield span(call)
    for node in nodes(tree):
        if (
            isinstance(node, ast.Attribute | ast.Subscript)
            and isinstance(node.value, ast.Call)
            and call_name(node.value) in nullable
        ):
            yield span(node)
    for func in functions(tree):
        for i, stmt in enumerate(func.body):
            if not (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Call)
                and call_name(stmt.value) in nullable
            ):
                continue
            var = stmt.targets[0].id
            for later in func.body[i + 1 :]:
                if isinstance(later, ast.If | ast.Try | ast.While) and var in names_in(
                    later.test if not isinstance(later, ast.Try) else later
                ):
                    break  # checked (or guarded) before use
                if any(
                    (
                        isinstance(n, ast.Call)
                        and call_name(n) in {"len", "iter", "sorted", "sum"}
                        and var in names_in(n)
                    )
                    or (
                        isinstance(n, ast.Attribute | ast.Subscript)
                        and isinstance(n.value, ast.Name)
                        and n.value.id == var
                    )
                    for n in walk(later)
                ):
                    yield span(later)
                    break


_STATUS_CALLS = {
    "subprocess.call",
    "os.system",
    "os.spawnv",
    "os.spawnl",
    "os.spawnlp",
    "os.spawnvp",
    "os.write",
}
#: calls whose only output is a yes/no answer: as a bare statement the check decides nothing
_CHECK_CALLS = (
    "compare_digest", "checkpw", "check_password", "check_password_hash", "verify_password",
    "os.path.exists", "os.path.isfile", "os.path.isdir", "os.access", "re.match", "re.fullmatch",
    "re.sub", "re.subn",
)  # fmt: skip
_PURE_METHODS = {"replace", "strip", "lstrip", "rstrip", "lower", "upper", "removeprefix", "removesuffix"}


def _status_functions(tree: ast.Module) -> set[str]:
    """Module functions that report success or failure only through their result (return True on one
    path and False on another)."""
    found: set[str] = set()
    for func in functions(tree):
        values = {
            n.value.value
            for n in walk(func)
            if isinstance(n, ast.Return)
            and isinstance(n.value, ast.Constant)
            and isinstance(n.value.value, bool)
        }
        if values == {True, False} and not _reports_own_failure(func):
            found.add(func.name)
    return found


def _reports_own_failure(func: ast.AST) -> bool:
    """The function tells someone itself before answering False (print/log, then ``return False``):
    its result is then a summary, not the only sign of the failure."""
    for node in walk(func):
        for field in ("body", "orelse", "handlers"):
            block = getattr(node, field, None)
            if not isinstance(block, list):
                continue
            for prev, stmt in pairwise(block):
                if (
                    isinstance(stmt, ast.Return)
                    and isinstance(stmt.value, ast.Constant)
                    and stmt.value.value is False
                    and isinstance(prev, ast.Expr)
                    and _only_reports(prev)
                ):
                    return True
    return False


def _discarded_status(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A call whose result is the only report of failure (exit status, bytes sent, lock taken, a module
    function's True/False), or a string method whose result is the only effect, used as a bare statement."""
    status_functions = _status_functions(tree)
    # os.replace(a, b) renames a file: a module's function, not str.replace discarding its result
    modules = {
        (alias.asname or alias.name).split(".")[0]
        for n in walk(tree)
        if isinstance(n, ast.Import)
        for alias in n.names
    }
    for node in nodes(tree):
        if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        name = call_name(call)
        if name.rsplit(".", 1)[-1] in status_functions and name.split(".")[0] in {"self", name}:
            yield span(node)
            continue
        method = call.func.attr if isinstance(call.func, ast.Attribute) else ""
        owner = dotted(call.func.value) if isinstance(call.func, ast.Attribute) else ""
        check = keyword(call, "check")
        if (
            name in _STATUS_CALLS
            or name.endswith(_CHECK_CALLS)
            or (name == "subprocess.run" and not (isinstance(check, ast.Constant) and check.value is True))
            or (method == "send" and re.search(r"(?i)(sock|conn)", owner))
            or (method == "acquire" and (call.args or keyword(call, "blocking") or keyword(call, "timeout")))
            or (
                method in _PURE_METHODS
                # Path.replace(target) renames a file (one argument); str.replace takes old and new
                and not (method == "replace" and len(call.args) < 2)
                and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id not in modules
            )
        ):
            yield span(node)


_EVERYTHING = frozenset({"Exception", "BaseException"})


def _catches_everything(handler: ast.ExceptHandler) -> bool:
    if handler.type is None:
        return True
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(dotted(k).rsplit(".", 1)[-1] in _EVERYTHING for k in kinds)


def _only_reports(stmt: ast.stmt) -> bool:
    """A log/print/warn call statement (or pass): the handler tells someone and carries on."""
    if isinstance(stmt, ast.Pass):
        return True
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Call)
        and call_name(stmt.value).rsplit(".", 1)[-1]
        in {"print", "warning", "warn", "error", "exception", "info", "debug", "critical", "log"}
    )


_CHECK_NAME = re.compile(r"(?i)^(authori[sz]e|validate|verify|check|ensure|require|assert)_?\w*$")


def _unhandled_conversion(tree: ast.Module) -> Iterator[tuple[int, int]]:
    guarded: set[int] = set()
    for node in nodes(tree):
        if isinstance(node, ast.Try) and node.handlers:
            for stmt in node.body:
                guarded |= {id(n) for n in walk(stmt)}
    for call in calls(tree):
        if call_name(call) in {"int", "float"} and call.args and id(call) not in guarded:
            arg = call.args[0]
            if isinstance(arg, ast.Call) and call_name(arg) == "input":
                yield span(call)
    swallowing_input = {
        id(h)
        for t in nodes(tree)
        if isinstance(t, ast.Try)
        and any(
            call_name(c) in {"input", "raw_input", "getpass", "getpass.getpass"} or "request" in call_name(c)
            for s in t.body
            for c in calls(s)
        )
        for h in t.handlers
    }
    for node in nodes(tree):
        if (
            # a handler that silently swallows every error (bare except / Exception, pass/continue
            # only): nobody learns of it. Ignoring one named exception (except KeyError: pass,
            # except ImportError: pass) is a deliberate fallback, not a missed condition - unless the
            # try handles what a user typed or sent, whose bad value then vanishes without a word
            isinstance(node, ast.ExceptHandler)
            and (_catches_everything(node) or id(node) in swallowing_input)
            and all(isinstance(s, ast.Pass | ast.Continue) for s in node.body)
        ):
            yield span(node)
    # a local operation that signals failure by raising (debit, reserve, charge) is wrapped in a try
    # whose handler only logs, and the code after the try carries on as if it had succeeded
    raisers = {
        f.name
        for f in nodes(tree)
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        and any(isinstance(n, ast.Raise) for n in walk(f))
    }
    for block in blocks(tree):
        for index, node in enumerate(block[:-1]):
            if not (
                isinstance(node, ast.Try)
                # one or more steps (debit, then credit), each a bare call, at least one to a local
                # operation that raises on failure
                and all(isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) for s in node.body)
                and any(
                    call_name(s.value).rsplit(".", 1)[-1] in raisers
                    for s in node.body
                    if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call)
                )
                and not node.orelse
                and not node.finalbody
            ):
                continue
            after = block[index + 1]
            if any(all(_only_reports(s) for s in h.body) for h in node.handlers) and (
                isinstance(after, ast.Expr)
                or (
                    isinstance(after, ast.Return)
                    and isinstance(after.value, ast.Constant)
                    and after.value.value is True
                )
            ):
                yield span(node)
    # a failed authorisation/validation check whose exception is caught and then ignored: the handler
    # only logs or prints, and the guarded action runs anyway after the try statement
    for node in nodes(tree):
        if not isinstance(node, ast.Try) or node.orelse or node.finalbody:
            continue
        checks = [
            c for s in node.body for c in calls(s) if _CHECK_NAME.search(call_name(c).rsplit(".", 1)[-1])
        ]
        if (
            checks
            and len(node.body) == 1
            and any(
                not any(
                    isinstance(n, ast.Raise | ast.Return | ast.Break | ast.Continue)
                    or (
                        isinstance(n, ast.Call)
                        and call_name(n).rsplit(".", 1)[-1] in {"abort", "exit", "_exit"}
                    )
                    for s in h.body
                    for n in walk(s)
                )
                for h in node.handlers
            )
        ):
            yield span(node)
    yield from _fails_open(tree)


def _returns_true(stmts: list[ast.stmt]) -> bool:
    """The handler ends by answering yes: ``return True`` (after at most logging)."""
    return (
        bool(stmts)
        and isinstance(stmts[-1], ast.Return)
        and isinstance(stmts[-1].value, ast.Constant)
        and stmts[-1].value.value is True
        and all(_only_reports(s) for s in stmts[:-1])
    )


def _fails_open(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A yes/no check (quota, permission, revocation, signature) that answers yes when it could not
    decide: ``try: return size <= remaining(t)`` / ``except (OSError, KeyError): return True``. A
    missing file, an unknown key or a broken record then lets the guarded action through."""
    # a container protocol method (__contains__ answering yes on a conflict) is no guard
    dunder = {
        id(n)
        for f in nodes(tree)
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) and f.name.startswith("__")
        for n in walk(f)
    }
    for node in nodes(tree):
        if not isinstance(node, ast.Try) or id(node) in dunder:
            continue
        decided = [
            n
            for s in node.body
            for n in walk(s)
            if isinstance(n, ast.Return)
            and n.value is not None
            and isinstance(n.value, ast.Compare | ast.BoolOp | ast.UnaryOp | ast.Call | ast.Name)
        ]
        if decided and any(_returns_true(h.body) for h in node.handlers):
            yield span(node)


CHECKS: tuple[Check, ...] = (
    Check(
        "nullable-return-used-unchecked",
        252,
        Level.MEDIUM,
        Level.MEDIUM,
        "Unchecked return value: the result of a function that can return None is used (len(), attribute, "
        "index) without a None check.",
        "The function called here can return None, but its result is used without checking; the code "
        "then crashes or misbehaves on bad input. Check the return value (if result is None: ...) before "
        "using it.",
        _unchecked_return,
    ),
    Check(
        "return-value-discarded",
        252,
        Level.MEDIUM,
        Level.MEDIUM,
        "Unchecked return value: a call that reports failure only through its result (subprocess.call, "
        "os.system, subprocess.run without check=True, socket.send, non-blocking acquire, a module function "
        "returning True/False) or a string method whose result is its only effect is used as a bare "
        "statement.",
        "The result of this call is thrown away, but it is the only sign of failure (exit status, bytes "
        "actually sent, whether the lock was taken) or, for str methods, the only effect. Check it: use "
        "subprocess.run(..., check=True) or test the exit status, use sendall, test acquire()'s result, "
        "and assign the new string (s = s.replace(...)).",
        _discarded_status,
    ),
    Check(
        "exception-not-handled",
        703,
        Level.LOW,
        Level.MEDIUM,
        "Improper check or handling of exceptional conditions: int(input()) outside try, an except "
        "block that silently swallows the error (only pass/continue), a failed authorize/validate/verify "
        "check whose exception is caught and the code carries on, or a yes/no check that answers yes "
        "(return True) when its lookup raises (fails open).",
        "An exceptional condition is not handled: conversion of user input can raise ValueError outside any "
        "try block, or an 'except ...: pass' hides the error from the caller and the user. Catch the "
        "specific exception and handle it visibly (report it, retry with a message, or fail safely); a "
        "check whose lookup fails must answer no (return False / deny), never True.",
        _unhandled_conversion,
    ),
)
