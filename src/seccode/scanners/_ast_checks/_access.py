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
)
