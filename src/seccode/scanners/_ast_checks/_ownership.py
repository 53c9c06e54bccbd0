"""Object ownership checks (IDOR, CWE-639/862): a handler that reads, changes or deletes the object the
request names without checking that the signed-in caller owns it or holds a permission for it."""

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
    names_in,
    nodes,
    route_decorators,
    span,
    takes_request_first,
    walk,
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
        reads_request = any("request" in dotted(n) for n in walk(func) if isinstance(n, ast.Attribute))
        if not mutations or not reads_request:
            continue
        names = " ".join(dotted(n) for n in walk(func) if isinstance(n, ast.Name | ast.Attribute))
        decorators = " ".join(dotted(d) for d in func.decorator_list)
        if not _AUTHZ.search(names) and not _AUTHZ.search(decorators):
            yield span(mutations[0])


#: a path or query parameter that names one stored object
_OBJECT_ID = re.compile(r"(?i)^(id|pk|uuid|slug|[a-z]\w*_(id|pk|uuid|no|number))$")
#: columns, filters and names that tie an object to its owner or tenant
_OWNER = re.compile(
    r"(?i)(owner|user|author|account|customer|tenant|created_by|member|org|team|uploader|patient|employee)"
)
#: the signed-in caller, as the frameworks name it
_CALLER = re.compile(
    r"(?i)(\bsession\b|current_user|request\.user|g\.user|get_jwt_identity|jwt_identity|\bidentity\b|"
    r"\bviewer\b|\bprincipal\b|\bme\b|\bcaller\b|\buser\b|\buser_id\b|\buid\b)"
)
#: calls and decorators that decide access themselves
_ACCESS_CALL = re.compile(
    r"(?i)(owner|owned|authori[sz]|permission|has_perm|has_access|can_|check_access|ensure_|require_|"
    r"is_admin|is_staff|staff|superuser|admin|role|policy|verify_access|assert_)"
)
_DB_SESSION_NAMES = re.compile(r"\b(db|database)\.session(\.\w+)*")
_SQL_BY_KEY = re.compile(r"(?is)^\s*(select|delete|update)\b.*?\bwhere\b(?P<where>.*)$")
_SQL_WRITE = re.compile(r"(?is)^\s*(delete|update)\b")
_SQL_PEOPLE_TABLE = re.compile(r"(?is)\bfrom\s+\w*(user|account|member|profile|people|person)s?\b")
_ORM_GET = {"get", "get_or_404", "get_object_or_404", "first_or_404", "get_by_id", "find_one", "get_item"}


def _multi_user(tree: ast.Module) -> bool:
    """The program knows who is calling: a session user, current_user, request.user, a login decorator."""
    for n in nodes(tree):
        if isinstance(n, ast.Subscript | ast.Call | ast.Attribute | ast.Name | ast.Compare):
            text = dotted(n) if not isinstance(n, ast.Subscript | ast.Compare) else ast.unparse(n)
            if re.search(
                r"(?i)(session\[.*user|current_user|request\.user|g\.user|get_jwt_identity|"
                r"login_required|LoginManager|session\.get\(.*user|user\w*.? (not )?in session)",
                text,
            ):
                return True
        if (
            isinstance(n, ast.Call)
            and call_name(n) == "session.get"
            and any(isinstance(a, ast.Constant) and "user" in str(a.value) for a in n.args)
        ):
            return True
    return False


def _caller_compared(node: ast.AST) -> bool:
    """A comparison (or membership test) that involves the caller or an owner field."""
    for c in walk(node):
        # "user_id" not in session / session.get("uid") is None: a login check, not an owner check
        if isinstance(c, ast.Compare) and not any(
            isinstance(x, ast.Constant) for x in [c.left, *c.comparators]
        ):
            text = ast.unparse(c)
            if _CALLER.search(text) or _OWNER.search(text):
                return True
    return False


def _sql_text(node: ast.expr) -> str | None:
    """The SQL text of a query argument: a string literal, SQLAlchemy's text("..."), or an f-string
    whose interpolated parts (column lists, SET clauses) are left as placeholders."""
    if isinstance(node, ast.Call) and call_name(node).rsplit(".", 1)[-1] == "text" and len(node.args) == 1:
        node = node.args[0]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "_"
            for v in node.values
        ]
        return "".join(parts)
    return None


def _keyed_lookup(call: ast.Call, ids: set[str], stores: set[str]) -> tuple[bool, bool] | None:
    """(is_write, True) when ``call`` fetches or changes one object by the request's key alone."""
    last = call_name(call).rsplit(".", 1)[-1]
    used = {
        n.id
        for a in [*call.args, *(k.value for k in call.keywords)]
        for n in walk(a)
        if isinstance(n, ast.Name)
    }
    if not used & ids:
        return None
    if last in {"execute", "query", "raw", "executemany"} and call.args:
        sql = _sql_text(call.args[0])
        if sql is None:
            return None
        m = _SQL_BY_KEY.match(sql)
        if m is None or _OWNER.search(m.group("where")):
            return None
        write = bool(_SQL_WRITE.match(sql))
        if not write and _SQL_PEOPLE_TABLE.search(sql):
            return None  # a person's own record (profile pages) is another question
        return write, True
    if last in _ORM_GET or last in {"filter_by", "filter"}:
        if any(k.arg and _OWNER.search(k.arg) for k in call.keywords):
            return None
        base = call_name(call).split(".")[0]
        if (
            last in {"get", "get_item"}
            and base not in stores
            and not re.search(r"(?i)(query|objects|session|table|collection|repo)", call_name(call))
        ):
            return None
        if any(
            isinstance(a, ast.Name) and re.search(r"(?i)^(user|account|member|profile)", a.id)
            for a in call.args
        ):
            return None
        if re.search(r"(?i)^(user|account|member|profile)", base):
            return None
        return False, True
    return None


