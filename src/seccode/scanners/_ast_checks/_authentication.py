"""Checks on authentication (CWE-306): sensitive, protected or destructive routes reachable with no login
or session check."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    FUNCS,
    ROUTE_DECORATORS,
    Check,
    call_name,
    calls,
    dotted,
    functions,
    nodes,
    route_decorators,
    route_path,
    span,
    takes_request_first,
    walk,
)
from seccode.scanners._finding import Level

_AUTH = re.compile(r"(?i)(login|logged|auth|session|current_user|permission|require|token|is_admin|g\.user)")


#: the route decorators route-without-authentication looks at
_AUTH_ROUTES = ROUTE_DECORATORS - {"patch", "api_route"}
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
        routes = route_decorators(func, _AUTH_ROUTES)
        if not routes:
            continue
        path = route_path(routes)
        if not _SENSITIVE_ROUTE.search(path + " " + func.name) or re.search(
            r"(?i)login|logout|register|signup", path + func.name
        ):
            continue
        decorated = any(_AUTH.search(dotted(d)) for d in func.decorator_list)
        body_checks = any(
            _AUTH.search(dotted(n))
            for n in walk(func)
            if isinstance(n, ast.Name | ast.Attribute | ast.Call)
        )
        body_checks = body_checks or any(
            isinstance(n, ast.Subscript) and "session" in dotted(n.value) for n in walk(func)
        )
        if not decorated and not body_checks:
            yield span(func)


_PAGE_ROUTES = ROUTE_DECORATORS - {"api_route"}
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
        _AUTH.search(dotted(n)) for n in walk(func) if isinstance(n, ast.Name | ast.Attribute | ast.Call)
    )


def _auth_skipped(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """The module authenticates (it defines a login decorator, or some routes check the session), but a
    handler for a protected page (settings, admin, export...) skips that check."""
    guards = _auth_decorators(tree)
    handlers: list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, str]] = []
    for func in tree.body:
        if not isinstance(func, FUNCS) or func.name in guards or any(isinstance(n, FUNCS) for n in func.body):
            continue
        routes = route_decorators(func, _PAGE_ROUTES)
        path = route_path(routes)
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
    for node in walk(func):
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
        + [dotted(n) for n in walk(test) if isinstance(n, ast.Name | ast.Attribute)]
    )
    return bool(_AUTH.search(text)) and "login" not in text.lower().replace("logged", "")


def _auth_guarded(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[int]:
    """ids of statements that only run after an authentication check: the body of an
    ``if authenticated(...):`` block, or everything after ``if not authenticated(...): return/raise``."""
    guarded: set[int] = set()
    for node in walk(func):
        if not isinstance(node, ast.If) or not _is_auth_test(node.test):
            continue
        if isinstance(node.test, ast.UnaryOp) and isinstance(node.test.op, ast.Not):
            if node.body and isinstance(node.body[-1], ast.Return | ast.Raise):
                for parent in walk(func):
                    for field in ("body", "orelse", "finalbody"):
                        block = getattr(parent, field, None)
                        if isinstance(block, list) and node in block:
                            after = block[block.index(node) + 1 :]
                            guarded.update(id(n) for s in after for n in walk(s))
        else:
            guarded.update(id(n) for s in node.body for n in walk(s))
    return guarded


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


def _destructive_reach(
    func: ast.AST, helpers: dict[str, ast.AST], tables: dict[str, set[str]]
) -> ast.Call | None:
    """The destructive call ``func`` makes itself or one step away: through a module function it calls
    (clear_cache()) or through a module-level dispatch table of functions (action = ACTIONS.get(path);
    action()). ``helpers``: the module's destructive functions by name."""
    found = _destructive(func)
    if found is not None:
        return found
    if not helpers:
        return None
    for c in calls(func):
        helper = helpers.get(call_name(c))
        if helper is not None and helper is not func:
            return c
    if not tables:
        return None
    used = {n.id for n in walk(func) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    for table, targets in tables.items():
        if table not in used or not targets & helpers.keys():
            continue
        # a function value taken from the table and called: action = ACTIONS.get(...); action()
        for c in calls(func):
            if isinstance(c.func, ast.Name) and c.func.id not in helpers:
                return c
            if isinstance(c.func, ast.Subscript) and dotted(c.func.value) == table:
                return c
    return None


def _dispatch_tables(tree: ast.Module) -> dict[str, set[str]]:
    """Module-level dicts whose values are functions: ACTIONS = {"/ops/clear": clear_cache, ...}."""
    funcs = {f.name for f in tree.body if isinstance(f, FUNCS)}
    found: dict[str, set[str]] = {}
    for st in tree.body:
        if (
            isinstance(st, ast.Assign)
            and len(st.targets) == 1
            and isinstance(st.targets[0], ast.Name)
            and isinstance(st.value, ast.Dict)
        ):
            values = {v.id for v in st.value.values if isinstance(v, ast.Name) and v.id in funcs}
            if values:
                found[st.targets[0].id] = values
    return found


_DB_SESSION = re.compile(
    r"\b(db|database)\.session(\.\w+)*|\bsession\.(commit|add|delete|query|execute|rollback|flush)\b"
)


def _http_server_methods(tree: ast.Module) -> set[int]:
    """ids of the do_POST/do_DELETE/... methods of http.server request handler classes, and of the
    handle() method of socketserver handlers (a raw TCP/UDP command service) unless the server listens
    on loopback only."""
    loopback = any(
        isinstance(n, ast.Constant) and n.value in {"127.0.0.1", "localhost", "::1"} for n in nodes(tree)
    )
    found: set[int] = set()
    for cls in nodes(tree):
        if isinstance(cls, ast.ClassDef) and any(re.search(r"RequestHandler$", dotted(b)) for b in cls.bases):
            raw = not loopback and any(
                re.search(r"(Stream|Datagram|Base)RequestHandler$", dotted(b)) for b in cls.bases
            )
            found |= {
                id(f)
                for f in cls.body
                if isinstance(f, FUNCS)
                and (re.match(r"do_(POST|PUT|DELETE|PATCH)$", f.name) or (raw and f.name == "handle"))
            }
    return found


def _unauthenticated_destructive_route(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A web route that deletes data, files or processes with no authentication anywhere on its path."""
    django = any(
        isinstance(n, ast.Import | ast.ImportFrom)
        and ("django" in (getattr(n, "module", None) or "") or any("django" in a.name for a in n.names))
        for n in tree.body
    )
    handlers = _http_server_methods(tree)
    candidates = [
        f
        for f in functions(tree)
        if any(isinstance(d, ast.Call) for d in f.decorator_list)
        or (django and takes_request_first(f))
        or id(f) in handlers
    ]
    if not candidates:
        return
    # module functions that are destructive themselves: a route that calls one reaches its action
    helpers: dict[str, ast.AST] = {
        f.name: f for f in tree.body if isinstance(f, FUNCS) and _destructive(f) is not None
    }
    tables = _dispatch_tables(tree)
    reach = {id(f): _destructive_reach(f, helpers, tables) for f in candidates}
    if not any(r is not None for r in reach.values()):
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
        routes = route_decorators(func)
        view = (django and takes_request_first(func)) or id(func) in handlers
        if not routes and not view:
            continue
        decorators = " ".join(ast.unparse(d) for d in func.decorator_list)
        params = " ".join(ast.unparse(d) for d in func.args.defaults + func.args.kw_defaults if d is not None)
        params += " " + " ".join(
            ast.unparse(a.annotation) for a in func.args.args if a.annotation is not None
        )
        body = " ".join(dotted(n) for n in walk(func) if isinstance(n, ast.Name | ast.Attribute))
        body += " " + " ".join(ast.unparse(n) for n in walk(func) if isinstance(n, ast.Subscript))
        # an ORM database session (db.session.commit()) is no login session
        body = _DB_SESSION.sub(" ", body)
        if _AUTH.search(decorators + " " + params) or re.search(
            r"Depends|Security", decorators + " " + params
        ):
            continue
        if _AUTH.search(body) or re.search(
            r"(?i)(api_?key|password|hmac|authorization|user|signature|signed|verify)", body
        ):
            continue
        call = reach[id(func)]
        if call is not None:
            yield span(func)


CHECKS: tuple[Check, ...] = (
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
)
