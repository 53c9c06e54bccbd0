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
    functions,
    names_in,
    nodes,
    route_decorators,
    route_path,
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
    for c in ast.walk(node):
        # "user_id" not in session / session.get("uid") is None: a login check, not an owner check
        if isinstance(c, ast.Compare) and not any(
            isinstance(x, ast.Constant) for x in [c.left, *c.comparators]
        ):
            text = ast.unparse(c)
            if _CALLER.search(text) or _OWNER.search(text):
                return True
    return False


def _keyed_lookup(call: ast.Call, ids: set[str], stores: set[str]) -> tuple[bool, bool] | None:
    """(is_write, True) when ``call`` fetches or changes one object by the request's key alone."""
    last = call_name(call).rsplit(".", 1)[-1]
    used = {
        n.id
        for a in [*call.args, *(k.value for k in call.keywords)]
        for n in ast.walk(a)
        if isinstance(n, ast.Name)
    }
    if not used & ids:
        return None
    if last in {"execute", "query", "raw", "executemany"} and call.args:
        sql = call.args[0]
        if not (isinstance(sql, ast.Constant) and isinstance(sql.value, str)):
            return None
        m = _SQL_BY_KEY.match(sql.value)
        if m is None or _OWNER.search(m.group("where")):
            return None
        write = bool(_SQL_WRITE.match(sql.value))
        if not write and _SQL_PEOPLE_TABLE.search(sql.value):
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
        for n in ast.walk(func):
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
        + [dotted(n) for n in ast.walk(func) if isinstance(n, ast.Name | ast.Attribute)]
    )
    return bool(
        re.search(
            r"(?i)(login|auth|jwt|token|\bsession\b|current_user|request\.user|g\.user|Depends|identity)",
            _DB_SESSION_NAMES.sub(" ", text),
        )
    )


_PRIV_ATTR = re.compile(r"(?i)^(is_(staff|superuser|admin|manager|moderator)|role|roles|is_privileged)$")
_PRIV_GUARD = re.compile(
    r"(?i)(staff_member_required|user_passes_test|permission_required|admin_required|roles?_required|"
    r"superuser_required|has_perm|PermissionDenied|require_role|requires_role|admin_only|staff_only)"
)
_RESTRICTED_VIEW = re.compile(
    r"(?i)(salary|salaries|payroll|report|admin|staff|manage|internal|audit|finance|hr_|billing|export|"
    r"all_users|users|employees|secret|confidential)"
)


def _privilege_only_in_ui(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """The caller's staff/admin status is only handed to a template (to hide a link), never tested, so
    the restricted view behind that link serves anyone who requests its URL directly."""
    handlers = [
        f
        for f in tree.body
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        and (route_decorators(f) or takes_request_first(f))
    ]
    if len(handlers) < 2:
        return
    if any(_PRIV_GUARD.search(dotted(n)) for n in nodes(tree) if isinstance(n, ast.Name | ast.Attribute)):
        return

    # the caller's status: user.is_staff, session["role"], session.get("is_admin")
    def privilege_read(n: ast.AST) -> bool:
        if isinstance(n, ast.Attribute):
            return bool(_PRIV_ATTR.match(n.attr))
        if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Constant):
            return bool(_PRIV_ATTR.match(str(n.slice.value)))
        if isinstance(n, ast.Call) and call_name(n).endswith(".get") and n.args:
            key = n.args[0]
            return isinstance(key, ast.Constant) and bool(_PRIV_ATTR.match(str(key.value)))
        return False

    rendering = [c for c in calls(tree) if re.search(r"(?i)render|template|response", call_name(c))]
    in_render = {id(x) for c in rendering for a in [*c.args, *c.keywords] for x in ast.walk(a)}
    tested: set[int] = set()
    for n in nodes(tree):
        if isinstance(n, ast.If | ast.IfExp | ast.While | ast.Assert):
            tested |= {id(x) for x in ast.walk(n.test)}
        elif id(n) not in in_render and (
            isinstance(n, ast.Compare | ast.BoolOp)
            or (isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.Not))
        ):
            # a comparison only computed for the template (admin=session["role"] == "admin") decides nothing
            tested |= {id(x) for x in ast.walk(n)}
    reads = [n for n in nodes(tree) if privilege_read(n)]
    if not reads or any(id(r) in tested for r in reads):
        return
    # the status only feeds a template context: render(..., {"show_x": user.is_staff}) / show_x=...
    shown = {id(r) for r in reads if id(r) in in_render}
    if not shown:
        return
    for func in handlers:
        if any(id(r) in shown for r in ast.walk(func)):
            continue
        if _RESTRICTED_VIEW.search(func.name + " " + route_path(route_decorators(func))):
            yield span(func)
            return


