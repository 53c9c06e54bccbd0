"""Checks on loops: no reachable exit (CWE-835), retries without a cap, walks over links from data."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    dotted,
    names_in,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level


def _exits(body: list[ast.stmt]) -> bool:
    for stmt in body:
        for node in walk(stmt):
            if isinstance(node, ast.Break | ast.Return | ast.Raise) or (
                isinstance(node, ast.Call) and call_name(node) in {"sys.exit", "exit", "quit", "os._exit"}
            ):
                return True
    return False


#: calls that only read their arguments: passing the loop variable to them does not advance it
_PURE = frozenset({"len", "int", "str", "float", "bool", "isinstance", "min", "max", "abs", "repr", "print"})


def _may_change(stmt: ast.AST, names: set[str]) -> bool:
    """``stmt`` may change one of ``names``: assigns it (any form), calls a method on it directly
    (``queue.pop()``), or passes it to a call that is not a pure builtin (``advance(state)``)."""
    for n in walk(stmt):
        if isinstance(n, ast.Assign | ast.AugAssign | ast.AnnAssign | ast.NamedExpr):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            if any(names_in(t) & names for t in targets):
                return True
        elif isinstance(n, ast.For | ast.AsyncFor | ast.comprehension):
            if names_in(n.target) & names:
                return True
        elif isinstance(n, ast.withitem):
            if n.optional_vars is not None and names_in(n.optional_vars) & names:
                return True
        elif isinstance(n, ast.Global | ast.Nonlocal):
            return True
        elif isinstance(n, ast.Call):
            if (
                isinstance(n.func, ast.Attribute)
                and isinstance(n.func.value, ast.Name)
                and n.func.value.id in names
            ):
                return True
            if call_name(n) not in _PURE and any(
                isinstance(a, ast.Name) and a.id in names for a in [*n.args, *(k.value for k in n.keywords)]
            ):
                return True
    return False


def _own_continue(stmt: ast.stmt) -> bool:
    """``stmt`` holds a ``continue`` of the enclosing loop (not of a loop nested inside it)."""
    todo: list[ast.AST] = [stmt]
    while todo:
        n = todo.pop()
        if isinstance(n, ast.Continue):
            return True
        if isinstance(
            n, ast.For | ast.AsyncFor | ast.While | ast.Lambda | ast.FunctionDef | ast.AsyncFunctionDef
        ):
            continue
        todo.extend(ast.iter_child_nodes(n))
    return False


def _continue_skips_update(loop: ast.While, tested: set[str]) -> bool:
    """``while i < len(xs): ...; if skip: continue; ...; i += 1``: the only update of the condition's
    variables comes after a ``continue`` that skips it, so the first skipped item repeats forever."""
    for k, stmt in enumerate(loop.body):
        if _may_change(stmt, tested):
            return False
        if isinstance(stmt, ast.If) and _own_continue(stmt):
            return any(_may_change(s, tested) for s in loop.body[k + 1 :])
    return False


def _infinite_loop(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for node in nodes(tree):
        if not isinstance(node, ast.While):
            continue
        # the variables the exit depends on: the condition's, or for while True those of the
        # top-level "if ...: break/return" that ends it
        skip_tested = (
            names_in(node.test)
            if not isinstance(node.test, ast.Constant)
            else {
                name
                for st in node.body
                if isinstance(st, ast.If) and any(isinstance(x, ast.Break | ast.Return) for x in st.body)
                for name in names_in(st.test)
            }
        )
        if skip_tested and _continue_skips_update(node, skip_tested):
            yield span(node)
            continue
        constant_true = isinstance(node.test, ast.Constant) and bool(node.test.value)
        if constant_true:
            if (
                not _exits(node.body)
                and not any(isinstance(n, ast.Yield | ast.Await) for n in walk(node))
                and not any(
                    isinstance(n, ast.Call)
                    and call_name(n).endswith(("recv", "recvfrom", "accept", "get", "input", "sleep"))
                    for n in walk(node)
                )
            ):
                yield span(node)
            continue
        tested = names_in(node.test)
        if not tested or _exits(node.body):
            continue
        changed: set[str] = set()
        for stmt in node.body:
            for n in walk(stmt):
                if isinstance(n, ast.Assign | ast.AugAssign | ast.AnnAssign):
                    targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                    for t in targets:
                        changed |= names_in(t)
                elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
                    changed |= names_in(n.func.value)
                elif isinstance(n, ast.For):
                    changed |= names_in(n.target)
        if not tested & changed and not any(isinstance(n, ast.Call) for n in walk(node.test)):
            yield span(node)


def _handler_swallows(handler: ast.ExceptHandler) -> bool:
    """An except block that neither leaves the loop nor re-raises: the failed attempt is just repeated."""
    return not any(
        isinstance(n, ast.Break | ast.Return | ast.Raise) for s in handler.body for n in walk(s)
    )


def _bounded(loop: ast.While) -> bool:
    """The loop counts its attempts, checks a deadline, or gives up with raise outside an except block."""
    handler_nodes = {id(n) for h in walk(loop) if isinstance(h, ast.ExceptHandler) for n in walk(h)}
    for n in walk(loop):
        if isinstance(n, ast.AugAssign) or (isinstance(n, ast.Raise) and id(n) not in handler_nodes):
            return True
        if isinstance(n, ast.Compare) and any(
            isinstance(c, ast.Call) and call_name(c).endswith(("time", "monotonic", "perf_counter", "now"))
            for c in walk(n)
        ):
            return True
    return False


def _unbounded_retry(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """``while True`` that returns/breaks only on success and swallows every failure: no attempt limit."""
    for node in nodes(tree):
        if not (
            isinstance(node, ast.While) and isinstance(node.test, ast.Constant) and node.test.value is True
        ):
            continue
        inner = list(walk(node))
        if any(isinstance(n, ast.Call) and _PROMPT.search(call_name(n).rsplit(".", 1)[-1]) for n in inner):
            continue  # an interactive prompt (input, click.prompt, getpass): the user ends the loop
        # the retried operation: a try whose success path leaves the loop and whose failure is
        # swallowed; waiting for readiness (BlockingIOError, an awaited wait in the handler) is polling,
        # not retrying a failure, and a worker loop that leaves on a sentinel retries nothing
        retries = [
            t
            for t in inner
            if isinstance(t, ast.Try)
            and any(isinstance(n, ast.Return | ast.Break) for s in (*t.body, *t.orelse) for n in walk(s))
            and any(_handler_swallows(h) and not _polls(h) for h in t.handlers)
        ]
        if retries and not _bounded(node):
            yield span(node)


#: calls that ask a person for the next value
_PROMPT = re.compile(r"(?i)(input|prompt|getpass|confirm|ask|readline)")
#: exceptions that say "not ready yet" (or "interrupted by the user"), not "failed"
_NOT_READY = frozenset(
    {"BlockingIOError", "InterruptedError", "SSLWantReadError", "SSLWantWriteError", "KeyboardInterrupt"}
)


def _polls(handler: ast.ExceptHandler) -> bool:
    kinds = (
        handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type] if handler.type else []
    )
    return any(call_name_of(k) in _NOT_READY for k in kinds) or any(
        isinstance(n, ast.Await) for s in handler.body for n in walk(s)
    )


def call_name_of(node: ast.expr) -> str:
    return (dotted(node) or "").rsplit(".", 1)[-1]


def _link_walk_without_guard(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """``while x is not None: x = parent[x]`` (or ``parent.get(x)``): a cycle in the links, which come
    from data, never ends the walk. A visited set (x not in seen), a step counter or a length bound in
    the loop is the guard. Attribute walks (``x = x.parent``) follow objects the program built itself
    and are not judged."""
    for node in nodes(tree):
        if not isinstance(node, ast.While) or isinstance(node.test, ast.Constant):
            continue
        tested = names_in(node.test)
        follows = set()
        for stmt in walk(node):
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
            ):
                var, value = stmt.targets[0].id, stmt.value
                if var not in tested:
                    continue
                lookup = (
                    isinstance(value, ast.Call)
                    and isinstance(value.func, ast.Attribute)
                    and value.func.attr == "get"
                    and value.args
                    and var in names_in(value.args[0])
                )
                lookup = lookup or (isinstance(value, ast.Subscript) and var in names_in(value.slice))
                # attribute walks (x = x.parent, x = x.func) follow objects the program built itself
                if lookup:
                    follows.add(var)
        if not follows:
            continue
        guarded = _bounded(node) or any(
            isinstance(n, ast.Compare)
            and any(isinstance(o, ast.In | ast.NotIn | ast.Lt | ast.LtE) for o in n.ops)
            for n in walk(node)
        )
        if not guarded:
            yield span(node)
    yield from _worklist_without_visited(tree)


def _worklist_without_visited(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """``while queue: node = queue.pop(); queue.extend(children(node))`` with no visited set: a cycle in
    the graph refills the worklist for ever."""
    for loop in nodes(tree):
        if not (isinstance(loop, ast.While) and isinstance(loop.test, ast.Name)):
            continue
        work = loop.test.id
        popped = {
            t.id
            for a in walk(loop)
            if isinstance(a, ast.Assign)
            and isinstance(a.value, ast.Call)
            and call_name(a.value) in {f"{work}.pop", f"{work}.popleft"}
            for t in a.targets
            if isinstance(t, ast.Name)
        }
        refills = [
            c
            for c in walk(loop)
            if isinstance(c, ast.Call)
            and call_name(c)
            in {f"{work}.extend", f"{work}.append", f"{work}.appendleft", f"{work}.extendleft"}
            and any(names_in(a) & popped for a in c.args)
        ]
        guarded = (
            _bounded(loop)
            or any(
                isinstance(n, ast.Compare) and any(isinstance(o, ast.In | ast.NotIn) for o in n.ops)
                for n in walk(loop)
            )
            or any(
                isinstance(c, ast.Call) and call_name(c).endswith((".add", ".difference"))
                for c in walk(loop)
            )
        )
        if popped and refills and not guarded:
            yield span(loop)


#: socket reads that return b"" (or 0 bytes) once the peer has closed the connection
_SOCKET_READS = ("recv", "recv_into")


def _tests_name(node: ast.AST, var: str) -> bool:
    """Whether ``var`` is tested (if/while/assert condition, or a conditional expression) in ``node``."""
    return any(
        isinstance(n, ast.If | ast.While | ast.IfExp | ast.Assert) and var in names_in(n.test)
        for n in walk(node)
    )


def _recv_loop_ignores_eof(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """``while b"\\n" not in buf: chunk = sock.recv(n); buf += chunk``: once the peer closes, recv returns
    b"" for ever and the loop spins without end, because nothing tests the chunk for emptiness."""
    for loop in nodes(tree):
        if not isinstance(loop, ast.While):
            continue
        reads = [
            t.id
            for a in walk(loop)
            if isinstance(a, ast.Assign)
            and isinstance(a.value, ast.Call)
            and call_name(a.value).rsplit(".", 1)[-1] in _SOCKET_READS
            and isinstance(a.value.func, ast.Attribute)
            for t in a.targets
            if isinstance(t, ast.Name)
        ]
        # buf += sock.recv(n): the chunk is never even named, so nothing can test it
        direct = any(
            isinstance(a, ast.AugAssign)
            and isinstance(a.value, ast.Call)
            and call_name(a.value).rsplit(".", 1)[-1] in _SOCKET_READS
            for a in walk(loop)
        )
        # the loop waits for more data (a delimiter or a length): each chunk is added to a buffer
        accumulated = direct or any(
            (isinstance(a, ast.AugAssign) and names_in(a.value) & set(reads))
            or (
                isinstance(a, ast.Call)
                and call_name(a).rsplit(".", 1)[-1] in {"extend", "append", "write"}
                and any(names_in(arg) & set(reads) for arg in a.args)
            )
            for a in walk(loop)
        )
        if accumulated and not any(_tests_name(loop, var) for var in reads):
            yield span(loop)


#: parsers of a length or count field out of bytes
_FIELD_READS = frozenset({"unpack", "unpack_from", "from_bytes", "ord"})


def _from_data(value: ast.expr) -> bool:
    if isinstance(value, ast.Subscript):
        return True
    return any(
        isinstance(c, ast.Call) and call_name(c).rsplit(".", 1)[-1] in _FIELD_READS for c in walk(value)
    )


def _field_expr(value: ast.expr) -> bool:
    """A count or length read straight out of received data: ``page["count"]``, ``hdr.get("len")``,
    ``int.from_bytes(...)``, ``struct.unpack(...)[0]``."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "get":
        return bool(value.args) and isinstance(value.args[0], ast.Constant)
    return _from_data(value)


