"""Role fields from the request (CWE-269): an account's role/admin/permission field mass-assigned
from the request body or set from a value the client sent, with no check that the caller may grant it."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    assigned_key,
    call_name,
    calls,
    dotted,
    functions,
    names_in,
    nodes,
    span,
)
from seccode.scanners._finding import Level

_PRIVILEGE_FIELD = re.compile(
    r"(?i)^(role|roles|is_?admin|admin|is_?staff|is_?superuser|superuser|permissions?|privileges?|groups?|"
    r"access_?level|user_?type|scopes?)$"
)


def _request_body(node: ast.expr) -> bool:
    """request.get_json()/request.json/request.form/request.POST/json.loads(request...) - the whole body."""
    text = ast.unparse(node)
    return bool(re.search(r"request\.(get_json|json|form|values|POST|data|args)\b", text))


def _body_names(func: ast.AST) -> set[str]:
    """Names ``func`` binds to the whole request body (data = request.get_json())."""
    return {
        t.id
        for a in ast.walk(func)
        if isinstance(a, ast.Assign) and _request_body(a.value)
        for t in a.targets
        if isinstance(t, ast.Name)
    }


_ALLOWED = re.compile(r"(?i)(allow|editable|permitted|fields|whitelist|safe|accepted|writable|updatable)")


def _filters_fields(compare: ast.Compare, bodies: set[str]) -> bool:
    """``k in ALLOWED_FIELDS`` / ``k in ("name", "email")`` / ``"role" in data``: the keys are vetted."""
    right = compare.comparators[0]
    if isinstance(right, ast.List | ast.Set | ast.Tuple) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in right.elts
    ):
        return True
    if _ALLOWED.search(dotted(right)):
        return True
    return bool(names_in(right) & bodies) or (
        isinstance(compare.left, ast.Constant) and _PRIVILEGE_FIELD.match(str(compare.left.value)) is not None
    )


def _mass_assignment(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """Every field of the request body is copied onto a stored record that also holds a role/admin field."""
    fields = {
        str(n.value) for n in nodes(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    } | {n.attr for n in nodes(tree) if isinstance(n, ast.Attribute)}
    if not any(_PRIVILEGE_FIELD.match(f) for f in fields):
        return
    for func in functions(tree):
        bodies = _body_names(func)

        def whole(arg: ast.expr, bodies: set[str] = bodies) -> bool:
            return (isinstance(arg, ast.Name) and arg.id in bodies) or _request_body(arg)

        # an allow-list or a field removed by name is the fix
        filtered = (
            any(
                isinstance(n, ast.Compare)
                and any(isinstance(o, ast.In | ast.NotIn) for o in n.ops)
                and _filters_fields(n, bodies)
                for n in ast.walk(func)
            )
            or any(
                isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in {"pop", "validate", "load"}
                for n in ast.walk(func)
            )
            or any(isinstance(n, ast.Delete | ast.DictComp) for n in ast.walk(func))
        )
        if filtered:
            continue
        for loop in ast.walk(func):
            if (
                isinstance(loop, ast.For)
                and isinstance(loop.iter, ast.Call)
                and isinstance(loop.iter.func, ast.Attribute)
                and loop.iter.func.attr == "items"
                and whole(loop.iter.func.value)
                and isinstance(loop.target, ast.Tuple)
                and len(loop.target.elts) == 2
            ):
                key = dotted(loop.target.elts[0])
                for n in ast.walk(loop):
                    if isinstance(n, ast.Assign) and any(
                        isinstance(t, ast.Subscript) and dotted(t.slice) == key for t in n.targets
                    ):
                        yield span(n)
                        return
        for c in calls(func):
            last = c.func.attr if isinstance(c.func, ast.Attribute) else call_name(c)
            if (last == "update" and c.args and whole(c.args[0])) or (
                last == "setattr"
                and any(
                    isinstance(x, ast.For)
                    and whole(
                        x.iter.func.value
                        if isinstance(x.iter, ast.Call) and isinstance(x.iter.func, ast.Attribute)
                        else x.iter
                    )
                    for x in ast.walk(func)
                )
            ):
                yield span(c)
                break
            if any(kw.arg is None and whole(kw.value) for kw in c.keywords):
                yield span(c)
                break


_CALLER_PRIVILEGE = re.compile(r"(?i)(admin|role|staff|superuser|perm|privilege|owner|scope|grant)")


def _privilege_field_from_request(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A role/admin field of an account is set from a value the client sent, with no check that the caller
    may grant it (signup or profile update that copies "role" from the body)."""
    for func in functions(tree):
        tainted = _body_names(func)

        def from_client(value: ast.expr, tainted: set[str] = tainted) -> bool:
            return _request_body(value) or bool(names_in(value) & tainted)

        sets: list[ast.AST] = []
        for n in ast.walk(func):
            last = call_name(n).rsplit(".", 1)[-1] if isinstance(n, ast.Call) else ""
            if isinstance(n, ast.Call) and (
                (last[:1].isupper() and not re.search(r"(?i)response|error|exception|template", last))
                or last
                in {
                    "create",
                    "create_user",
                    "update",
                    "insert",
                    "insert_one",
                    "update_one",
                    "add_user",
                    "register",
                    "update_user",
                    "objects.create",
                    "get_or_create",
                    "update_or_create",
                }
            ):
                sets += [
                    n
                    for k in n.keywords
                    if k.arg
                    and _PRIVILEGE_FIELD.match(k.arg)
                    and from_client(k.value)
                    and not isinstance(k.value, ast.Constant)
                ]
            elif isinstance(n, ast.Assign) and from_client(n.value):
                for t in n.targets:
                    key = assigned_key(t)
                    if key and _PRIVILEGE_FIELD.match(key) and not dotted(t).startswith(("self.", "args.")):
                        sets.append(n)
        if not sets:
            continue
        # a check that the caller may grant roles: a decorator, a permission call, or a comparison on the
        # caller's own role that does not involve the submitted value
        decorators = " ".join(ast.unparse(d) for d in func.decorator_list)
        if _CALLER_PRIVILEGE.search(decorators):
            continue
        if any(
            _CALLER_PRIVILEGE.search(call_name(c).rsplit(".", 1)[-1]) and not from_client(c)
            for c in calls(func)
        ):
            continue
        if any(
            isinstance(t, ast.Compare | ast.Attribute)
            and _CALLER_PRIVILEGE.search(ast.unparse(t))
            and not from_client(t)
            for i in ast.walk(func)
            if isinstance(i, ast.If | ast.Assert)
            for t in ast.walk(i.test)
        ):
            continue
        yield span(sets[0])


