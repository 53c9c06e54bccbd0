"""Authorization by role and scope (CWE-285/862/863): a restricted view that only hides its link, a role
fetched but never compared, rights checked for the scope the client sent instead of the object's own."""

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
    route_decorators,
    route_path,
    span,
    takes_request_first,
    walk,
)
from seccode.scanners._ast_checks._ownership import _ACCESS_CALL, _CALLER, _OBJECT_ID
from seccode.scanners._finding import Level

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
    in_render = {id(x) for c in rendering for a in [*c.args, *c.keywords] for x in walk(a)}
    tested: set[int] = set()
    for n in nodes(tree):
        if isinstance(n, ast.If | ast.IfExp | ast.While | ast.Assert):
            tested |= {id(x) for x in walk(n.test)}
        elif id(n) not in in_render and (
            isinstance(n, ast.Compare | ast.BoolOp)
            or (isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.Not))
        ):
            # a comparison only computed for the template (admin=session["role"] == "admin") decides nothing
            tested |= {id(x) for x in walk(n)}
    reads = [n for n in nodes(tree) if privilege_read(n)]
    if not reads or any(id(r) in tested for r in reads):
        return
    # the status only feeds a template context: render(..., {"show_x": user.is_staff}) / show_x=...
    shown = {id(r) for r in reads if id(r) in in_render}
    if not shown:
        return
    for func in handlers:
        if any(id(r) in shown for r in walk(func)):
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
            for a in walk(func)
            if isinstance(a, ast.Assign) and isinstance(a.value, ast.Call | ast.Attribute)
            for t in a.targets
            if isinstance(t, ast.Name) and _ROLE_VAR.match(t.id)
        }
        if not roles:
            continue
        changes = any(
            isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr in _STATE_CHANGE
            for c in walk(func)
        ) or any(
            isinstance(a, ast.Assign) and any(isinstance(t, ast.Attribute) for t in a.targets)
            for a in walk(func)
        )
        if not changes:
            continue
        for role in sorted(roles):
            uses = [
                n
                for n in walk(func)
                if isinstance(n, ast.Name) and n.id == role and isinstance(n.ctx, ast.Load)
            ]
            if not uses:
                continue
            existence_only = True
            tested = False
            for parent in walk(func):
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
        for n in walk(func):
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
            for x in walk(node):
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
                for x in walk(node)
                if (isinstance(x, ast.Attribute) and _SCOPE_FIELD.match(x.attr))
                or (
                    isinstance(x, ast.Subscript)
                    and isinstance(x.slice, ast.Constant)
                    and _SCOPE_FIELD.match(str(x.slice.value))
                )
            )

        tests = [n.test for n in walk(func) if isinstance(n, ast.If | ast.Assert)]
        if any(object_scope(t) for t in tests):
            continue
        for t in tests:
            decides = any(
                isinstance(c, ast.Call) and _ACCESS_CALL.search(call_name(c).rsplit(".", 1)[-1])
                for c in walk(t)
            ) or any(isinstance(c, ast.Compare) and (_CALLER.search(ast.unparse(c))) for c in walk(t))
            if decides and client_scope(t):
                yield span(t)
                return


#: the parameter a service method receives the acting user in
_ACTOR_PARAM = re.compile(r"(?i)^(user|actor|caller|principal|requester|current_user|operator|acting_user)$")
#: the actor's attributes that decide what it may do
_ACTOR_RIGHTS = re.compile(
    r"(?i)\.(roles?|is_\w+|permissions?|perms|groups?|scopes?|rank|level|privileges?)\b"
)
#: calls that decide access for the actor
_RIGHTS_CALL = re.compile(r"(?i)(perm|role|authori[sz]|require|ensure|check|can_|allowed|assert_|guard)")
#: actions whose names say they change money, accounts or records
_ACTION_NAME = re.compile(
    r"(?i)^(approve|reject|refund|pay|payout|transfer|grant|revoke|delete|remove|ban|promote|demote|"
    r"close|cancel|publish|reset|set|update|assign|disable|enable|issue|void|write_off|credit|debit)"
)


