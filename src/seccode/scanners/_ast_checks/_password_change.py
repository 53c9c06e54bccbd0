"""Checks on changing a password (CWE-306): a route that sets a new password for a named account without
any proof of who asks (a login, a reset token or the old password)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._authentication import _DB_SESSION
from seccode.scanners._ast_checks._check import (
    Check,
    assigned_key,
    call_name,
    dotted,
    functions,
    names_in,
    route_decorators,
    route_path,
    span,
    takes_request_first,
    walk,
)
from seccode.scanners._finding import Level

_PASSWORD_FIELD = re.compile(r"(?i)^(password|passwd|password_?hash|pw_?hash|hashed_?password|pwd)$")
#: what proves the caller may change this password: a reset token or code, the old password, a session
_PASSWORD_PROOF = re.compile(
    r"(?i)(token|code|otp|nonce|signature|verif|check_password|old_?password|current_?password|"
    r"login|logged|session|current_user|request\.user|g\.user|auth|jwt|identity|permission|admin)"
)


def _password_set_without_proof(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A web handler sets a new password for an account the request names (by email, username or id)
    without a login, a reset token or code, or the old password."""
    for func in functions(tree):
        routes = route_decorators(func)
        if not routes and not takes_request_first(func):
            continue
        sets: list[ast.AST] = []
        for n in walk(func):
            if isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in {
                "set_password",
                "change_password",
            }:
                sets.append(n)
            elif isinstance(n, ast.Assign):
                for t in n.targets:
                    key = assigned_key(t)
                    if _PASSWORD_FIELD.match(key):
                        sets.append(n)
            elif (
                isinstance(n, ast.Call)
                and call_name(n).rsplit(".", 1)[-1] in {"execute", "update_one"}
                and n.args
                and isinstance(n.args[0], ast.Constant)
                and re.search(r"(?is)^\s*update\b.*\bset\b.*pass", str(n.args[0].value))
            ):
                sets.append(n)
        if not sets or re.search(
            r"(?i)regist|sign_?up|create|invite|join|new_user|onboard|setup|install",
            func.name + route_path(routes),
        ):
            continue
        # a record built here (User(...), create_user(...)) is a new account, not someone else's
        built = {
            t.id
            for a in walk(func)
            if isinstance(a, ast.Assign)
            and isinstance(a.value, ast.Call)
            and (call_name(a.value).rsplit(".", 1)[-1][:1].isupper() or "create" in call_name(a.value))
            for t in a.targets
            if isinstance(t, ast.Name)
        }
        if any(names_in(x) & built for x in sets):
            continue
        text = " ".join(
            [ast.unparse(d) for d in func.decorator_list]
            + [dotted(n) for n in walk(func) if isinstance(n, ast.Name | ast.Attribute)]
            + [
                str(n.value)
                for n in walk(func)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
            + [a.arg for a in func.args.args]
            + [ast.unparse(d) for d in func.args.defaults + func.args.kw_defaults if d is not None]
        )
        # the password-bearing field names themselves are no proof, nor is an ORM database session
        text = _DB_SESSION.sub(" ", text)
        text = re.sub(r"(?i)\b(new_?)?password\w*", " ", text)
        if _PASSWORD_PROOF.search(text):
            continue
        yield span(sets[0])


CHECKS: tuple[Check, ...] = (
    Check(
        "password-set-without-verification",
        306,
        Level.HIGH,
        Level.MEDIUM,
        "Missing authentication for critical function: a web handler sets a new password for the account "
        "the request names (by email, username or id) with no login, no reset token or code, and no check "
        "of the old password.",
        "Anyone can set a new password for any account through this handler, because nothing proves the "
        "caller controls the account. Require the signed-in user (and their current password), or a "
        "single-use, expiring reset token sent to the account's registered address, before changing it.",
        _password_set_without_proof,
    ),
)
