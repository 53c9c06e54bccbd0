"""Checks on resource use driven by a peer (CWE-400): request bodies without a size limit, request
counts that size the work, data accumulated from a socket without a bound."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    dotted,
    functions,
    keyword,
    names_in,
    nodes,
    route_decorators,
    span,
    walk,
)
from seccode.scanners._finding import Level


def _reads_files(node: ast.AST) -> bool:
    """``request.files[...]`` / ``request.files.get(...)`` somewhere in ``node``."""
    return any(isinstance(n, ast.Attribute) and dotted(n) == "request.files" for n in walk(node))


def _raw_body_reads(tree: ast.Module) -> list[ast.AST]:
    """Flask reads of the whole request body: request.get_data(), request.data, request.stream.read(),
    an uploaded file's read() without a size."""
    found: list[ast.AST] = []
    uploads = {
        t.id
        for a in nodes(tree)
        if isinstance(a, ast.Assign) and _reads_files(a.value)
        for t in a.targets
        if isinstance(t, ast.Name)
    }
    for n in nodes(tree):
        if (
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute)
            and n.func.attr == "read"
            and not n.args
            and (dotted(n.func.value) in uploads or _reads_files(n.func.value))
        ):
            found.append(n)
        if (
            (isinstance(n, ast.Call) and call_name(n) in {"request.get_data", "flask.request.get_data"})
            or (
                isinstance(n, ast.Call)
                and call_name(n) in {"request.stream.read", "flask.request.stream.read"}
                and not n.args
            )
            or (
                isinstance(n, ast.Attribute)
                and n.attr == "data"
                and dotted(n) in {"request.data", "flask.request.data"}
            )
        ):
            found.append(n)
    return found


