"""Role fields from the request (CWE-269): an account's role/admin/permission field mass-assigned
from the request body or set from a value the client sent, with no check that the caller may grant it."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator

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
    walk,
)
from seccode.scanners._finding import Level

_PRIVILEGE_FIELD = re.compile(
    r"(?i)^(role|roles|is_?admin|admin|is_?staff|is_?superuser|superuser|permissions?|privileges?|groups?|"
    r"access_?level|user_?type|scopes?)$"
)


def _request_body(node: ast.expr) -> bool:
    """request.get_json()/request.json/request.form/request.POST/json.loads(request...) - the whole body."""
    text = ast.unparse(node)
    return bool(re.search(r"request\.(get_json|json|form|values|POST|data|args|body|get_data|media)\b", text))


def _body_names(func: ast.AST) -> set[str]:
    """Names ``func`` binds to the whole request body (data = request.get_json())."""
    return {
        t.id
        for a in walk(func)
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


def _string_list(node: ast.expr | None) -> list[str] | None:
    if isinstance(node, ast.List | ast.Tuple | ast.Set) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts
    ):
        return [str(e.value) for e in node.elts if isinstance(e, ast.Constant)]
    return None


def _module_string_lists(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level field lists: EDITABLE = ("name", "email", "role")."""
    found: dict[str, list[str]] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            values = _string_list(stmt.value)
            if values is not None:
                found[stmt.targets[0].id] = values
    return found


def _listed_privilege_copied(
    func: ast.AST, whole: Callable[[ast.expr], bool], constants: dict[str, list[str]]
) -> Iterator[tuple[int, int]]:
    """``for f in ("theme", "role"): setattr(user, f, data[f])``: the loop copies client values into the
    record's fields and its field list includes a role/admin field."""
    for loop in walk(func):
        if not isinstance(loop, ast.For) or not isinstance(loop.target, ast.Name):
            continue
        listed = _string_list(loop.iter)
        if listed is None and isinstance(loop.iter, ast.Name):
            listed = constants.get(loop.iter.id)
        if not listed or not any(_PRIVILEGE_FIELD.match(f) for f in listed):
            continue
        key = loop.target.id

        def client_value(v: ast.expr, key: str = key) -> bool:
            # data[f] / data.get(f) / request.form[f] with the loop's field name
            if isinstance(v, ast.Subscript):
                return dotted(v.slice) == key and whole(v.value)
            if isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and v.func.attr == "get":
                return bool(v.args) and dotted(v.args[0]) == key and whole(v.func.value)
            return False

        for n in walk(loop):
            if (
                isinstance(n, ast.Call)
                and call_name(n) == "setattr"
                and len(n.args) == 3
                and dotted(n.args[1]) == key
                and client_value(n.args[2])
            ):
                yield span(n)
                return
            if (
                isinstance(n, ast.Assign)
                and any(isinstance(t, ast.Subscript) and dotted(t.slice) == key for t in n.targets)
                and client_value(n.value)
            ):
                yield span(n)
                return


def _mass_assignment(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """Every field of the request body is copied onto a stored record that also holds a role/admin field."""
    fields = {
        str(n.value) for n in nodes(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    } | {n.attr for n in nodes(tree) if isinstance(n, ast.Attribute)}
    if not any(_PRIVILEGE_FIELD.match(f) for f in fields):
        return
    constants = _module_string_lists(tree)
    for func in functions(tree):
        bodies = _body_names(func)

        def whole(arg: ast.expr, bodies: set[str] = bodies) -> bool:
            return (isinstance(arg, ast.Name) and arg.id in bodies) or _request_body(arg)

        # an "allow-list" of copied fields that itself names a role/admin field is no filter
        for found in _listed_privilege_copied(func, whole, constants):
            yield found
            return
        # an allow-list or a field removed by name is the fix
        filtered = (
            any(
                isinstance(n, ast.Compare)
                and any(isinstance(o, ast.In | ast.NotIn) for o in n.ops)
                and _filters_fields(n, bodies)
                for n in walk(func)
            )
            or any(
                isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in {"pop", "validate", "load"}
                for n in walk(func)
            )
            or any(isinstance(n, ast.Delete | ast.DictComp) for n in walk(func))
        )
        if filtered:
            continue
        for loop in walk(func):
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
                for n in walk(loop):
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
                    for x in walk(func)
                )
            ):
                yield span(c)
                break
            if any(kw.arg is None and whole(kw.value) for kw in c.keywords):
                yield span(c)
                break


_CALLER_PRIVILEGE = re.compile(r"(?i)(admin|role|staff|superuser|perm|privilege|owner|scope|grant)")


def _body_models(tree: ast.Module) -> set[str]:
    """Classes of the module that describe a request body: pydantic / ninja / marshmallow models."""
    return {
        c.name
        for c in tree.body
        if isinstance(c, ast.ClassDef)
        and any(re.search(r"(BaseModel|Schema|Serializer|Struct)$", dotted(b)) for b in c.bases)
    }


def _model_params(func: ast.AST, models: set[str]) -> set[str]:
    """Parameters of ``func`` annotated with a request-body model: def update(change: RoleChange)."""
    if not models or not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
        return set()
    args = [*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs]
    return {a.arg for a in args if a.annotation is not None and dotted(a.annotation) in models}


_IDENTITY = re.compile(r"(?i)(^|[._])(id|pk|uid|user_?id|username|email)$")


def _self_exemption(test: ast.expr) -> bool:
    """``if me.id != user_id and me.role != "admin": deny`` - the role guard is and-ed with "the target
    is someone else", so every caller passes it for their own record."""
    return isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) and any(
        isinstance(v, ast.Compare)
        and len(v.ops) == 1
        and isinstance(v.ops[0], ast.NotEq | ast.IsNot)
        and _IDENTITY.search(ast.unparse(v.left)) is not None
        and _IDENTITY.search(ast.unparse(v.comparators[0])) is not None
        for v in test.values
    )


def _privilege_field_from_request(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A role/admin field of an account is set from a value the client sent, with no check that the caller
    may grant it (signup or profile update that copies "role" from the body)."""
    models = _body_models(tree)
    for func in functions(tree):
        tainted = _body_names(func) | _model_params(func, models)

        def from_client(value: ast.expr, tainted: set[str] = tainted) -> bool:
            return _request_body(value) or bool(names_in(value) & tainted)

        sets: list[ast.AST] = []
        for n in walk(func):
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
        # (a route path such as "/users/<id>/role" names the resource, not a check on the caller)
        decorators = re.sub(r"""(['"])/[^'"]*\1""", "", " ".join(ast.unparse(d) for d in func.decorator_list))
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
            for i in walk(func)
            if isinstance(i, ast.If | ast.Assert) and not _self_exemption(i.test)
            for t in walk(i.test)
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