def _object_access_unchecked(tree: ast.Module, writes: bool) -> Iterator[tuple[int, int]]:
    """Handlers that look an object up by the request's id with no ownership check: those that change
    or delete it when ``writes``, else those that only read it (one finding per flaw)."""
    if not _multi_user(tree):
        return
    stores = {
        dotted(t)
        for stmt in tree.body
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and isinstance(stmt.value, ast.Dict | ast.Call)
        for t in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target])
        if dotted(t).isupper()
    }
    helpers = {f.name: f for f in tree.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
    app_wide_login = any(
        isinstance(n, ast.Attribute) and n.attr in {"before_request", "before_app_request"}
        for n in nodes(tree)
    ) or any(
        isinstance(n, ast.Name | ast.Attribute) and "LoginRequiredMiddleware" in dotted(n)
        for n in nodes(tree)
    )
    for func in nodes(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if not route_decorators(func) and not takes_request_first(func):
            continue
        ids = {a.arg for a in func.args.args + func.args.kwonlyargs if _OBJECT_ID.match(a.arg)}
        if not ids:
            continue
        decorators = " ".join(ast.unparse(d) for d in func.decorator_list)
        if re.search(r"(?i)(perm|role|admin|staff|owner|superuser|policy|scope)", decorators):
            continue
        # the body's calls: decorators were judged above (require_http_methods/require_POST only
        # restrict the HTTP verb, they check no access)
        body_calls = [c for stmt in func.body for c in calls(stmt)]
        checked = _caller_compared(func) or any(
            _ACCESS_CALL.search(call_name(c).rsplit(".", 1)[-1]) for c in body_calls
        )
        for c in body_calls:
            helper = helpers.get(call_name(c))
            if helper is not None and helper is not func and _caller_compared(helper):
                checked = True
        if checked:
            continue
        lookup: ast.AST | None = None
        write = False
        for c in calls(func):
            found = _keyed_lookup(c, ids, stores)
            if found is not None:
                lookup = lookup or c
                write = write or found[0]
        for n in walk(func):
            # an in-memory store read or emptied by the key alone: DOCS[doc_id], del DOCS[doc_id]
            if isinstance(n, ast.Subscript) and dotted(n.value) in stores and names_in(n.slice) & ids:
                lookup = lookup or n
                write = write or isinstance(n.ctx, ast.Del | ast.Store)
            if (
                isinstance(n, ast.Call)
                and isinstance(n.func, ast.Attribute)
                and n.func.attr
                in {"delete", "remove", "destroy", "delete_one", "delete_instance", "save", "pop"}
            ):
                write = write or lookup is not None
        if lookup is None or write != writes:
            continue
        # reading by id in a handler anyone may call is public content (a blog post, a product page):
        # a read counts only where the handler (or an app-wide hook) requires a signed-in caller
        if not write and not (app_wide_login or _signed_in_handler(func)):
            continue
        yield span(lookup)


def _signed_in_handler(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    text = " ".join(
        [ast.unparse(d) for d in func.decorator_list]
        + [ast.unparse(d) for d in func.args.defaults + func.args.kw_defaults if d is not None]
        + [dotted(n) for n in walk(func) if isinstance(n, ast.Name | ast.Attribute)]
    )
    return bool(
        re.search(
            r"(?i)(login|auth|jwt|token|\bsession\b|current_user|request\.user|g\.user|Depends|identity)",
            _DB_SESSION_NAMES.sub(" ", text),
        )
    )


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
        "object-accessed-without-ownership-check",
        639,
        Level.HIGH,
        Level.MEDIUM,
        "Authorization bypass through user-controlled key (IDOR): in a program with signed-in users, a "
        "handler reads the object whose id the request names (WHERE id = ?, Model.query.get(id), "
        "STORE[id]) without filtering by the owner or comparing the owner with the caller, and without "
        "any permission check.",
        "The object is looked up by the id the client sends and nothing checks that it belongs to the "
        "signed-in caller, so any user can read other users' objects by changing the id (IDOR). Filter "
        "by owner (WHERE id = ? AND owner_id = ?, get_object_or_404(Doc, pk=pk, owner=request.user)) or "
        "compare the object's owner with the session user and return 403/404.",
        lambda tree: _object_access_unchecked(tree, writes=False),
    ),
    Check(
        "object-changed-without-ownership-check",
        639,
        Level.HIGH,
        Level.MEDIUM,
        "Unverified ownership / IDOR (user-controlled key): in a program with signed-in users, a handler "
        "deletes or updates the object "
        "whose id the request names without verifying that the caller owns it (no owner filter, no owner "
        "comparison, no permission check).",
        "The object named by the request is deleted or changed without verifying that the signed-in caller "
        "owns it, so any user can delete or modify other users' objects. Verify ownership first: "
        "DELETE ... WHERE id = ? AND owner_id = ?, or load the object and abort(403) unless its owner_id "
        "equals the session user.",
        lambda tree: _object_access_unchecked(tree, writes=True),
        also=(283,),
    ),
)
