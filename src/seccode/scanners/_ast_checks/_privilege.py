"""Checks on privilege and workflow: privileges kept too long, routes and dispatchers without a login."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    FUNCS,
    Check,
    call_name,
    calls,
    dotted,
    functions,
    span,
)
from seccode.scanners._finding import Level

_RAISE = re.compile(r"(?i)(raise_?privileges?|elevate|seteuid|setuid|setegid|setgid|become_?root|sudo)")


_LOWER = re.compile(r"(?i)(lower_?privileges?|drop_?privileges?|seteuid|setuid|restore)")


def _lowers(body: list[ast.stmt]) -> bool:
    return any(_LOWER.search(call_name(c).rsplit(".", 1)[-1]) for s in body for c in calls(s))


def _dropped_on_every_path(func: ast.AST) -> bool:
    """Privileges are dropped in a finally block, or both at the end of the try body and in a
    catch-all handler (``except:`` / ``except Exception``) - the same guarantee written by hand."""
    for t in ast.walk(func):
        if not isinstance(t, ast.Try):
            continue
        if _lowers(t.finalbody):
            return True
        catch_all = any(
            h.type is None or (isinstance(h.type, ast.Name) and h.type.id in {"Exception", "BaseException"})
            for h in t.handlers
        )
        if catch_all and _lowers(t.body) and all(_lowers(h.body) for h in t.handlers):
            return True
    return False


def _privilege_not_dropped(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func in functions(tree):
        if _RAISE.search(func.name) or _LOWER.search(func.name):
            continue  # the privilege helpers themselves
        raised = [c for c in calls(func) if _RAISE.search(call_name(c).rsplit(".", 1)[-1])]
        if not raised:
            continue
        dropped_in_finally = _dropped_on_every_path(func)
        if not dropped_in_finally:
            yield span(raised[0])


_VALIDATE = re.compile(r"(?i)(valid|check|verify|auth|allowed|permit|sanitize)")


def _privilege_before_validation(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func in functions(tree):
        if _RAISE.search(func.name) or _LOWER.search(func.name):
            continue  # the privilege helpers themselves
        raised = [c for c in calls(func) if _RAISE.search(call_name(c).rsplit(".", 1)[-1])]
        if not raised:
            continue
        first_raise = min(c.lineno for c in raised)
        checks = [
            c.lineno
            for c in calls(func)
            if _VALIDATE.search(call_name(c).rsplit(".", 1)[-1]) and not _RAISE.search(call_name(c))
        ]
        dropped_in_finally = _dropped_on_every_path(func)
        if not dropped_in_finally or not checks or min(checks) > first_raise:
            yield span(min(raised, key=lambda c: c.lineno))


_AUTH = re.compile(r"(?i)(login|logged|auth|session|current_user|permission|require|token|is_admin|g\.user)")


_SENSITIVE_ROUTE = re.compile(
    r"(?i)(settings|admin|account|profile|delete|change|update|password|email|user|secret)"
)


def _auth_decorators(tree: ast.Module) -> set[str]:
    """Names of module functions that wrap another function and check a session or login."""
    found: set[str] = set()
    for func in tree.body:
        if isinstance(func, ast.FunctionDef) and _AUTH.search(func.name):
            inner = [n for n in func.body if isinstance(n, FUNCS)]
            if inner and any(isinstance(n, ast.Return) for n in func.body):
                found.add(func.name)
    return found


def _missing_authentication(tree: ast.Module) -> Iterator[tuple[int, int]]:
    guards = _auth_decorators(tree)
    if guards:
        for func in tree.body:
            if (
                isinstance(func, FUNCS)
                and func.name not in guards
                and _SENSITIVE_ROUTE.search(func.name)
                and not re.search(r"(?i)login|logout|register|signup", func.name)
                and not any(dotted(d).split(".")[-1] in guards for d in func.decorator_list)
                and not any(isinstance(n, FUNCS) for n in func.body)
            ):
                yield span(func)
    for func in functions(tree):
        routes = [
            d
            for d in func.decorator_list
            if isinstance(d, ast.Call)
            and call_name(d).rsplit(".", 1)[-1] in {"route", "get", "post", "put", "delete"}
        ]
        if not routes:
            continue
        path = " ".join(str(a.value) for d in routes for a in d.args if isinstance(a, ast.Constant))
        if not _SENSITIVE_ROUTE.search(path + " " + func.name) or re.search(
            r"(?i)login|logout|register|signup", path + func.name
        ):
            continue
        decorated = any(_AUTH.search(dotted(d)) for d in func.decorator_list)
        body_checks = any(
            _AUTH.search(dotted(n))
            for n in ast.walk(func)
            if isinstance(n, ast.Name | ast.Attribute | ast.Call)
        )
        body_checks = body_checks or any(
            isinstance(n, ast.Subscript) and "session" in dotted(n.value) for n in ast.walk(func)
        )
        if not decorated and not body_checks:
            yield span(func)


def _if_chains(func: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[list[ast.If]]:
    """if/elif chains, and runs of consecutive top-level ifs (each ending in return) in ``func``."""
    run = [s for s in func.body if isinstance(s, ast.If)]
    if len(run) >= 3:
        yield run
    for node in ast.walk(func):
        if isinstance(node, ast.If):
            chain: list[ast.If] = []
            cursor: ast.stmt | None = node
            while isinstance(cursor, ast.If):
                chain.append(cursor)
                cursor = cursor.orelse[0] if len(cursor.orelse) == 1 else None
            yield chain


def _is_auth_test(test: ast.expr) -> bool:
    """True when an if-test calls or reads an authentication/session check (not the login command)."""
    text = " ".join(
        [call_name(c) for c in calls(test)]
        + [dotted(n) for n in ast.walk(test) if isinstance(n, ast.Name | ast.Attribute)]
    )
    return bool(_AUTH.search(text)) and "login" not in text.lower().replace("logged", "")


def _auth_guarded(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[int]:
    """ids of statements that only run after an authentication check: the body of an
    ``if authenticated(...):`` block, or everything after ``if not authenticated(...): return/raise``."""
    guarded: set[int] = set()
    for node in ast.walk(func):
        if not isinstance(node, ast.If) or not _is_auth_test(node.test):
            continue
        if isinstance(node.test, ast.UnaryOp) and isinstance(node.test.op, ast.Not):
            if node.body and isinstance(node.body[-1], ast.Return | ast.Raise):
                for parent in ast.walk(func):
                    for field in ("body", "orelse", "finalbody"):
                        block = getattr(parent, field, None)
                        if isinstance(block, list) and node in block:
                            after = block[block.index(node) + 1 :]
                            guarded.update(id(n) for s in after for n in ast.walk(s))
        else:
            guarded.update(id(n) for s in node.body for n in ast.walk(s))
    return guarded


def _workflow_not_enforced(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func in functions(tree):
        outer = _auth_guarded(func)
        for chain in _if_chains(func):
            node = chain[0]
            if id(node) in outer:
                continue
            literals = [
                c
                for c in (i.test for i in chain)
                if isinstance(c, ast.Compare)
                and any(isinstance(x, ast.Constant) and isinstance(x.value, str) for x in c.comparators)
            ]
            if len(literals) < 3:
                continue
            guarded = 0
            for branch in chain:
                text = (
                    " ".join(call_name(c) for c in calls(branch.test))
                    + " "
                    + " ".join(
                        call_name(c) for s in branch.body if isinstance(s, ast.If) for c in calls(s.test)
                    )
                )
                if (_AUTH.search(text) and "login" not in text.lower().replace("logged", "")) or any(
                    isinstance(s, ast.If)
                    and _AUTH.search(
                        " ".join(
                            dotted(n) for n in ast.walk(s.test) if isinstance(n, ast.Name | ast.Attribute)
                        )
                    )
                    for s in branch.body
                ):
                    guarded += 1
            if guarded < len(chain) - 1:
                yield span(node)
                break


CHECKS: tuple[Check, ...] = (
    Check(
        "privilege-not-dropped-in-finally",
        250,
        Level.HIGH,
        Level.MEDIUM,
        "Execution with unnecessary privileges: privileges are raised and not lowered in a finally block, "
        "so an error leaves the process elevated.",
        "Privileges are raised without a guaranteed drop: if the work in between fails, the process keeps "
        "running elevated. Lower privileges in a finally block (try: ... finally: lowerPrivileges()) and "
        "keep the elevated section minimal.",
        _privilege_not_dropped,
    ),
    Check(
        "privilege-raised-before-validation",
        269,
        Level.HIGH,
        Level.MEDIUM,
        "Improper privilege management: privileges are raised before the input is validated, or not "
        "dropped in a finally block.",
        "Privileges are raised before the input is validated (or not dropped in finally). Validate first, "
        "raise privileges only around the single privileged call, and drop them in a finally block.",
        _privilege_before_validation,
    ),
    Check(
        "route-without-authentication",
        306,
        Level.HIGH,
        Level.LOW,
        "Missing authentication for critical function: a web route for account/settings/admin actions "
        "with no login decorator and no session or user check.",
        "This route performs a sensitive action without checking who is calling. Require authentication "
        "(a login_required decorator or a session/current_user check) before doing the work.",
        _missing_authentication,
    ),
    Check(
        "command-dispatch-without-state-check",
        841,
        Level.MEDIUM,
        Level.MEDIUM,
        "Improper enforcement of behavioral workflow: a command dispatcher runs privileged commands "
        "without checking that the user has logged in first.",
        "Commands are dispatched without checking that earlier workflow steps (login) succeeded, so a "
        "client can call them directly. Check the session's authenticated state before every command "
        "other than login.",
        _workflow_not_enforced,
    ),
)
