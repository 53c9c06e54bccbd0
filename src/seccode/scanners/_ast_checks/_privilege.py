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
    constant_int,
    dotted,
    functions,
    int_assignments,
    keyword,
    names_in,
    nodes,
    span,
)
from seccode.scanners._finding import Level

_RAISE = re.compile(r"(?i)(raise_?privileges?|elevate|seteuid|setuid|setegid|setgid|become_?root|sudo)")


_LOWER = re.compile(r"(?i)(lower_?privileges?|drop_?privileges?|seteuid|setuid|restore)")


_ID_SETTERS = {"setuid", "seteuid", "setgid", "setegid", "setreuid", "setregid", "setresuid", "setresgid"}


def _probes(func: ast.AST) -> set[int]:
    """ids of ``setuid(0)`` calls that only test whether root can be regained: the sole statement of a
    try whose handler catches PermissionError/OSError (the check after dropping privileges)."""
    found: set[int] = set()
    for t in ast.walk(func):
        if (
            isinstance(t, ast.Try)
            and len(t.body) == 1
            and any(
                h.type is not None and re.search(r"PermissionError|OSError", ast.unparse(h.type))
                for h in t.handlers
            )
        ):
            found |= {id(c) for c in calls(t.body[0])}
    return found


def _raising_calls(func: ast.AST) -> list[ast.Call]:
    """Calls that raise privileges. setuid/setgid-style calls only count with target id 0 (root): with
    any other id they drop privileges."""
    probes = _probes(func)
    found = []
    for c in calls(func):
        last = call_name(c).rsplit(".", 1)[-1]
        if not _RAISE.search(last) or id(c) in probes:
            continue
        if last in _ID_SETTERS and not any(isinstance(a, ast.Constant) and a.value == 0 for a in c.args):
            continue
        found.append(c)
    return found


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
        raised = _raising_calls(func)
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
        raised = _raising_calls(func)
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


_ROUTE_CALLS = {"route", "get", "post", "put", "delete", "patch"}
# pages every visitor must reach: signing in or up, account creation and password-reset flows
_ENTRY = re.compile(
    r"(?i)login|logout|register|signup|sign_up|health|static|index|home|create_account|new_account|forgot|"
    r"reset_password|password_reset|verify|confirm|callback|public"
)
_PROTECTED = re.compile(
    r"(?i)(settings|admin|account|profile|delete|change|update|password|secret|export|internal|manage|"
    r"config|private|billing|dashboard|users)"
)


def _authenticated(func: ast.FunctionDef | ast.AsyncFunctionDef, guards: set[str]) -> bool:
    if any(dotted(d).split(".")[-1] in guards or _AUTH.search(dotted(d)) for d in func.decorator_list):
        return True
    return any(
        _AUTH.search(dotted(n)) for n in ast.walk(func) if isinstance(n, ast.Name | ast.Attribute | ast.Call)
    )


def _auth_skipped(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """The module authenticates (it defines a login decorator, or some routes check the session), but a
    handler for a protected page (settings, admin, export...) skips that check."""
    guards = _auth_decorators(tree)
    handlers: list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, str]] = []
    for func in tree.body:
        if not isinstance(func, FUNCS) or func.name in guards or any(isinstance(n, FUNCS) for n in func.body):
            continue
        routes = [
            d
            for d in func.decorator_list
            if isinstance(d, ast.Call) and call_name(d).rsplit(".", 1)[-1] in _ROUTE_CALLS
        ]
        path = " ".join(str(a.value) for d in routes for a in d.args if isinstance(a, ast.Constant))
        if routes or (guards and not func.decorator_list):
            handlers.append((func, path + " " + func.name))
    protected = [f for f, text in handlers if _authenticated(f, guards)]
    if not guards and not protected:
        return
    for func, text in handlers:
        if _PROTECTED.search(text) and not _ENTRY.search(text) and not _authenticated(func, guards):
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


