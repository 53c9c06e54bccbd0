"""Access-control checks that need a whole function in view: who may act on the object requested."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import Check, call_name, calls, dotted, nodes, span
from seccode.scanners._finding import Level

_MUTATE = re.compile(r"(?i)^(delete|remove|update|destroy|save|set_password|drop)$")
_AUTHZ = re.compile(
    r"(?i)(owner|permission|has_perm|authori[sz]|current_user|is_admin|role|can_|user_id|request\.user)"
)
_ROUTE = {"route", "get", "post", "put", "delete", "patch"}


def _missing_authorization(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func in nodes(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        is_view = any(
            isinstance(d, ast.Call) and call_name(d).rsplit(".", 1)[-1] in _ROUTE for d in func.decorator_list
        ) or (func.args.args and func.args.args[0].arg == "request")
        if not is_view:
            continue
        mutations = [
            c for c in calls(func) if isinstance(c.func, ast.Attribute) and _MUTATE.match(c.func.attr)
        ]
        reads_request = any("request" in dotted(n) for n in ast.walk(func) if isinstance(n, ast.Attribute))
        if not mutations or not reads_request:
            continue
        names = " ".join(dotted(n) for n in ast.walk(func) if isinstance(n, ast.Name | ast.Attribute))
        decorators = " ".join(dotted(d) for d in func.decorator_list)
        if not _AUTHZ.search(names) and not _AUTHZ.search(decorators):
            yield span(mutations[0])


CHECKS: tuple[Check, ...] = (
    Check(
        "object-changed-without-authorization",
        862,
        Level.HIGH,
        Level.LOW,
        "Missing authorization: a web handler deletes or updates the object named in the request without "
        "checking that the caller owns it or holds a permission for it.",
        "This handler changes or deletes the object the request names without checking that the caller "
        "may do so (missing authorization, IDOR). Load the object through the current user (filter by "
        "owner) or check a permission before changing it.",
        _missing_authorization,
    ),
)
