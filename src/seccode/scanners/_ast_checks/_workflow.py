"""Checks on workflows (CWE-841): commands dispatched without the state they need, steps marked done
without reading the steps before them."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._authentication import _AUTH, _auth_guarded, _if_chains
from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    calls,
    dotted,
    functions,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level

#: commands that open a workflow the other commands depend on (log in, greet, start, pay): a dispatcher
#: with such a step has an order to enforce; one over formats, encodings or message types has none
_GATE_STEP = re.compile(
    r"(?i)^(log_?in|logon|sign_?in|auth(enticate|orise|orize)?|user|pass|helo|ehlo|hello|start|begin|"
    r"init(iali[sz]e)?|handshake|connect|pay(ment)?|checkout|confirm|verify|register|unlock|open)$"
)


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
            if len(literals) < 3 or not any(
                isinstance(x, ast.Constant) and isinstance(x.value, str) and _GATE_STEP.match(x.value)
                for c in literals
                for x in c.comparators
            ):
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
                            dotted(n) for n in walk(s.test) if isinstance(n, ast.Name | ast.Attribute)
                        )
                    )
                    for s in branch.body
                ):
                    guarded += 1
            if guarded < len(chain) - 1:
                yield span(node)
                break


def _flag_writes(func: ast.AST) -> list[tuple[str, ast.expr, ast.AST]]:
    """(key, value, node) for ``x["key"] = value`` and ``self.key = value`` in ``func``."""
    found: list[tuple[str, ast.expr, ast.AST]] = []
    for n in walk(func):
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
    for n in walk(func):
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


def _step(func: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    """A step's identity: handlers of different classes share method names (post, get)."""
    return f"{func.name}:{func.lineno}"


def _reads_with_helpers(
    func: ast.AST, helpers: dict[str, ast.FunctionDef | ast.AsyncFunctionDef]
) -> set[str]:
    """The keys ``func`` reads, itself or one call away (if not is_paid(order), self.attempt(exam_id))."""
    reads = _flag_reads(func)
    for c in calls(func):
        callee = helpers.get(call_name(c).removeprefix("self."))
        if callee is not None and callee is not func:
            reads |= _flag_reads(callee)
    return reads