def _euid_test(test: ast.expr) -> str:
    """ "require" for ``os.geteuid() != 0`` (not root -> leave), "" otherwise."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        sides = [test.left, test.comparators[0]]
        uid = any(isinstance(x, ast.Call) and call_name(x).endswith(("geteuid", "getuid")) for x in sides)
        zero = any(isinstance(x, ast.Constant) and x.value == 0 for x in sides)
        if uid and zero and isinstance(test.ops[0], ast.NotEq | ast.Gt):
            return "require"
    return ""


def _root_kept(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """The program insists on running as root and never switches to an unprivileged uid/gid."""
    drops = any(
        call_name(c).rsplit(".", 1)[-1] in _ID_SETTERS | {"initgroups", "setgroups"}
        or re.search(r"(?i)(drop|lower)_?priv", call_name(c))
        for c in calls(tree)
    )
    # a long-running service (server loop, event loop, request handling) keeps root for all its work;
    # a one-shot admin tool that needs root for its single task is a different matter
    serves = any(
        call_name(c).rsplit(".", 1)[-1]
        in {"serve_forever", "run", "listen", "accept", "mainloop", "run_forever"}
        for c in calls(tree)
    ) or any(
        isinstance(n, ast.While) and isinstance(n.test, ast.Constant) and n.test.value for n in nodes(tree)
    )
    if drops or not serves:
        return
    env = int_assignments(tree)
    for call in calls(tree):
        # binding a port below 1024 (socket.bind, TCPServer((host, 80), ...), app.run(port=443)) needs root
        ports = [keyword(call, "port")] + [
            a.elts[1] for a in call.args if isinstance(a, ast.Tuple) and len(a.elts) == 2
        ]
        if any((p := constant_int(x, env)) is not None and 0 < p < 1024 for x in ports if x is not None):
            yield span(call)
            return
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.If)
            and _euid_test(node.test)
            and any(
                isinstance(n, ast.Raise) or (isinstance(n, ast.Call) and "exit" in call_name(n))
                for n in ast.walk(node)
            )
        ):
            yield span(node)
            return


_PRIVILEGE_FIELD = re.compile(
    r"(?i)^(role|roles|is_?admin|admin|is_?staff|is_?superuser|superuser|permissions?|privileges?|groups?|"
    r"access_?level|user_?type|scopes?)$"
)


def _request_body(node: ast.expr) -> bool:
    """request.get_json()/request.json/request.form/request.POST/json.loads(request...) - the whole body."""
    text = ast.unparse(node)
    return bool(re.search(r"request\.(get_json|json|form|values|POST|data|args)\b", text))


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
        bodies = {
            t.id
            for a in ast.walk(func)
            if isinstance(a, ast.Assign) and _request_body(a.value)
            for t in a.targets
            if isinstance(t, ast.Name)
        }

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


_DESTRUCTIVE_SQL = re.compile(r"(?is)^\s*(delete\s+from|drop\s+|truncate\s+|alter\s+)")
_ORM_DELETE = {"delete", "drop", "truncate", "drop_table", "delete_many", "drop_collection", "drop_database"}
#: other critical operations: account and privilege changes, shutting the service down, running commands
_CRITICAL_CALLS = {
    "set_password", "create_user", "create_superuser", "make_admin", "grant", "promote", "shutdown",
    "reboot", "system", "call", "check_call", "check_output", "Popen",
}  # fmt: skip
_DESTRUCTIVE_CALLS = {
    "rmtree",
    "remove",
    "unlink",
    "rmdir",
    "kill",
    "killpg",
    "drop_all",
    "flushall",
    "flushdb",
}


def _destructive(func: ast.AST) -> ast.Call | None:
    for c in calls(func):
        last = call_name(c).rsplit(".", 1)[-1]
        if last in _DESTRUCTIVE_CALLS and call_name(c) not in {"remove", "list.remove"}:
            if last == "remove" and not call_name(c).startswith(("os.", "shutil.")):
                continue
            return c
        if last in _CRITICAL_CALLS and (
            last not in {"system", "call", "check_call", "check_output", "Popen"}
            or call_name(c).startswith(("os.", "subprocess."))
        ):
            return c
        if call_name(c) == "subprocess.run":
            return c
        # Model.query.delete(), db.session.delete(obj), coll.delete_many({}), Model.objects.all().delete()
        if last in _ORM_DELETE and isinstance(c.func, ast.Attribute) and not call_name(c).startswith("os."):
            return c
        if last in {"execute", "executescript", "executemany"} and c.args:
            sql = c.args[0]
            if (
                isinstance(sql, ast.Constant)
                and isinstance(sql.value, str)
                and _DESTRUCTIVE_SQL.match(sql.value)
            ):
                return c
    return None


_DB_SESSION = re.compile(
    r"\b(db|database)\.session(\.\w+)*|\bsession\.(commit|add|delete|query|execute|rollback|flush)\b"
)


def _unauthenticated_destructive_route(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A web route that deletes data, files or processes with no authentication anywhere on its path."""
    django = any(
        isinstance(n, ast.Import | ast.ImportFrom)
        and ("django" in (getattr(n, "module", None) or "") or any("django" in a.name for a in n.names))
        for n in tree.body
    )
    candidates = [
        f
        for f in functions(tree)
        if any(isinstance(d, ast.Call) for d in f.decorator_list)
        or (django and f.args.args and f.args.args[0].arg == "request")
    ]
    if not any(_destructive(f) is not None for f in candidates):
        return
    app_wide = any(
        isinstance(n, ast.Attribute) and n.attr in {"before_request", "before_app_request"}
        for n in nodes(tree)
    ) or any(
        isinstance(n, ast.Name | ast.Attribute) and re.search(r"(?i)middleware|LoginManager", dotted(n))
        for n in nodes(tree)
    )
    if app_wide:
        return
    for func in candidates:
        routes = [
            d
            for d in func.decorator_list
            if isinstance(d, ast.Call)
            and call_name(d).rsplit(".", 1)[-1]
            in {"route", "get", "post", "put", "delete", "patch", "api_route"}
        ]
        view = django and bool(func.args.args) and func.args.args[0].arg == "request"
        if not routes and not view:
            continue
        decorators = " ".join(ast.unparse(d) for d in func.decorator_list)
        params = " ".join(ast.unparse(d) for d in func.args.defaults + func.args.kw_defaults if d is not None)
        params += " " + " ".join(
            ast.unparse(a.annotation) for a in func.args.args if a.annotation is not None
        )
        body = " ".join(dotted(n) for n in ast.walk(func) if isinstance(n, ast.Name | ast.Attribute))
        body += " " + " ".join(ast.unparse(n) for n in ast.walk(func) if isinstance(n, ast.Subscript))
        # an ORM database session (db.session.commit()) is no login session
        body = _DB_SESSION.sub(" ", body)
        if _AUTH.search(decorators + " " + params) or re.search(
            r"Depends|Security", decorators + " " + params
        ):
            continue
        if _AUTH.search(body) or re.search(r"(?i)(api_?key|password|hmac|authorization|user)", body):
            continue
        call = _destructive(func)
        if call is not None:
            yield span(func)


