"""Access-control checks that need a whole function in view: who may act on the object requested."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    ROUTE_DECORATORS,
    Check,
    call_name,
    calls,
    dotted,
    nodes,
    route_decorators,
    span,
    takes_request_first,
)
from seccode.scanners._finding import Level

_MUTATE = re.compile(r"(?i)^(delete|remove|update|destroy|save|set_password|drop)$")
_AUTHZ = re.compile(
    r"(?i)(owner|permission|has_perm|authori[sz]|current_user|is_admin|role|can_|user_id|request\.user)"
)
_ROUTE = ROUTE_DECORATORS - {"api_route"}


def _missing_authorization(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func in nodes(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        is_view = bool(route_decorators(func, _ROUTE)) or takes_request_first(func)
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


_SECRET_FIELD = re.compile(
    r"(?i)^(password|passwd|password_?hash|pw_?hash|hashed_?password|secret|.*_secret|api_?key|api_?token|"
    r"access_?token|refresh_?token|auth_?token|token|ssn|social_?security.*|credit_?card|card_?number|cvv|"
    r"private_?key|otp_?secret|totp_?secret|salt)$"
)
_STAR_ACCOUNTS = re.compile(
    r"(?is)select\s+\*\s+from\s+\w*(user|account|member|customer|employee|staff|admin)"
)
_ACCOUNT_MODEL = re.compile(r"(User|Account|Member|Customer|Employee|Profile)\w*\.objects")
_SERIALISE = {
    "jsonify",
    "JsonResponse",
    "HttpResponse",
    "dumps",
    "JSONResponse",
    "Response",
    "make_response",
    "dict",
}


def _secret_stores(tree: ast.Module) -> set[str]:
    """Module-level names bound to a dict/list literal whose records carry credential fields."""
    found: set[str] = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
            keys = [
                k.value
                for d in ast.walk(stmt.value)
                if isinstance(d, ast.Dict)
                for k in d.keys
                if isinstance(k, ast.Constant) and isinstance(k.value, str)
            ]
            if any(_SECRET_FIELD.match(k) for k in keys):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                found |= {dotted(t) for t in targets if dotted(t)}
    return found


def _whole_record_returned(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A web handler returns a stored record as it is (jsonify(user), vars(user)), credentials included."""
    stores = _secret_stores(tree)
    for func in nodes(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        routed = bool(route_decorators(func))
        django_view = takes_request_first(func)
        if not routed and not django_view:
            continue
        records: set[str] = set()
        # SELECT * on an account table: every column, the password hash included, is fetched
        star = any(
            isinstance(c, ast.Call)
            and call_name(c).rsplit(".", 1)[-1] in {"execute", "query", "raw"}
            and c.args
            and isinstance(c.args[0], ast.Constant)
            and isinstance(c.args[0].value, str)
            and _STAR_ACCOUNTS.search(c.args[0].value)
            for c in ast.walk(func)
        )
        for a in ast.walk(func):
            if (
                star
                and isinstance(a, ast.Assign)
                and len(a.targets) == 1
                and isinstance(a.targets[0], ast.Name)
                and any(
                    isinstance(c, ast.Call)
                    and call_name(c).rsplit(".", 1)[-1] in {"fetchone", "fetchall", "first"}
                    for c in ast.walk(a.value)
                )
            ):
                records.add(a.targets[0].id)
            if isinstance(a, ast.Assign) and len(a.targets) == 1 and isinstance(a.targets[0], ast.Name):
                value = a.value
                base = (
                    value.func.value
                    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                    else value
                )
                base = base.value if isinstance(base, ast.Subscript) else base
                if dotted(base) in stores:
                    records.add(a.targets[0].id)
        for ret in ast.walk(func):
            if not isinstance(ret, ast.Return) or ret.value is None:
                continue
            value = ret.value
            while (
                isinstance(value, ast.Call)
                and call_name(value).rsplit(".", 1)[-1] in _SERIALISE
                and value.args
            ):
                value = value.args[0]
            # [u.__dict__ for u in users] / [dict(row) for row in rows]: each element as it is
            if isinstance(value, ast.ListComp | ast.GeneratorExp):
                value = value.elt
                while isinstance(value, ast.Call) and call_name(value) in {"dict"} and value.args:
                    value = value.args[0]
            # Django: serializers.serialize("json", User.objects.all()) writes every model field
            if (
                isinstance(value, ast.Call)
                and call_name(value).endswith("serialize")
                and any(_ACCOUNT_MODEL.search(ast.unparse(a)) for a in value.args[1:])
            ):
                yield span(ret)
                continue
            if (
                (isinstance(value, ast.Name) and value.id in records)
                or (
                    isinstance(value, ast.Call)
                    and call_name(value) in {"vars", "model_to_dict"}
                    and value.args
                )
                or (isinstance(value, ast.Attribute) and value.attr == "__dict__")
                or dotted(value) in {"os.environ", "os.environ.copy"}
            ):
                yield span(ret)


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
    Check(
        "record-with-secrets-returned-whole",
        200,
        Level.MEDIUM,
        Level.MEDIUM,
        "Exposure of sensitive information: a web handler returns a stored record as it is (jsonify(user), "
        "vars(obj), obj.__dict__, a SELECT * row of an account table) although the records carry credential "
        "fields (password hash, API token, secret), or returns the process environment (os.environ).",
        "The whole stored record is sent to the client, including fields such as the password hash and API "
        "token. Return an explicit allow-list of public fields (e.g. {'id': u['id'], 'display': "
        "u['display']}) or a response schema that excludes the secrets.",
        _whole_record_returned,
    ),
)