def _state_not_checked(
    steps: list[ast.FunctionDef | ast.AsyncFunctionDef],
    written: dict[str, list[tuple[str, ast.expr, ast.AST]]],
    helpers: dict[str, ast.FunctionDef | ast.AsyncFunctionDef],
) -> Iterator[ast.AST]:
    """A state key set to different literal values by different steps (status = "paid" / "shipped");
    a step that sets it without reading it first skips the state machine."""
    literal_writes: dict[str, dict[str, set[object]]] = {}
    for func in steps:
        for key, value, _ in written[_step(func)]:
            if (
                isinstance(value, ast.Constant)
                and isinstance(value.value, str | int)
                and value.value is not True
            ):
                literal_writes.setdefault(key, {}).setdefault(_step(func), set()).add(value.value)
    compared: dict[str, set[object]] = {
        _step(func): {
            c.value
            for n in walk(func)
            if isinstance(n, ast.Compare)
            for c in [n.left, *n.comparators]
            if isinstance(c, ast.Constant)
        }
        for func in steps
    }
    for func in steps:
        # a guard helper the step calls (att = self.attempt(id) checks att["state"]) reads it too
        reads = _reads_with_helpers(func, helpers)
        # the state another step waits for (if stage == "verified") is set by an earlier step, which
        # need not check anything itself
        awaited = {v for name, vals in compared.items() if name != _step(func) for v in vals}
        for key, value, node in written[_step(func)]:
            if isinstance(value, ast.Constant) and value.value in awaited:
                continue
            writers = literal_writes.get(key, {})
            others = {v for name, vals in writers.items() if name != _step(func) for v in vals}
            if (
                isinstance(value, ast.Constant)
                and _step(func) in writers
                and others - writers[_step(func)]
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


#: session flags that record a passed gate of a workflow (a code verified, a payment done)
_GATE_FLAG = re.compile(
    r"(?i)(verified|confirmed|paid|approved|passed|validated|authenticated|completed|accepted|checked|"
    r"authori[sz]ed|unlocked|done)$"
)


_SESSION = re.compile(r"(^|\.)session\b")
_DB_SESSION = re.compile(r"(?i)\b(db|database|orm)\.session\b|\bSession\(")


def _session_like(expr: ast.AST, helpers: dict[str, ast.AST]) -> bool:
    """``expr`` is the session or a part of it: session, request.session, session.setdefault("cart", {}),
    or a call to a local helper that returns one (def cart(): return session.setdefault(...))."""
    text = ast.unparse(expr)
    if _SESSION.search(text) and not _DB_SESSION.search(text):
        return True
    if isinstance(expr, ast.Call) and not expr.args:
        helper = helpers.get(call_name(expr).removeprefix("self."))
        if helper is not None:
            return any(
                isinstance(r, ast.Return) and r.value is not None and _session_like(r.value, {})
                for r in walk(helper)
            )
    return False


def _flag_read_somewhere(tree: ast.Module, key: str) -> bool:
    """Whether any code reads the flag ``key``: session["key"], .get("key"), "key" in session, obj.key,
    filter(key=...), a key list a check walks, or SQL text naming it. Writing it, a dict literal's key and
    discarding it (session.pop("key", None), a clean-up loop over key names) are not reads."""
    parents: dict[int, ast.AST] = {}
    for n in nodes(tree):
        for child in ast.iter_child_nodes(n):
            parents[id(child)] = n
    word = re.compile(rf"\b{re.escape(key)}\b")
    for n in nodes(tree):
        if isinstance(n, ast.Attribute) and n.attr == key and isinstance(n.ctx, ast.Load):
            return True
        if isinstance(n, ast.keyword) and n.arg == key:
            return True
        if not (isinstance(n, ast.Constant) and isinstance(n.value, str)):
            continue
        if n.value != key:
            if n.value != key and word.search(n.value) and " " in n.value:
                return True  # SQL or a message naming the flag
            continue
        parent = parents.get(id(n))
        if isinstance(parent, ast.Dict) and any(k is n for k in parent.keys):
            continue
        if isinstance(parent, ast.Subscript) and not isinstance(parent.ctx, ast.Load):
            continue
        if (
            isinstance(parent, ast.Call)
            and isinstance(parent.func, ast.Attribute)
            and parent.func.attr == "pop"
            and isinstance(parents.get(id(parent)), ast.Expr)
        ):
            continue
        if isinstance(parent, ast.Tuple | ast.List | ast.Set):
            loop = parents.get(id(parent))
            if (
                isinstance(loop, ast.For)
                and loop.iter is parent
                and all(
                    isinstance(st, ast.Delete)
                    or (
                        isinstance(st, ast.Expr)
                        and isinstance(st.value, ast.Call)
                        and isinstance(st.value.func, ast.Attribute)
                        and st.value.func.attr == "pop"
                    )
                    for st in loop.body
                )
            ):
                continue  # for k in ("code", "verified"): session.pop(k, None)
        return True
    return False


def _gate_flag_never_read(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A step records in the session that its gate was passed (session["code_verified"] = True,
    cart["paid"] = result.ok) but no step ever reads that flag, so the step it should guard can be
    requested directly."""
    if not any(
        (isinstance(n, ast.Name) and n.id == "session")
        or (isinstance(n, ast.Attribute) and n.attr == "session")
        or (isinstance(n, ast.Constant) and isinstance(n.value, str) and "session" in n.value)
        for n in nodes(tree)
    ):
        return  # no session: no state kept between a client's requests
    helpers: dict[str, ast.AST] = {f.name: f for f in functions(tree)}
    writers: dict[str, list[ast.Assign]] = {}
    for func in functions(tree):
        containers = {
            t.id
            for a in walk(func)
            if isinstance(a, ast.Assign) and _session_like(a.value, helpers)
            for t in a.targets
            if isinstance(t, ast.Name)
        }
        for n in walk(func):
            if isinstance(n, ast.Assign):
                for t in n.targets:
                    if (
                        isinstance(t, ast.Subscript)
                        and isinstance(t.slice, ast.Constant)
                        and isinstance(t.slice.value, str)
                        and (
                            (isinstance(t.value, ast.Name) and t.value.id in containers)
                            or _session_like(t.value, {})
                        )
                    ):
                        writers.setdefault(_step(func), []).append(n)
    if len(writers) < 2:
        return  # one step (or none) keeps state: no multi-step flow
    for assigns in writers.values():
        for a in assigns:
            target = a.targets[0]
            if not isinstance(target, ast.Subscript) or not isinstance(target.slice, ast.Constant):
                continue
            key = str(target.slice.value)
            if (
                _GATE_FLAG.search(key)
                and not (isinstance(a.value, ast.Constant) and a.value.value in (False, None, 0, ""))
                and not _flag_read_somewhere(tree, key)
            ):
                yield span(a)
                return


#: state values that record a passed precondition (step = "paid"): a later step must wait for them
_GATE_VALUE = re.compile(
    r"(?i)^(\w+_)?(paid|charged|verified|validated|approved|authenticated|authori[sz]ed|unlocked|"
    r"code_ok|otp_ok|payment_ok)$"
)


def _compared_values(tree: ast.Module) -> set[object]:
    """Every constant some comparison, membership test, match case or transition table waits for."""
    found: set[object] = set()
    for n in nodes(tree):
        operands: list[ast.AST] = []
        if isinstance(n, ast.Compare):
            operands = [n.left, *n.comparators]
        elif isinstance(n, ast.MatchValue):
            operands = [n.value]
        elif isinstance(n, ast.Dict):
            operands = [k for k in n.keys if k is not None]
        for o in operands:
            elts = o.elts if isinstance(o, ast.Tuple | ast.List | ast.Set) else [o]
            found |= {e.value for e in elts if isinstance(e, ast.Constant)}
    return found


def _gate_state_never_awaited(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A session state key moved between steps (session["step"] = "address" ... = "paid"): a guarded
    middle step records a passed gate (step = "paid") that no code ever compares, while another step
    that uses the session never reads the key at all - the step after the gate can be requested directly."""
    funcs = [f for f in functions(tree) if not re.search(r"(?i)reset|clear|init|logout", f.name)]
    writes: dict[str, dict[str, list[ast.Assign]]] = {}
    for func in funcs:
        for n in walk(func):
            if not (isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)):
                continue
            for t in n.targets:
                if (
                    isinstance(t, ast.Subscript)
                    and isinstance(t.slice, ast.Constant)
                    and isinstance(t.slice.value, str)
                    and _session_like(t.value, {})
                ):
                    writes.setdefault(t.slice.value, {}).setdefault(_step(func), []).append(n)
    awaited: set[object] | None = None
    for key, by_step in writes.items():
        if len(by_step) < 2:
            continue
        for func in funcs:
            gates = [
                a
                for a in by_step.get(_step(func), [])
                if isinstance(a.value, ast.Constant)
                and isinstance(a.value.value, str)
                and _GATE_VALUE.match(a.value.value)
            ]
            if not gates or key not in _flag_reads(func):
                continue  # not a guarded middle step
            if awaited is None:
                awaited = _compared_values(tree)
            gate = gates[0]
            if not isinstance(gate.value, ast.Constant) or gate.value.value in awaited:
                continue
            if any(
                _step(other) not in by_step
                and key not in _flag_reads(other)
                and any(_session_like(n, {}) for n in walk(other) if isinstance(n, ast.Name | ast.Attribute))
                for other in funcs
                if other is not func
            ):
                yield span(gate)
                return


_VERIFY_STEP = re.compile(r"(?i)(verify|confirm|check|validate)")
_PROOF = re.compile(
    r"(?i)(?<![a-z])(code|otp|token|pin|nonce|verified|confirmed|session|current_user|ticket|proof)"
)
_PASSWORD_SET = re.compile(
    r"(?i)^(set_|update_|change_|reset_)?password$|^(set|update|change|reset)_password\w*$"
)


def _proof_compared(func: ast.AST) -> bool:
    """The step compares a one-time code / token the client sent: compare_digest(code, body.code)."""
    for n in walk(func):
        if isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] == "compare_digest":
            return any(_PROOF.search(ast.unparse(a)) for a in n.args)
        if isinstance(n, ast.Compare) and _PROOF.search(ast.unparse(n)):
            return True
    return False