def _flag_writes(func: ast.AST) -> list[tuple[str, ast.expr, ast.AST]]:
    """(key, value, node) for ``x["key"] = value`` and ``self.key = value`` in ``func``."""
    found: list[tuple[str, ast.expr, ast.AST]] = []
    for n in ast.walk(func):
        if isinstance(n, ast.Assign):
            for t in n.targets:
                if (
                    isinstance(t, ast.Subscript)
                    and isinstance(t.slice, ast.Constant)
                    and isinstance(t.slice.value, str)
                ):
                    found.append((t.slice.value, n.value, n))
                elif isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
                    found.append((t.attr, n.value, n))
    return found


def _flag_reads(func: ast.AST) -> set[str]:
    found: set[str] = set()
    for n in ast.walk(func):
        if (
            isinstance(n, ast.Subscript)
            and isinstance(n.ctx, ast.Load)
            and isinstance(n.slice, ast.Constant)
            and isinstance(n.slice.value, str)
        ):
            found.add(n.slice.value)
        elif isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load):
            found.add(n.attr)
        elif isinstance(n, ast.Call) and call_name(n).endswith(".get") and n.args:
            key = n.args[0]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                found.add(key.value)
    return found


def _state_not_checked(
    steps: list[ast.FunctionDef | ast.AsyncFunctionDef],
    written: dict[str, list[tuple[str, ast.expr, ast.AST]]],
) -> Iterator[ast.AST]:
    """A state key set to different literal values by different steps (status = "paid" / "shipped");
    a step that sets it without reading it first skips the state machine."""
    literal_writes: dict[str, dict[str, set[object]]] = {}
    for func in steps:
        for key, value, _ in written[func.name]:
            if (
                isinstance(value, ast.Constant)
                and isinstance(value.value, str | int)
                and value.value is not True
            ):
                literal_writes.setdefault(key, {}).setdefault(func.name, set()).add(value.value)
    compared: dict[str, set[object]] = {
        func.name: {
            c.value
            for n in ast.walk(func)
            if isinstance(n, ast.Compare)
            for c in [n.left, *n.comparators]
            if isinstance(c, ast.Constant)
        }
        for func in steps
    }
    for func in steps:
        reads = _flag_reads(func)
        # the state another step waits for (if stage == "verified") is set by an earlier step, which
        # need not check anything itself
        awaited = {v for name, vals in compared.items() if name != func.name for v in vals}
        for key, value, node in written[func.name]:
            if isinstance(value, ast.Constant) and value.value in awaited:
                continue
            writers = literal_writes.get(key, {})
            others = {v for name, vals in writers.items() if name != func.name for v in vals}
            if (
                isinstance(value, ast.Constant)
                and func.name in writers
                and others - writers[func.name]
                and key not in reads
            ):
                yield node
                return