_ROLE_VAR = re.compile(r"(?i)^(\w+_)?(role|roles|permission|permissions|access_?level|rank|grant)$")
_STATE_CHANGE = {
    "save",
    "delete",
    "update",
    "commit",
    "remove",
    "destroy",
    "archive",
    "execute",
    "bulk_update",
}


def _role_fetched_not_compared(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A handler looks up the caller's role for the object and only tests that one exists (membership),
    never which role it is, before changing the object: any member may do what only owners/admins should."""
    for func in nodes(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if not (route_decorators(func) or takes_request_first(func)):
            continue
        roles = {
            t.id
            for a in ast.walk(func)
            if isinstance(a, ast.Assign) and isinstance(a.value, ast.Call | ast.Attribute)
            for t in a.targets
            if isinstance(t, ast.Name) and _ROLE_VAR.match(t.id)
        }
        if not roles:
            continue
        changes = any(
            isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr in _STATE_CHANGE
            for c in ast.walk(func)
        ) or any(
            isinstance(a, ast.Assign) and any(isinstance(t, ast.Attribute) for t in a.targets)
            for a in ast.walk(func)
        )
        if not changes:
            continue
        for role in sorted(roles):
            uses = [
                n
                for n in ast.walk(func)
                if isinstance(n, ast.Name) and n.id == role and isinstance(n.ctx, ast.Load)
            ]
            if not uses:
                continue
            existence_only = True
            tested = False
            for parent in ast.walk(func):
                for child in ast.iter_child_nodes(parent):
                    if child not in uses:
                        continue
                    if isinstance(parent, ast.Compare):
                        others = [x for x in [parent.left, *parent.comparators] if x is not child]
                        if all(isinstance(x, ast.Constant) and x.value is None for x in others):
                            tested = True
                            continue
                        existence_only = False
                    elif isinstance(parent, ast.If | ast.UnaryOp | ast.BoolOp):
                        tested = True
                    else:
                        existence_only = False
            if tested and existence_only:
                yield span(uses[0])
                return


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


def _star_account_fetch(func: ast.AST) -> bool:
    """``func`` runs SELECT * on an account table (every column, the password hash included)."""
    return any(
        isinstance(c, ast.Call)
        and call_name(c).rsplit(".", 1)[-1] in {"execute", "query", "raw"}
        and c.args
        and isinstance(c.args[0], ast.Constant)
        and isinstance(c.args[0].value, str)
        and _STAR_ACCOUNTS.search(c.args[0].value)
        for c in ast.walk(func)
    )


def _whole_environ(node: ast.AST) -> bool:
    """``node`` holds the whole process environment: os.environ, dict(os.environ), os.environ.copy()
    (an ``env=`` argument handed to a child process is no disclosure)."""
    passed_on = {
        id(x) for n in ast.walk(node) if isinstance(n, ast.keyword) and n.arg == "env" for x in ast.walk(n)
    }
    for n in ast.walk(node):
        if id(n) in passed_on:
            continue
        if (
            isinstance(n, ast.Call)
            and call_name(n) in {"dict", "os.environ.copy", "environ.copy"}
            and (call_name(n) != "dict" or any(dotted(a) in {"os.environ", "environ"} for a in n.args))
        ):
            return True
        if isinstance(n, ast.Dict) and any(
            k is None and dotted(v) in {"os.environ", "environ"}
            for k, v in zip(n.keys, n.values, strict=True)
        ):
            return True
    return False


def _leaking_helpers(tree: ast.Module) -> tuple[set[str], set[str]]:
    """(helpers that return a SELECT * account row, helpers/classes whose result carries the environment).

    A class counts when a method stores the environment on ``self`` and another returns vars(self) or
    self.__dict__; its name and that method's name are then both leaking."""
    rows: set[str] = set()
    env: set[str] = set()
    for func in functions(tree):
        returns = [r for r in ast.walk(func) if isinstance(r, ast.Return) and r.value is not None]
        if _star_account_fetch(func) and any(
            any(
                isinstance(c, ast.Call)
                and call_name(c).rsplit(".", 1)[-1] in {"fetchone", "fetchall", "first"}
                for c in ast.walk(r)
            )
            or isinstance(r.value, ast.Name)
            for r in returns
        ):
            rows.add(func.name)
        if any(_whole_environ(r.value) for r in returns if r.value is not None):
            env.add(func.name)
    for cls in nodes(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        stores_env = any(
            isinstance(a, ast.Assign)
            and any(dotted(t).startswith("self.") for t in a.targets)
            and _whole_environ(a.value)
            for a in ast.walk(cls)
        )
        dumpers = [
            f.name
            for f in cls.body
            if isinstance(f, ast.FunctionDef)
            and any(
                isinstance(r, ast.Return)
                and r.value is not None
                and (
                    (
                        isinstance(r.value, ast.Call)
                        and call_name(r.value) in {"vars", "dict", "asdict"}
                        and any(dotted(a) in {"self", "self.__dict__"} for a in r.value.args)
                    )
                    or dotted(r.value) == "self.__dict__"
                )
                for r in ast.walk(f)
            )
        ]
        if stores_env and dumpers:
            env |= {cls.name, *dumpers}
    return rows, env


def _whole_record_returned(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A web handler returns a stored record as it is (jsonify(user), vars(user)), credentials included."""
    stores = _secret_stores(tree)
    row_helpers, env_helpers = _leaking_helpers(tree)
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
            # row = load_member(member_id): a helper that runs the SELECT * and returns the row
            if (
                isinstance(a, ast.Assign)
                and len(a.targets) == 1
                and isinstance(a.targets[0], ast.Name)
                and isinstance(a.value, ast.Call)
                and call_name(a.value).rsplit(".", 1)[-1] in row_helpers
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
            wrapped = [*value.values] if isinstance(value, ast.Dict) else []
            if isinstance(value, ast.Call) and call_name(value).rsplit(".", 1)[-1] in _SERIALISE:
                wrapped += [k.value for k in value.keywords]
            if (
                (
                    (isinstance(value, ast.Name) and value.id in records)
                    or any(isinstance(w, ast.Name) and w.id in records for w in wrapped)
                    or (
                        isinstance(value, ast.Call)
                        and call_name(value) in {"vars", "model_to_dict"}
                        and value.args
                    )
                    or (isinstance(value, ast.Attribute) and value.attr == "__dict__")
                    or dotted(value) in {"os.environ", "os.environ.copy"}
                )
                or _whole_environ(ret.value)
                or any(
                    isinstance(c, ast.Call) and call_name(c).rsplit(".", 1)[-1] in env_helpers
                    for c in ast.walk(ret.value)
                )
            ):
                yield span(ret)


#: the field naming the scope an authorisation decision is about: the organisation, tenant, team...
_SCOPE_FIELD = re.compile(
    r"(?i)^(org(ani[sz]ation)?|tenant|team|project|account|owner|group|workspace|company|customer|"
    r"department|shop|store)_?(id|pk|uuid|slug)$"
)
_CLIENT_SOURCE = re.compile(
    r"(^|\.)(request|req)\.(json|form|args|values|GET|POST|data|query_params|params|media|get_json|"
    r"headers|cookies)\b"
)


def _authorized_by_client_scope(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A handler loads the object the path names and then decides access for the scope id the client
    sent (can_edit(user, body.org_id), if payload["tenant_id"] in user.tenants), never for the object's
    own scope (invoice.org_id): a caller with rights in any scope can act on every object."""
    for func in functions(tree):
        if not route_decorators(func) and not takes_request_first(func):
            continue
        ids = {a.arg for a in func.args.args + func.args.kwonlyargs if _OBJECT_ID.match(a.arg)}
        if not ids:
            continue
        # the request body: an annotated model parameter (FastAPI), or a name read from request data
        client = {
            a.arg
            for a in func.args.args + func.args.kwonlyargs
            if a.arg not in ids
            and a.annotation is not None
            and isinstance(a.annotation, ast.Name)
            and a.annotation.id[:1].isupper()
            and a.annotation.id not in {"Request", "Response", "HttpRequest", "Session", "BackgroundTasks"}
        }
        loaded: set[str] = set()
        for n in ast.walk(func):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                if not isinstance(n.value, ast.Subscript | ast.Attribute) and _CLIENT_SOURCE.search(
                    ast.unparse(n.value)
                ):
                    client.add(n.targets[0].id)
                elif isinstance(n.value, ast.Call) and names_in(n.value) & ids:
                    loaded.add(n.targets[0].id)
        if not ids or not loaded or not client:
            continue

        def client_scope(node: ast.AST, client: set[str] = client) -> bool:
            for x in ast.walk(node):
                field = ""
                if isinstance(x, ast.Attribute):
                    field, base = x.attr, x.value
                elif isinstance(x, ast.Subscript) and isinstance(x.slice, ast.Constant):
                    field, base = str(x.slice.value), x.value
                else:
                    continue
                if _SCOPE_FIELD.match(field) and (
                    (isinstance(base, ast.Name) and base.id in client) or _CLIENT_SOURCE.search(dotted(base))
                ):
                    return True
            return False

        def object_scope(node: ast.AST, loaded: set[str] = loaded) -> bool:
            return any(
                isinstance(x, ast.Attribute | ast.Subscript) and names_in(x) & loaded
                for x in ast.walk(node)
                if (isinstance(x, ast.Attribute) and _SCOPE_FIELD.match(x.attr))
                or (
                    isinstance(x, ast.Subscript)
                    and isinstance(x.slice, ast.Constant)
                    and _SCOPE_FIELD.match(str(x.slice.value))
                )
            )

        tests = [n.test for n in ast.walk(func) if isinstance(n, ast.If | ast.Assert)]
        if any(object_scope(t) for t in tests):
            continue
        for t in tests:
            decides = any(
                isinstance(c, ast.Call) and _ACCESS_CALL.search(call_name(c).rsplit(".", 1)[-1])
                for c in ast.walk(t)
            ) or any(isinstance(c, ast.Compare) and (_CALLER.search(ast.unparse(c))) for c in ast.walk(t))
            if decides and client_scope(t):
                yield span(t)
                return


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
    Check(
        "restricted-view-only-hidden-in-ui",
        862,
        Level.HIGH,
        Level.MEDIUM,
        "Missing authorization (forced browsing): the caller's staff/admin status is only passed to a "
        "template to show or hide a link, never tested in a view, so the restricted view (reports, admin, "
        "salaries...) serves any user who requests its URL directly.",
        "Hiding a link does not protect the page behind it: this view never checks the caller's role, so any "
        "signed-in user can open its URL directly. Enforce the check in the view itself (Django "
        "@staff_member_required / @permission_required, or if not user.is_staff: raise PermissionDenied).",
        _privilege_only_in_ui,
    ),
    Check(
        "authorization-checked-against-client-scope",
        285,
        Level.HIGH,
        Level.MEDIUM,
        "Improper authorization: a handler loads the object the request names but checks the caller's "
        "rights for the organisation/tenant/project id the client sent in the body, not for the scope the "
        "object belongs to, so a caller with rights anywhere can change any object.",
        "Access is decided for the scope id the client supplies (e.g. body.org_id), not for the object's "
        "own scope: an admin of any organisation passes. Check the loaded object's field instead "
        "(if not can_edit(user, invoice.org_id): raise 403) and do not let the body move it to another "
        "scope.",
        _authorized_by_client_scope,
        also=(863,),
    ),
    Check(
        "role-fetched-but-not-compared",
        863,
        Level.HIGH,
        Level.MEDIUM,
        "Incorrect authorization: a handler looks up the caller's role for the object and only tests that "
        "one exists (is None / truthiness), never which role it is, before changing the object, so every "
        "member may perform an action meant for owners or admins.",
        "The caller's role is fetched but only checked for existence, so any member (viewer, guest...) can "
        "perform this change. Compare it with the roles the action needs (if role not in {'owner', "
        "'admin'}: return 403) before changing anything.",
        _role_fetched_not_compared,
    ),
)
