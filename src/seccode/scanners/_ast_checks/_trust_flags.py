"""Trust flags (CWE-454): a privilege or trust flag (is_admin, authenticated, role) initialised from data
the client controls (request fields, cookies, client-supplied defaults) or switched on by a comparison
with constants instead of a server-side decision."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    calls,
    dotted,
    functions,
    names_in,
    nodes,
    span,
    walk,
)
from seccode.scanners._ast_checks._secrets import _literal_str, _target_names
from seccode.scanners._finding import Level

_PRIVILEGE = re.compile(
    r"(?i)(admin|authori[sz]ed|privilege|is_?root|superuser|logged_?in|has_?access|access)"
)
#: a variable that grants trust or privilege once true
_TRUST_FLAG = re.compile(
    r"(?i)((^|[_.:-])is_?(admin|root|staff|superuser|privileged|trusted|verified|authenticated|authori[sz]ed|"
    r"agent|moderator|operator|manager|owner|employee|internal|premium|vip|support)"
    r"|^(admin|superuser|privileged|trusted|authenticated|authori[sz]ed|logged_?in)$|has_?admin|role$)"
)
#: request data the client controls
_CLIENT_DATA = re.compile(
    r"(^|\.)request\.(cookies|args|form|values|headers|json|data|GET|POST|COOKIES|META|query_params|"
    r"query|params|get_json|get_cookie|get_header|forms|query_string)$"
)


_REQUEST_BODY = re.compile(
    r"^(await )?(flask\.)?request\.(get_json|json|form|values|POST|data|args|cookies|query_params|params|"
    r"forms|query)\b(\(.*?\))?( or \{\})?$|^json\.loads\(request\."
)


def keyword_names(call: ast.Call) -> set[str]:
    return {k.arg for k in call.keywords if k.arg}


#: fields of a record the server must decide itself: trust flags, prices, discounts, limits, roles
_TRUSTED_FIELD = re.compile(
    r"(?i)(^|_)(is_?(admin|root|staff|superuser|privileged|trusted|verified|authenticated)|verified|"
    r"admin|role|roles|scopes?|permissions?|discount\w*|price|unit_price|amount|total|credit|balance|quota|"
    r"tier|plan|approved|paid)($|_)|^can_[a-z]\w*$|^(show|include)_(deleted|hidden|private|archived)$"
    # execution-policy settings a submitter must not choose: sandboxing, the account to run as, allow-lists
    r"|^(sandbox(ed)?|run_as|run_as_user|allowed_\w+|\w+_allow_?list|\w+_whitelist|safe_mode|privileged)$"
)
#: client-controlled containers a handler receives whole: request.cookies, req.get_json()...
_CLIENT_ATTRS = frozenset(
    {"cookies", "headers", "args", "form", "values", "json", "GET", "POST", "COOKIES", "query_params",
     "params", "media", "get_json", "get_media", "forms", "query"}
)  # fmt: skip


def _client_whole(node: ast.expr) -> bool:
    """``node`` is a whole client-controlled mapping: request.get_json(...), req.cookies, request.form."""
    if isinstance(node, ast.BoolOp):  # request.get_json() or {}
        return any(_client_whole(v) for v in node.values)
    if isinstance(node, ast.Await):
        return _client_whole(node.value)
    target = node.func if isinstance(node, ast.Call) else node
    if not isinstance(target, ast.Attribute) or target.attr not in _CLIENT_ATTRS:
        return False
    base = target.value
    return (isinstance(base, ast.Name) and base.id in {"request", "req"}) or (
        isinstance(base, ast.Attribute) and base.attr == "request"
    )


def _literal_keys(node: ast.AST | None) -> set[str]:
    if isinstance(node, ast.Dict):
        return {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
    if isinstance(node, ast.Call) and call_name(node) == "dict":
        return {k.arg for k in node.keywords if k.arg}
    return set()


def _copied_record(value: ast.expr) -> str:
    """The name of the record ``value`` copies: dict(X), X.copy(), copy.deepcopy(X), copy.copy(X)."""
    if not isinstance(value, ast.Call):
        return ""
    name = call_name(value)
    if name in {"dict", "copy.copy", "copy.deepcopy", "deepcopy"} and len(value.args) == 1:
        return dotted(value.args[0])
    if isinstance(value.func, ast.Attribute) and value.func.attr == "copy" and not value.args:
        return dotted(value.func.value)
    return ""


def _trusted_defaults_from_client(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A record whose trusted fields the server sets (discount, verified, is_admin, scopes) is filled
    wholesale from client data: defaults.update(request.get_json()), {**defaults, **body}, or a class with
    such fields built as Cls(**values) from the request's cookies/body (also through a helper that
    receives req.cookies). Copying named harmless fields, or vetting the keys against an allow-list that
    leaves the trusted fields out, is the fix."""
    if not any(isinstance(n, ast.Attribute) and _client_whole(n) for n in nodes(tree)) and not any(
        call_name(c) == "json.loads" for c in calls(tree)
    ):
        return  # no request data or decoded message read whole anywhere
    funcs = list(functions(tree))
    # dict-returning helpers (def new_order(): return {...}) and classes, with their field names
    returned: dict[str, set[str]] = {}
    for f in funcs:
        keys = {k for n in walk(f) if isinstance(n, ast.Return) for k in _literal_keys(n.value)}
        if keys:
            returned[f.name] = keys
    class_fields: dict[str, set[str]] = {}
    for cls in nodes(tree):
        if isinstance(cls, ast.ClassDef):
            class_fields[cls.name] = {
                dotted(st.target) for st in cls.body if isinstance(st, ast.AnnAssign)
            } | {dotted(t) for st in cls.body if isinstance(st, ast.Assign) for t in st.targets}
    # module-level defaults: DEFAULT_CONTEXT = {"is_staff": False, ...}
    module_records = {
        st.targets[0].id: _literal_keys(st.value)
        for st in tree.body
        if isinstance(st, ast.Assign)
        and len(st.targets) == 1
        and isinstance(st.targets[0], ast.Name)
        and _literal_keys(st.value)
    }
    # instance fields a class sets in its methods (self.can_export = False)
    for cls in nodes(tree):
        if isinstance(cls, ast.ClassDef):
            class_fields[cls.name] |= {
                t.attr
                for st in walk(cls)
                if isinstance(st, ast.Assign)
                for t in st.targets
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"
            }
    # parameters that receive client data at some call site: Ctx.from_cookies(req.cookies)
    tainted_params: dict[str, set[int]] = {}
    for c in calls(tree):
        for i, a in enumerate(c.args):
            if _client_whole(a):
                tainted_params.setdefault(call_name(c).rsplit(".", 1)[-1], set()).add(i)
    # ... or a message decoded from outside (job = json.loads(raw); self.run(job)), passed on through
    # methods of the module (run(job) -> self.settings_for(job)); two rounds follow two hops
    for _ in range(2):
        for func in funcs:
            params = [a.arg for a in func.args.args if a.arg not in {"self", "cls"}]
            held = {params[i] for i in tainted_params.get(func.name, set()) if i < len(params)}
            held |= {
                t.id
                for n in walk(func)
                if isinstance(n, ast.Assign) and _decoded_message(n.value)
                for t in n.targets
                if isinstance(t, ast.Name)
            }
            for c in calls(func):
                for i, a in enumerate(c.args):
                    if isinstance(a, ast.Name) and a.id in held:
                        tainted_params.setdefault(call_name(c).rsplit(".", 1)[-1], set()).add(i)
    for func in funcs:
        params = [a.arg for a in func.args.args if a.arg not in {"self", "cls"}]
        client = {params[i] for i in tainted_params.get(func.name, set()) if i < len(params)}
        allowed_literal = False
        records: dict[str, set[str]] = dict(module_records)
        for n in walk(func):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                name, value = n.targets[0].id, n.value
                if (
                    _client_whole(value)
                    or (names_in(value) & client and not isinstance(value, ast.Call))
                    or (_decoded_message(value) and names_in(value) & set(params))
                ):
                    client.add(name)
                elif isinstance(value, ast.Call) and call_name(value) in returned:
                    records[name] = returned[call_name(value)]
                elif (copied := _copied_record(value)) in records:
                    records[name] = records[copied]  # settings = dict(DEFAULTS) / DEFAULTS.copy()
                elif _literal_keys(value):
                    records[name] = _literal_keys(value)
            if (
                isinstance(n, ast.Compare)
                and any(isinstance(o, ast.In | ast.NotIn) for o in n.ops)
                and not isinstance(n.left, ast.Call)  # value.lower() in ("1", "true"): a parse, no filter
            ):
                for x in n.comparators:
                    if isinstance(x, ast.Set | ast.List | ast.Tuple | ast.Dict) or (
                        isinstance(x, ast.Name) and x.id.isupper()
                    ):
                        allowed_literal = True
            if (
                isinstance(n, ast.BinOp)
                and isinstance(n.op, ast.Sub)
                and (
                    (isinstance(n.left, ast.Call) and call_name(n.left) in {"set", "frozenset"})
                    or (isinstance(n.left, ast.Call) and call_name(n.left).endswith(".keys"))
                )
            ):
                allowed_literal = True  # set(payload) - EDITABLE / payload.keys() - ALLOWED
        if allowed_literal:
            continue

        def from_client(x: ast.expr, client: set[str] = client) -> bool:
            if isinstance(x, ast.Call) and isinstance(x.func, ast.Attribute) and x.func.attr == "get":
                x = x.func.value  # message.get("context", {}): a part of the client's data
            elif isinstance(x, ast.Subscript):
                x = x.value
            return _client_whole(x) or (isinstance(x, ast.Name) and x.id in client)

        own_fields = class_fields.get(func_class(tree, func) or "", set())
        for found in _attributes_set_from_client(func, client, own_fields):
            yield found
            return

        for n in walk(func):
            if (
                isinstance(n, ast.Call)
                and isinstance(n.func, ast.Attribute)
                and n.func.attr == "update"
                and n.args
                and from_client(n.args[0])
                and any(_TRUSTED_FIELD.search(k) for k in records.get(dotted(n.func.value), set()))
            ):
                yield span(n)
                return
            if isinstance(n, ast.Call) and any(kw.arg is None and from_client(kw.value) for kw in n.keywords):
                callee = call_name(n).rsplit(".", 1)[-1]
                owner = func_class(tree, func) if callee == "cls" else callee
                if any(_TRUSTED_FIELD.search(f) for f in class_fields.get(owner or "", set())):
                    yield span(n)
                    return
            if isinstance(n, ast.Dict) and None in n.keys:
                spread = [v for k, v in zip(n.keys, n.values, strict=True) if k is None]
                base = {k for v in spread if isinstance(v, ast.Name) for k in records.get(v.id, set())}
                base |= {k for v in spread for k in _literal_keys(v)}
                if any(from_client(v) for v in spread[1:]) and any(_TRUSTED_FIELD.search(k) for k in base):
                    yield span(n)
                    return