def _unbounded_body(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A Flask app reads the whole request body into memory and sets no MAX_CONTENT_LENGTH."""
    imports_flask = any(
        (isinstance(n, ast.ImportFrom) and "flask" in (n.module or ""))
        or (isinstance(n, ast.Import) and any("flask" in a.name for a in n.names))
        for n in tree.body
    )
    if not imports_flask:
        return
    limited = any(
        (isinstance(n, ast.Constant) and n.value == "MAX_CONTENT_LENGTH")
        or (isinstance(n, ast.Attribute) and n.attr in {"content_length", "max_content_length"})
        or (isinstance(n, ast.Name) and n.id == "MAX_CONTENT_LENGTH")
        for n in nodes(tree)
    )
    if limited:
        return
    for read in _raw_body_reads(tree):
        yield span(read)
        return


_REQUEST_VALUE = re.compile(
    r"\brequest\.(args|form|values|GET|POST|json|get_json|query_params|headers|cookies)\b"
)
_BOUND_CALLS = {"min", "max", "clamp", "range_check"}
#: calls whose work or memory grows with a count argument
_SIZED_CALLS = {
    "range", "bytearray", "urandom", "token_bytes", "token_hex", "token_urlsafe", "sleep", "zfill",
    "ljust", "rjust", "center", "repeat", "zeros", "ones", "empty", "randbytes", "read", "recv",
}  # fmt: skip


def _peer_driven_growth(tree: ast.Module) -> Iterator[tuple[int, int]]:
    yield from _recv_accumulation(tree)
    yield from _thread_per_connection(tree)


def _thread_per_connection(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """An accept loop that starts a new thread (or process) for every connection with no pool or
    semaphore: a flood of connections creates threads without limit."""
    limited = any(
        isinstance(c, ast.Call)
        and call_name(c).rsplit(".", 1)[-1]
        in {
            "Semaphore",
            "BoundedSemaphore",
            "ThreadPoolExecutor",
            "ProcessPoolExecutor",
            "Pool",
            "active_count",
        }
        for c in nodes(tree)
    )
    if limited:
        return
    for loop in nodes(tree):
        if not isinstance(loop, ast.While):
            continue
        inner = [c for c in walk(loop) if isinstance(c, ast.Call)]
        accepts = any(call_name(c).endswith(".accept") for c in inner)
        spawns = [
            c for c in inner if call_name(c).rsplit(".", 1)[-1] in {"Thread", "Process", "start_new_thread"}
        ]
        if accepts and spawns and not any(isinstance(n, ast.Compare) for n in walk(loop)):
            yield span(spawns[0])


#: reads of whatever a peer sends next: socket receives, and the awaited reads of asyncio/anyio streams
_SOCKET_RECEIVES = frozenset({"recv", "recv_into", "recvfrom"})
_STREAM_READS = frozenset({"read", "read1", "receive", "receive_some", "receive_bytes", "recv"})


def _peer_read(value: ast.expr) -> bool:
    """``sock.recv(n)``, ``await reader.read(n)``, ``await stream.receive()``: the next chunk a peer
    chose to send (a plain ``fh.read(n)`` of a local file is not one)."""
    if isinstance(value, ast.Call) and call_name(value).rsplit(".", 1)[-1] in _SOCKET_RECEIVES:
        return True
    return (
        isinstance(value, ast.Await)
        and isinstance(value.value, ast.Call)
        and isinstance(value.value.func, ast.Attribute)
        and value.value.func.attr in _STREAM_READS
    )


def _recv_accumulation(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A loop that appends everything a peer sends (data += sock.recv(n)) with no size cap."""
    for loop in nodes(tree):
        if not isinstance(loop, ast.While):
            continue
        chunks = {
            t.id
            for a in walk(loop)
            if isinstance(a, ast.Assign) and _peer_read(a.value)
            for t in a.targets
            if isinstance(t, ast.Name)
        }
        grows = [
            a
            for a in walk(loop)
            if (
                isinstance(a, ast.AugAssign)
                and isinstance(a.op, ast.Add)
                and (
                    names_in(a.value) & chunks
                    or any(isinstance(c, ast.expr) and _peer_read(c) for c in walk(a.value))
                )
            )
            or (
                isinstance(a, ast.Call)
                and isinstance(a.func, ast.Attribute)
                and a.func.attr in {"append", "extend", "write"}
                and any(names_in(x) & chunks for x in a.args)
            )
        ]
        # a size computed from len() (remaining = limit - len(buf)) and then compared caps it as well
        sized = {
            t.id
            for a in walk(loop)
            if isinstance(a, ast.Assign)
            and any(isinstance(x, ast.Call) and call_name(x) == "len" for x in walk(a.value))
            for t in a.targets
            if isinstance(t, ast.Name)
        }
        capped = any(
            isinstance(c, ast.Compare)
            and (
                any(isinstance(x, ast.Call) and call_name(x) == "len" for x in walk(c))
                or bool(names_in(c) & sized)
            )
            for c in walk(loop)
        ) or any(isinstance(c, ast.Compare) for c in walk(loop.test))
        if grows and not capped:
            yield span(grows[0])


#: the route decorators whose int-typed parameters come from the request (FastAPI/Starlette style)
_INT_PARAM_ROUTES = frozenset({"get", "post", "put", "api_route"})


def _request_int_vars(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names bound to int(...) of a request value (or int-typed FastAPI parameters without an upper bound)."""
    found: set[str] = set()
    routed = bool(route_decorators(func, _INT_PARAM_ROUTES))
    if routed:
        args = func.args.args + func.args.kwonlyargs
        defaults: list[ast.expr | None] = [None] * (len(func.args.args) - len(func.args.defaults))
        defaults += list(func.args.defaults) + list(func.args.kw_defaults)
        for arg, default in zip(args, defaults, strict=False):
            if arg.annotation is None or dotted(arg.annotation) != "int":
                continue
            bounded = isinstance(default, ast.Call) and any(k.arg in {"le", "lt"} for k in default.keywords)
            if not bounded:
                found.add(arg.arg)
    for a in walk(func):
        if isinstance(a, ast.Assign) and len(a.targets) == 1 and isinstance(a.targets[0], ast.Name):
            v = a.value
            if (
                isinstance(v, ast.Call)
                and call_name(v) in {"int", "float"}
                and _REQUEST_VALUE.search(ast.unparse(v))
            ) or (
                isinstance(v, ast.Call)
                and call_name(v).endswith(".get")
                and keyword(v, "type") is not None
                and dotted(keyword(v, "type") or v) == "int"
                and _REQUEST_VALUE.search(ast.unparse(v))
            ):
                found.add(a.targets[0].id)
    return found


def _request_sized_work(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A count taken from the request sizes a loop or an allocation with no upper bound checked."""
    for func in functions(tree):
        counts = _request_int_vars(func)
        if not counts:
            continue
        bounded = {
            name
            for n in walk(func)
            if isinstance(n, ast.Compare) or (isinstance(n, ast.Call) and call_name(n) in _BOUND_CALLS)
            for name in names_in(n)
        }
        for n in walk(func):
            used: set[str] = set()
            if isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in _SIZED_CALLS:
                used = {a.id for a in n.args if isinstance(a, ast.Name)}
            elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult | ast.Pow):
                if isinstance(n.left, ast.List | ast.Constant) and isinstance(n.right, ast.Name):
                    used = {n.right.id}
                elif isinstance(n.right, ast.List | ast.Constant) and isinstance(n.left, ast.Name):
                    used = {n.left.id}
            hit = used & counts - bounded
            if hit:
                yield span(n)
                break


CHECKS: tuple[Check, ...] = (
    Check(
        "request-body-read-without-size-limit",
        400,
        Level.MEDIUM,
        Level.MEDIUM,
        "Uncontrolled resource consumption: a Flask app reads the whole request body into memory "
        "(request.get_data(), request.data, request.stream.read(), request.files[...].read()) and sets no "
        "MAX_CONTENT_LENGTH or content-length check.",
        "The whole request body is read into memory with no size limit, so one huge upload exhausts the "
        "server's memory. Set app.config['MAX_CONTENT_LENGTH'] (Flask then rejects larger bodies with 413), "
        "check request.content_length, or read the stream in bounded chunks.",
        _unbounded_body,
    ),
    Check(
        "request-count-drives-unbounded-work",
        400,
        Level.MEDIUM,
        Level.MEDIUM,
        "Uncontrolled resource consumption: a number taken from the request sizes a loop (range(n)), an "
        "allocation ([x] * n, 'a' * n, bytearray(n)) or a sleep without any upper-bound check.",
        "The client chooses how many iterations or elements this request produces, with no upper bound, so "
        "one request with a huge number consumes unbounded CPU and memory. Clamp the value "
        "(n = min(n, MAX_ROWS)) or reject it when it exceeds a limit before using it.",
        _request_sized_work,
    ),
    Check(
        "peer-data-accumulated-without-limit",
        400,
        Level.MEDIUM,
        Level.MEDIUM,
        "Uncontrolled resource consumption: a loop appends everything a peer sends (data += sock.recv(n)) "
        "to a buffer with no maximum size, or an accept loop starts a thread per connection with no pool or "
        "semaphore.",
        "Everything the peer sends is accumulated in memory until it closes the connection, so a client "
        "that keeps sending exhausts the server's memory (or every connection gets its own thread). Stop "
        "(and reject the message) once the buffer exceeds a maximum message size, and serve connections "
        "from a bounded pool (ThreadPoolExecutor(max_workers=N) or a Semaphore).",
        _peer_driven_growth,
    ),
)