CHECKS: tuple[Check, ...] = (
    Check(
        "privilege-field-mass-assigned",
        269,
        Level.HIGH,
        Level.MEDIUM,
        "Improper privilege management: every field of the request body is copied onto a stored record "
        "(dict.update, setattr loop, Model(**data)) that holds a role/admin field, so the client can grant "
        "itself privileges.",
        "All fields the client sends are copied onto the stored record, including its role/admin field, "
        "so a user can make themselves an administrator (mass assignment). Copy only an allow-list of "
        "editable fields (e.g. {k: data[k] for k in ('name', 'email') if k in data}) and change roles only "
        "through an admin-checked path.",
        _mass_assignment,
    ),
    Check(
        "privilege-field-set-from-request",
        269,
        Level.HIGH,
        Level.MEDIUM,
        "Improper privilege management: an account's role/admin/permission field is set from a value the "
        "client sent (Account(role=data['role']), user.is_admin = request.form['is_admin']) in a handler "
        "that never checks that the caller may grant that privilege.",
        "The client chooses its own role or admin flag here, so anyone can sign up or update themselves "
        "as an administrator. Assign new accounts a fixed default role on the server, and change roles only "
        "in an admin-only handler that checks the caller's own role and validates the new role against an "
        "allow-list.",
        _privilege_field_from_request,
    ),
)