def _expr_tested(loop: ast.AST, expr: ast.expr) -> bool:
    """Whether ``expr`` (by its source form) appears in a condition inside ``loop``."""
    key = ast.dump(expr)
    return any(
        isinstance(n, ast.If | ast.While | ast.IfExp | ast.Assert)
        and any(ast.dump(x) == key for x in walk(n.test))
        for n in walk(loop)
    )


def _offset_advanced_by_unchecked_field(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """``while off < len(blob): (size,) = unpack_from(...); ...; off += size`` with size never checked:
    a record whose length field is 0 leaves the offset where it is, and the loop never ends. The same
    holds for paging (``while offset < total: page = fetch(offset); offset += page["count"]``): a server
    that answers a count of 0 keeps the loop on the same page for ever."""
    for loop in nodes(tree):
        if not isinstance(loop, ast.While):
            continue
        if not any(isinstance(n, ast.Compare) for n in walk(loop.test)):
            continue
        tested = names_in(loop.test)
        fields: set[str] = set()
        for a in walk(loop):
            if isinstance(a, ast.Assign) and _from_data(a.value):
                for t in a.targets:
                    fields |= names_in(t)
        for a in walk(loop):
            if not (
                isinstance(a, ast.AugAssign)
                and isinstance(a.op, ast.Add)
                and isinstance(a.target, ast.Name)
                and a.target.id in tested
            ):
                continue
            if isinstance(a.value, ast.Name):
                unchecked = a.value.id in fields and not _tests_name(loop, a.value.id)
            else:
                # the field itself (page["count"]) added with no test of it, nor of the name it came from
                unchecked = (
                    _field_expr(a.value)
                    and not _expr_tested(loop, a.value)
                    and not any(_tests_name(loop, n) for n in names_in(a.value) - tested)
                )
            if unchecked:
                yield span(loop)
                break


CHECKS: tuple[Check, ...] = (
    Check(
        "loop-without-reachable-exit",
        835,
        Level.MEDIUM,
        Level.MEDIUM,
        "Loop with unreachable exit condition: while True without break/return, a while condition "
        "whose variables the body never changes, or a 'continue' that skips the only update of them.",
        "This loop has no reachable exit: its condition never changes inside the body (or it is while True "
        "without break/return, or a 'continue' jumps over the update), so it runs forever. Update the loop "
        "variable on every path (before each continue, or use a for loop) or add an explicit exit.",
        _infinite_loop,
    ),
    Check(
        "unbounded-retry-loop",
        835,
        Level.MEDIUM,
        Level.MEDIUM,
        "Loop with unreachable exit condition: a while True retry loop leaves only on success, swallows "
        "every failure and has no attempt counter or deadline.",
        "This retry loop only ends when the operation succeeds: every failure is swallowed and retried, with "
        "no attempt limit or deadline, so a server that never answers (or always fails) keeps it running "
        "forever. Count the attempts (for attempt in range(MAX_TRIES)) or check a deadline, and raise when "
        "it is exhausted.",
        _unbounded_retry,
    ),
    Check(
        "link-walk-without-cycle-guard",
        835,
        Level.MEDIUM,
        Level.MEDIUM,
        "Loop with unreachable exit condition: a while loop follows links (x = parent.get(x), x = x.next) "
        "until it reaches None, with no visited set or step limit, so a cycle in the data never ends it.",
        "This loop follows links until it reaches the end, but a cycle in the data (a -> b -> a) means the "
        "end is never reached and the loop runs forever. Keep a set of visited nodes (stop when the next one "
        "is already in it) or cap the number of steps.",
        _link_walk_without_guard,
    ),
    Check(
        "socket-read-loop-ignores-closed-peer",
        835,
        Level.MEDIUM,
        Level.MEDIUM,
        "Loop with unreachable exit condition: a loop reads a socket until a delimiter or length arrives "
        "but never checks for recv() returning b'' (the peer closed), so it spins for ever.",
        "recv() returns b'' once the peer has closed the connection, and this loop never checks for it: "
        "the delimiter or length it waits for never arrives and the loop spins for ever. After each recv, "
        "stop (return/raise) when the chunk is empty, and cap the total size read.",
        _recv_loop_ignores_eof,
    ),
    Check(
        "offset-advanced-by-unchecked-length",
        835,
        Level.MEDIUM,
        Level.MEDIUM,
        "Loop with unreachable exit condition: a parsing loop advances its offset by a length read from "
        "the data (or a page count reported by a server) without checking it, so a zero length never moves "
        "the offset and the loop never ends.",
        "The loop advances its offset by a length field taken from the data, which is never checked: a "
        "record with length 0 keeps the offset where it is and the loop runs for ever (a negative or "
        "oversized one walks off the buffer). Reject lengths below the header size or past the end of "
        "the data before using them; when paging through an API, stop when a page reports a count of 0 "
        "(or returns no items) and cap the number of pages.",
        _offset_advanced_by_unchecked_field,
    ),
)