def _keeps_state(func: ast.AST) -> bool:
    """The step records something server-side: x[k] = ..., obj.attr = ..., a store's set/update/insert."""
    for n in walk(func):
        if isinstance(n, ast.Assign | ast.AugAssign):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            if any(isinstance(t, ast.Subscript | ast.Attribute) for t in targets):
                return True
        if isinstance(n, ast.Call) and re.search(
            r"(?i)(^|\.)(set|setex|hset|update|insert\w*|add|save|commit|execute|mark\w*)$", call_name(n)
        ):
            return True
    return False


def _verification_not_kept(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A verify step checks the e-mailed code but keeps no record of the success (it only answers the
    client), and the step it unlocks sets a password with no code, token or server-side flag of its own:
    the client can call the final step directly and skip verification."""
    funcs = list(functions(tree))
    if not any(
        _VERIFY_STEP.search(f.name) and _proof_compared(f) and not _keeps_state(f) for f in funcs
    ):
        return
    for func in funcs:
        if _VERIFY_STEP.search(func.name):
            continue
        sinks = [
            n
            for n in walk(func)
            if (isinstance(n, ast.Call) and _PASSWORD_SET.match(call_name(n).rsplit(".", 1)[-1]))
            or (
                isinstance(n, ast.Assign)
                and any(
                    isinstance(t, ast.Attribute) and re.match(r"(?i)^password(_hash)?$", t.attr)
                    for t in n.targets
                )
            )
        ]
        if not sinks:
            continue
        # a clean-up (CODES.pop(user, None)) reads no proof
        cleanup = {
            id(x)
            for c in walk(func)
            if isinstance(c, ast.Call)
            and isinstance(c.func, ast.Attribute)
            and c.func.attr in {"pop", "discard", "delete", "remove"}
            for x in [c.func, *walk(c.func.value)]
        }
        text = " ".join(
            [
                *(
                    dotted(n)
                    for n in walk(func)
                    if isinstance(n, ast.Name | ast.Attribute) and id(n) not in cleanup
                ),
                *(n.value for n in walk(func) if isinstance(n, ast.Constant) and isinstance(n.value, str)),
                *(a.arg for a in func.args.args),
                *(ast.unparse(d) for d in func.decorator_list),
            ]
        )
        if _PROOF.search(text) or re.search(r"(?i)(login_required|auth|depends)", text):
            continue
        yield span(sinks[0])
        return


def _step_not_checked(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """Workflow steps kept as flags: one step sets its flag (x["paid"] = ...), a later step sets its own
    flag to True (x["shipped"] = True) without reading the earlier step's flag."""
    for found in _gate_flag_never_read(tree):
        yield found
        return
    for found in _gate_state_never_awaited(tree):
        yield found
        return
    for found in _verification_not_kept(tree):
        yield found
        return
    steps = [
        f
        for f in functions(tree)
        if not f.name.startswith("__") and not re.search(r"(?i)reset|clear|init", f.name)
    ]
    written = {_step(f): _flag_writes(f) for f in steps}
    if sum(1 for f in steps if written[_step(f)]) < 2:
        return  # one step (or none) records anything: no workflow to skip
    helpers = {f.name: f for f in functions(tree)}
    for node in _state_not_checked(steps, written, helpers):
        yield span(node)
        return
    for func in steps:
        # a check written as a helper (if not is_paid(order): ...) reads the flag one call away
        reads = _reads_with_helpers(func, helpers)
        for key, value, node in written[_step(func)]:
            if not (isinstance(value, ast.Constant) and value.value is True):
                continue
            if _LIFECYCLE.search(key):
                continue  # an object's own open/closed/consumed state, not a business step
            earlier = {
                k
                for other in steps
                if other is not func
                for k, v, _ in written[_step(other)]
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
        "workflow-step-not-checked",
        841,
        Level.MEDIUM,
        Level.MEDIUM,
        "Improper enforcement of behavioral workflow: one step records its completion in a flag "
        "(order['paid'] = ...) and a later step marks itself done (order['shipped'] = True) without reading "
        "any earlier step's flag, or steps move a state key between literal values (status = 'paid' / "
        "'shipped') and one sets it without reading it first, or a verify step checks a one-time code but "
        "keeps no record of it and a later step sets the password with no code, token or session of its "
        "own, so steps can be called out of order.",
        "This step marks itself done without checking that the earlier steps of the workflow completed "
        "(e.g. that the order was paid), so a client can call it directly and skip them. Check the earlier "
        "step's flag (if not order.get('paid'): abort(409)) before performing this step.",
        _step_not_checked,
    ),
)