def _actor_param(func: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    for a in func.args.args:
        if _ACTOR_PARAM.match(a.arg):
            return a.arg
    return None


def _actor_checked(func: ast.AST, actor: str) -> bool:
    """The method decides something about ``actor``: a test that reads it (its role, its id, its name
    against an owner), or a call that checks its rights."""
    for n in walk(func):
        tests = (
            [n.test]
            if isinstance(n, ast.If | ast.IfExp | ast.Assert | ast.While)
            else [n]
            if isinstance(n, ast.Compare)
            else []
        )
        if any(actor in names_in(t) for t in tests):
            return True
        if (
            isinstance(n, ast.Call)
            and _RIGHTS_CALL.search(call_name(n).rsplit(".", 1)[-1])
            and any(actor in names_in(a) for a in [*n.args, *(k.value for k in n.keywords)])
        ):
            return True
    return False


def _actor_rights_checked(func: ast.AST, actor: str) -> bool:
    """The method tests the actor's role/permissions (if "billing" not in user.roles: raise ...)."""
    return any(
        isinstance(n, ast.If | ast.Assert)
        and actor in names_in(n.test)
        and _ACTOR_RIGHTS.search(ast.unparse(n.test))
        for n in walk(func)
    ) or any(
        isinstance(n, ast.Call)
        and re.search(r"(?i)(perm|role|authori[sz])", call_name(n).rsplit(".", 1)[-1])
        and any(actor in names_in(a) for a in n.args)
        for n in walk(func)
    )


def _changes_state(func: ast.AST) -> bool:
    """The method changes a record (order.refunded = True, ledger append, store delete)."""
    for n in walk(func):
        if isinstance(n, ast.Assign | ast.AugAssign):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            for t in targets:
                if isinstance(t, ast.Attribute | ast.Subscript) and dotted(t).split(".")[0] != "self":
                    return True
                if isinstance(t, ast.Subscript) and dotted(t.value).startswith("self."):
                    return True
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in {
            "append", "add", "discard", "delete", "remove", "pop", "save", "update", "insert", "execute",
            "commit", "transfer",
        }:  # fmt: skip
            return True
    return False


def _sibling_skips_rights_check(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """In a service class (or module) whose functions receive the acting user, one action checks the
    actor's role ("support" in user.roles) but a sibling action that changes records (approve_refund)
    never looks at the actor at all, so any user, even a viewer, may perform it."""
    # the methods of each class, and the module's own functions, are sibling groups
    groups = [cls.body for cls in nodes(tree) if isinstance(cls, ast.ClassDef)] + [tree.body]
    for body in groups:
        methods = [
            (f, actor)
            for f in body
            if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
            and not f.name.startswith("_")
            and (actor := _actor_param(f)) is not None
        ]
        if len(methods) < 2 or not any(_actor_rights_checked(f, a) for f, a in methods):
            continue
        for func, actor in methods:
            decorators = " ".join(dotted(d) for d in func.decorator_list)
            if (
                _ACTION_NAME.match(func.name)
                and not re.search(r"(?i)(perm|role|admin|staff|auth|require)", decorators)
                and not _actor_checked(func, actor)
                and _changes_state(func)
            ):
                yield span(func)
                return


_STATIC_SERVER = re.compile(
    r"(SimpleHTTPRequestHandler|StaticFiles|SharedDataMiddleware|static_folder|WhiteNoise)"
)
_UNGUESSABLE = re.compile(r"(?i)(uuid|secrets\.|token|random|urandom|nonce|hmac|sign)")
_REQUEST_AUTH = re.compile(r"(?i)(authorization|auth|token|api_?key|password|session|cookie|login|signature)")


def _served_directories(tree: ast.Module) -> set[str]:
    """Names/literals of directories a static file server publishes: partial(SimpleHTTPRequestHandler,
    directory=EXPORTS), StaticFiles(directory=EXPORTS), Flask(static_folder=EXPORTS)."""
    found: set[str] = set()
    # handler classes derived from a static file server (class Exports(SimpleHTTPRequestHandler))
    subclasses = {
        cls.name
        for cls in nodes(tree)
        if isinstance(cls, ast.ClassDef) and any(_STATIC_SERVER.search(dotted(b)) for b in cls.bases)
    }
    for c in calls(tree):
        text = " ".join([call_name(c), *(ast.unparse(a) for a in c.args)])
        if (
            not _STATIC_SERVER.search(text)
            and not any(isinstance(a, ast.Name) and a.id in subclasses for a in c.args)
            and not any(k.arg == "static_folder" for k in c.keywords)
        ):
            continue
        for k in c.keywords:
            if k.arg in {"directory", "static_folder", "root"}:
                found.add(ast.unparse(k.value))
    return found


def _generated_files_served_openly(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """Per-customer files are written into a directory that a static file server publishes with no
    authentication, under names built from guessable ids (customer-{id}-invoices-{n}.csv), so anyone can
    fetch another customer's file by its URL (forced browsing)."""
    if not any(
        (isinstance(n, ast.Name) and _STATIC_SERVER.match(n.id))
        or (isinstance(n, ast.Attribute) and _STATIC_SERVER.match(n.attr))
        or (isinstance(n, ast.keyword) and n.arg == "static_folder")
        for n in nodes(tree)
    ):
        return
    served = _served_directories(tree)
    if not served:
        return
    # a request handler that checks credentials (do_GET reading the Authorization header...) guards it
    for cls in nodes(tree):
        if isinstance(cls, ast.ClassDef) and any(
            isinstance(f, ast.FunctionDef)
            and f.name in {"do_GET", "do_HEAD", "send_head", "translate_path", "__call__", "dispatch"}
            and _REQUEST_AUTH.search(" ".join(dotted(n) for n in walk(f)) + ast.unparse(f))
            for f in cls.body
        ):
            return
    for c in calls(tree):
        if call_name(c) not in {"open", "io.open"} or not c.args:
            continue
        mode = c.args[1] if len(c.args) > 1 else next((k.value for k in c.keywords if k.arg == "mode"), None)
        if not (isinstance(mode, ast.Constant) and set(str(mode.value)) & set("wax")):
            continue
        path = c.args[0]
        if not (
            isinstance(path, ast.Call)
            and call_name(path) in {"os.path.join", "path.join", "join"}
            and path.args
            and ast.unparse(path.args[0]) in served
        ):
            continue
        parts = path.args[1:]
        names = {n.id for p in parts for n in walk(p) if isinstance(n, ast.Name)}
        func = next(
            (f for f in functions(tree) if any(x is c for x in walk(f))),
            None,
        )
        # the file name: an f-string of ids, directly or through a local variable
        sources = [
            a.value
            for a in (walk(func) if func is not None else [])
            if isinstance(a, ast.Assign) and any(isinstance(t, ast.Name) and t.id in names for t in a.targets)
        ] + parts
        if any(isinstance(s, ast.JoinedStr) for s in sources) and not any(
            _UNGUESSABLE.search(ast.unparse(s)) for s in sources
        ):
            yield span(c)
            return


CHECKS: tuple[Check, ...] = (
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
    Check(
        "sibling-action-skips-rights-check",
        285,
        Level.HIGH,
        Level.MEDIUM,
        "Improper authorization: in a service class whose methods receive the acting user, one action "
        "checks the actor's role or permissions, but a sibling action that changes records (approve, "
        "refund, delete, grant...) never looks at the actor at all, so any user may perform it.",
        "This action changes records for whoever calls it: unlike its sibling methods it never checks the "
        "acting user's role or permissions. Check the rights the action needs (e.g. if 'billing_admin' "
        "not in user.roles: raise PermissionError) before changing anything.",
        _sibling_skips_rights_check,
    ),
    Check(
        "generated-files-served-unauthenticated",
        425,
        Level.HIGH,
        Level.MEDIUM,
        "Direct request (forced browsing): files generated for individual customers are written into a "
        "directory that a static file server (SimpleHTTPRequestHandler, StaticFiles, static_folder) "
        "publishes without authentication, under names built from guessable ids, so anyone can fetch "
        "another customer's file by requesting its URL.",
        "These per-customer files are published by an unauthenticated file server under predictable names: "
        "anyone who guesses an id gets the file. Serve them through a handler that checks who is asking "
        "(and that the file belongs to them), or at least name them with an unguessable random token "
        "(secrets.token_urlsafe) and expire them.",
        _generated_files_served_openly,
        also=(552,),
    ),
)