def _decoded_message(value: ast.expr) -> bool:
    """json.loads(raw): a message decoded from bytes a caller handed in."""
    return isinstance(value, ast.Call) and call_name(value) == "json.loads"


def _attributes_set_from_client(
    func: ast.FunctionDef | ast.AsyncFunctionDef, client: set[str], fields: set[str]
) -> Iterator[tuple[int, int]]:
    """``for key, value in params.items(): setattr(self, key, value)`` over client data, in a class whose
    fields include a trust flag (can_export, is_admin): every attribute, flags included, is the client's.
    ``hasattr(self, key)`` is no filter (it admits exactly the existing flags); an allow-list is."""
    if not client or not any(_TRUSTED_FIELD.search(f) for f in fields):
        return
    for loop in walk(func):
        if not (
            isinstance(loop, ast.For)
            and isinstance(loop.iter, ast.Call)
            and isinstance(loop.iter.func, ast.Attribute)
            and loop.iter.func.attr == "items"
            and isinstance(loop.iter.func.value, ast.Name)
            and loop.iter.func.value.id in client
            and isinstance(loop.target, ast.Tuple)
            and isinstance(loop.target.elts[0], ast.Name)
        ):
            continue
        key = loop.target.elts[0].id
        vetted = any(
            (
                isinstance(n, ast.Compare)
                and dotted(n.left) == key
                and any(isinstance(o, ast.In | ast.NotIn) for o in n.ops)
            )
            or (
                isinstance(n, ast.Call)
                and call_name(n).endswith(".get")
                and bool(n.args)
                and dotted(n.args[0]) == key
            )
            for n in walk(loop)
        )
        if vetted:
            continue
        for c in walk(loop):
            if (
                isinstance(c, ast.Call)
                and call_name(c) == "setattr"
                and len(c.args) == 3
                and dotted(c.args[0]) == "self"
                and dotted(c.args[1]) == key
            ):
                yield span(c)
                return


