"""Checks on the last step of a workflow (CWE-425, also CWE-841): a final step (create the order,
activate the account) reachable by its URL because it checks nothing the earlier step recorded."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    calls,
    functions,
    names_in,
    span,
    walk,
)
from seccode.scanners._ast_checks._workflow import _flag_reads, _flag_writes
from seccode.scanners._finding import Level

#: a step that takes the money or proves something (its completion is what the next step relies on)
_GATE_CALL = re.compile(
    r"(?i)(charge|pay|capture|verify|validate_code|check_code|confirm_payment|authori[sz]e)"
)
#: the step that acts on the earlier ones: places the order, ships, activates
_FINAL_CALL = re.compile(
    r"(?i)^(create_order|place_order|submit_order|ship\w*|fulfil\w*|finali[sz]e\w*|complete_order|"
    r"activate\w*|deliver\w*|issue\w*|dispatch_order)$"
)
#: an ORM creating the record the flow ends in: Order.objects.create(...), Subscription.create(...)
_FINAL_MODEL = re.compile(
    r"(?i)(^|\.)(orders?|purchases?|subscriptions?|bookings?|reservations?|tickets?|licen[cs]es?|"
    r"enrol?ments?|shipments?)(\.objects)?\.(create|insert\w*|add|new)$"
)
_PROOF = re.compile(
    r"(?i)(paid|payment|charge|status|verified|confirmed|receipt|transaction|step|stage|state)"
)


def _redirect_target(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Endpoint names and paths ``func`` sends the client on to: redirect(url_for("confirm")),
    redirect("/x"), or a path in the reply (jsonify(next="/checkout/confirm"))."""
    found: set[str] = set()
    for c in calls(func):
        if call_name(c).rsplit(".", 1)[-1] in {"redirect", "RedirectResponse", "HttpResponseRedirect"}:
            for n in walk(c):
                if isinstance(n, ast.Constant) and isinstance(n.value, str):
                    found.add(n.value)
    for n in walk(func):
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and re.match(r"^/[\w/-]+$", n.value):
            found.add(n.value)
    return found


def _tested_reads(func: ast.AST) -> set[str]:
    """State keys ``func`` actually checks: read in an if/while/assert test (directly or through a local
    assigned from the read), or read strictly (session["paid"] raises when missing). A key only read to
    be passed along (payment_ref=session.get("payment_ref")) enforces nothing."""
    tests: list[ast.expr] = []
    for n in walk(func):
        if isinstance(n, ast.If | ast.While | ast.IfExp | ast.Assert):
            tests.append(n.test)
    tested_names = {name for t in tests for name in names_in(t)}
    found: set[str] = set()
    for t in tests:
        found |= _flag_reads(t)
    for n in walk(func):
        if isinstance(n, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in tested_names for t in n.targets
        ):
            found |= _flag_reads(n.value)
            # state = session.pop("paid_ref", None) / cache.get(key_for("paid"))
            found |= {
                a.value
                for c in calls(n.value)
                for a in c.args[:1]
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            }
        elif (
            isinstance(n, ast.Subscript)
            and isinstance(n.ctx, ast.Load)
            and isinstance(n.slice, ast.Constant)
            and isinstance(n.slice.value, str)
        ):
            found.add(n.slice.value)
    return found


def _final_step_of(
    target: str, handlers: dict[str, ast.FunctionDef | ast.AsyncFunctionDef], paths: dict[str, ast.AST]
) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The handler a redirect target names: an endpoint name, a registered path, or (views routed
    elsewhere, as in Django) the handler named for the path's last segment (/checkout/confirm ->
    confirm, step_confirm)."""
    found = handlers.get(target.rsplit(".", 1)[-1]) or paths.get(target)
    if isinstance(found, ast.FunctionDef | ast.AsyncFunctionDef):
        return found
    segment = target.rstrip("/").rsplit("/", 1)[-1].replace("-", "_")
    if not target.startswith("/") or not segment:
        return None
    named = [f for name, f in handlers.items() if name == segment or name.endswith("_" + segment)]
    return named[0] if len(named) == 1 else None


def _final_step_unguarded(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A gate step (payment, code check) sends the client on to the final step, but the final step
    checks nothing the gate records: it (create the order, activate) can be requested directly."""
    from seccode.scanners._ast_checks._check import route_decorators, route_path, takes_request_first

    handlers = {f.name: f for f in functions(tree) if route_decorators(f) or takes_request_first(f)}
    paths: dict[str, ast.AST] = {}
    for f in handlers.values():
        for p in route_path(route_decorators(f)).split():
            paths[p] = f
    helpers = {f.name: f for f in functions(tree)}
    for gate in handlers.values():
        if not any(_GATE_CALL.search(call_name(c).rsplit(".", 1)[-1]) for c in calls(gate)):
            continue
        recorded = {key for key, _, _ in _flag_writes(gate)}
        for target in sorted(_redirect_target(gate)):
            final = _final_step_of(target, handlers, paths)
            if final is None or final is gate:
                continue
            acts = [
                c
                for c in calls(final)
                if _FINAL_CALL.match(call_name(c).rsplit(".", 1)[-1]) or _FINAL_MODEL.search(call_name(c))
            ]
            if not acts:
                continue
            reads = _tested_reads(final)
            # a check written as a helper (require_step("paid")) reads the state one call away
            for c in calls(final):
                callee = helpers.get(call_name(c).removeprefix("self."))
                if callee is not None and callee is not final:
                    reads |= _tested_reads(callee)
            if recorded & reads or any(_PROOF.search(r) for r in reads):
                continue
            yield span(acts[0])
            return


CHECKS: tuple[Check, ...] = (
    Check(
        "final-step-requestable-directly",
        425,
        Level.HIGH,
        Level.MEDIUM,
        "Direct request (forced browsing) of a workflow's last step: a payment or verification step "
        "redirects to the final step (create the order, activate the account), but nothing records that "
        "the earlier step succeeded and the final step checks no such state, so its URL can be requested "
        "directly.",
        "The final step trusts that the client came through the payment/verification step, but nothing "
        "enforces it: requesting its URL directly skips that step. Record the outcome server-side "
        "(session['paid_order'] = charge.id) in the earlier step and check it here before acting, e.g. "
        "if not session.get('paid_order'): return redirect(url_for('payment')).",
        _final_step_unguarded,
        also=(841,),
    ),
)