#: flags that record an object's own life cycle (a stream closed, a body consumed) or a private detail
#: (``self._x``), not a step of a workflow someone could skip; library classes set these in one method
#: and never read the others
_LIFECYCLE = re.compile(
    r"(?i)^_|(closed|opened|eof|started|finished|stopped|running|consumed|accessed|connected|ready|"
    r"initiali[sz]ed|loaded|cached|dirty|secure|httponly|debug|verbose|occurred|decoded|construct|"
    r"whitespace)$|^(allow|trailing)_"
)


def _step_not_checked(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """Workflow steps kept as flags: one step sets its flag (x["paid"] = ...), a later step sets its own
    flag to True (x["shipped"] = True) without reading the earlier step's flag."""
    steps = [
        f
        for f in functions(tree)
        if not f.name.startswith("__") and not re.search(r"(?i)reset|clear|init", f.name)
    ]
    written = {f.name: _flag_writes(f) for f in steps}
    if sum(1 for f in steps if written[f.name]) < 2:
        return  # one step (or none) records anything: no workflow to skip
    for node in _state_not_checked(steps, written):
        yield span(node)
        return
    helpers = {f.name: f for f in functions(tree)}
    for func in steps:
        reads = _flag_reads(func)
        # a check written as a helper (if not is_paid(order): ...) reads the flag one call away
        for c in calls(func):
            callee = helpers.get(call_name(c).removeprefix("self."))
            if callee is not None and callee is not func:
                reads |= _flag_reads(callee)
        for key, value, node in written[func.name]:
            if not (isinstance(value, ast.Constant) and value.value is True):
                continue
            if _LIFECYCLE.search(key):
                continue  # an object's own open/closed/consumed state, not a business step
            earlier = {
                k
                for other in steps
                if other is not func
                for k, v, _ in written[other.name]
                if k != key
                and not _LIFECYCLE.search(k)
                and not (isinstance(v, ast.Constant) and v.value in (False, None))
                and not isinstance(v, ast.Name | ast.Subscript)
            }
            if earlier and not earlier & reads:
                yield span(node)
                return


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
        "protected-page-skips-authentication",
        306,
        Level.HIGH,
        Level.MEDIUM,
        "Missing authentication for critical function: the module authenticates users (it defines a login "
        "decorator, or other routes check the session) but a handler for a protected page (settings, admin, "
        "account, export...) applies no such check.",
        "This handler serves a protected page, but unlike the module's other handlers it never checks that "
        "the caller is logged in, so anyone can request it directly. Apply the module's login decorator (or "
        "the same session check) to it.",
        _auth_skipped,
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
    Check(
        "root-required-never-dropped",
        250,
        Level.HIGH,
        Level.MEDIUM,
        "Execution with unnecessary privileges: a long-running program (server or work loop) refuses to "
        "start unless it is root, or binds a port below 1024, and never switches to an unprivileged user "
        "(no setuid/setgid/initgroups or drop-privileges call).",
        "The program demands root (geteuid() != 0 -> exit) and then does all its work as root, so any bug "
        "in it runs with full privileges. Do the one privileged step (e.g. bind the low port) and then drop "
        "to an unprivileged account: os.setgroups([]); os.setgid(gid); os.setuid(uid) - or use a "
        "capability/port forwarding instead of root.",
        _root_kept,
    ),
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
        "destructive-route-without-authentication",
        306,
        Level.HIGH,
        Level.MEDIUM,
        "Missing authentication for critical function: a web route or Django view deletes data "
        "(DELETE/DROP/TRUNCATE, ORM delete), files (rmtree/remove) or processes (kill), changes accounts or "
        "privileges (set_password, create_superuser), shuts the service down or runs commands, with no "
        "login decorator, auth dependency, API-key or session check, and no app-wide authentication hook.",
        "Anyone who can reach this route can run its destructive action: nothing checks who is calling. "
        "Require authentication (a login_required decorator, a FastAPI Depends on an auth check, or a "
        "constant-time API-key comparison) before deleting anything.",
        _unauthenticated_destructive_route,
    ),
    Check(
        "workflow-step-not-checked",
        841,
        Level.MEDIUM,
        Level.MEDIUM,
        "Improper enforcement of behavioral workflow: one step records its completion in a flag "
        "(order['paid'] = ...) and a later step marks itself done (order['shipped'] = True) without reading "
        "any earlier step's flag, or steps move a state key between literal values (status = 'paid' / "
        "'shipped') and one sets it without reading it first, so steps can be called out of order.",
        "This step marks itself done without checking that the earlier steps of the workflow completed "
        "(e.g. that the order was paid), so a client can call it directly and skip them. Check the earlier "
        "step's flag (if not order.get('paid'): abort(409)) before performing this step.",
        _step_not_checked,
    ),
)