def func_class(tree: ast.Module, func: ast.AST) -> str | None:
    """The name of the class that defines method ``func``."""
    for cls in nodes(tree):
        if isinstance(cls, ast.ClassDef) and any(st is func for st in cls.body):
            return cls.name
    return None


def _privilege_flag_from_input(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A privilege flag set inside a function: global state, or decided by comparing to constants."""
    for found in _trusted_defaults_from_client(tree):
        yield found
        return
    for func in nodes(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        globals_ = {n for stmt in walk(func) if isinstance(stmt, ast.Global) for n in stmt.names}
        for node in walk(func):
            if not isinstance(node, ast.If):
                continue
            literal_test = any(
                isinstance(c, ast.Compare)
                and any(
                    _literal_str(x) is not None
                    or (isinstance(x, ast.Name) and x.id.isupper())
                    or (isinstance(x, ast.Attribute) and x.attr.isupper())
                    for x in [c.left, *c.comparators]
                )
                for c in walk(node.test)
            )
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.Assign)
                    and isinstance(stmt.value, ast.Constant)
                    and stmt.value.value is True
                ):
                    for name in _target_names(stmt):
                        if _PRIVILEGE.search(name) and (name in globals_ or literal_test):
                            yield span(stmt)
    # a trust flag initialised straight from client-controlled request data (cookie, header, form)
    for node in nodes(tree):
        if not isinstance(node, ast.Assign) or not any(_TRUST_FLAG.search(n) for n in _target_names(node)):
            continue
        # a cookie read with its signing secret (bottle's get_cookie(name, secret=KEY)) is server-signed
        signed = {
            id(c.func)
            for c in walk(node.value)
            if isinstance(c, ast.Call) and keyword_names(c) & {"secret"}
        }
        reads = [
            dotted(n) for n in walk(node.value) if isinstance(n, ast.Attribute) and id(n) not in signed
        ]
        if any(_CLIENT_DATA.search(name) for name in reads):
            yield span(node)
    # the trusted session store filled wholesale from the request body: session.update(request.json)
    for func in nodes(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        bodies = {
            t.id
            for a in walk(func)
            if isinstance(a, ast.Assign) and _REQUEST_BODY.search(ast.unparse(a.value))
            for t in a.targets
            if isinstance(t, ast.Name)
        }
        if any(isinstance(n, ast.DictComp) for n in walk(func)) or any(
            isinstance(n, ast.Compare)
            and any(isinstance(o, ast.In | ast.NotIn) for o in n.ops)
            and not any("session" in dotted(x) for x in n.comparators)
            for n in walk(func)
        ):
            continue  # keys vetted against an allow-list
        for c in walk(func):
            if not isinstance(c, ast.Call) or not isinstance(c.func, ast.Attribute) or not c.args:
                continue
            store = dotted(c.func.value)
            arg = c.args[0]
            whole = (isinstance(arg, ast.Name) and arg.id in bodies) or bool(
                _REQUEST_BODY.search(ast.unparse(arg))
            )
            if (
                c.func.attr == "update"
                and whole
                and re.search(r"(^|\.)session$", store)
                and not re.search(r"(?i)\b(db|database)\.session$", store)
            ):
                yield span(c)
                break


CHECKS: tuple[Check, ...] = (
    Check(
        id="privilege-flag-set-from-input",
        cwe=454,
        severity=Level.HIGH,
        confidence=Level.MEDIUM,
        description=(
            "External initialization of trusted variables: an admin/authorised flag is set from request "
            "values compared with constants, or kept in a global shared by all callers."
        ),
        message=(
            "A trust flag (admin/authorised/logged-in) is set from caller-supplied values checked against "
            "constants, or stored in a global that every later request sees. Derive privileges from the "
            "authenticated session on each request and verify credentials against a stored hash."
        ),
        body=_privilege_flag_from_input,
    ),
)
