"""Checks on program logic: loops, bounds, comparisons, return values, regex shapes, key sizes."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable, Iterator

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


def _weak_key_size(tree: ast.Module) -> Iterator[tuple[int, int]]:
    env = int_assignments(tree)
    for call in calls(tree):
        name = call_name(call)
        size: ast.expr | None = None
        if name.endswith(("RSA.generate", "DSA.generate", "ElGamal.generate")) and call.args:
            size = call.args[0]
        elif name.endswith(("generate_private_key", "generate_parameters")):
            size = keyword(call, "key_size") or (call.args[1] if len(call.args) > 1 else None)
        elif name.endswith(("rsa.newkeys",)) and call.args:
            size = call.args[0]
        bits = constant_int(size, env)
        if bits is not None and bits < 2048:
            yield span(call)


# an unbounded quantifier (+, *, {n,}) inside a group that is itself repeated without bound; bounded
# repetition such as \d{1,3}(\.\d{1,3}){3} backtracks only a fixed amount
_NESTED_QUANTIFIER = re.compile(r"\((?:\?:)?[^()]*(?:[+*]|\{\d*,\})[^()]*\)\s*(?:[+*]|\{\d*,\})")
# (\w|\d)+: two alternatives that match the same character, repeated
_OVERLAPPING_ALTERNATION = re.compile(
    r"\((?:\?:)?(?:(?:\\[wS]|\.)\|(?:\\[dw]|\[[^\]]+\]|[A-Za-z0-9])|(?:\\d|\[[^\]]+\]|[A-Za-z0-9])\|(?:\\[wS]|\.))\)\s*[+*]"
)


_ALTERNATION_STAR = re.compile(r"\((?:\?:)?([^()|]+)\|\1[^()]*\)\s*[+*]")


_ADJACENT_UNBOUNDED = re.compile(
    r"(\\d|\\w|\.|\[[^\]]+\])[+*]\??(?:\\?[A-Za-z.]\?)?(\\d|\\w|\.|\[[^\]]+\])[+*]"
)


_REGEX_CALLS = ("compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split")


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Names bound to one string literal (``PATTERN = r"..."``) and never to anything else."""
    values: dict[str, set[str | None]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            literal = (
                value.value
                if isinstance(node, ast.Assign | ast.AnnAssign)
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
                else None
            )
            for target in targets:
                if isinstance(target, ast.Name):
                    values.setdefault(target.id, set()).add(literal)
    return {k: lit for k, v in values.items() if len(v) == 1 for lit in v if lit is not None}


def _redos_pattern(tree: ast.Module) -> Iterator[tuple[int, int]]:
    constants = _string_constants(tree)
    for call in calls(tree):
        name = call_name(call)
        if not (name.startswith("re.") and name.split(".")[-1] in _REGEX_CALLS) or not call.args:
            continue
        pattern = call.args[0]
        # a pattern kept in a variable first (pattern = r"..."; re.match(pattern, s)) is the same literal
        text = (
            pattern.value
            if isinstance(pattern, ast.Constant) and isinstance(pattern.value, str)
            else constants.get(pattern.id)
            if isinstance(pattern, ast.Name)
            else None
        )
        if text is not None and (
            _NESTED_QUANTIFIER.search(text)
            or _ALTERNATION_STAR.search(text)
            or _OVERLAPPING_ALTERNATION.search(text)
            or _ADJACENT_UNBOUNDED.search(text)
        ):
            yield span(call)


def _exits(body: list[ast.stmt]) -> bool:
    for stmt in body:
        for node in ast.walk(stmt):
            if isinstance(node, ast.Break | ast.Return | ast.Raise) or (
                isinstance(node, ast.Call) and call_name(node) in {"sys.exit", "exit", "quit", "os._exit"}
            ):
                return True
    return False


def _infinite_loop(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for node in nodes(tree):
        if not isinstance(node, ast.While):
            continue
        constant_true = isinstance(node.test, ast.Constant) and bool(node.test.value)
        if constant_true:
            if (
                not _exits(node.body)
                and not any(isinstance(n, ast.Yield | ast.Await) for n in ast.walk(node))
                and not any(
                    isinstance(n, ast.Call)
                    and call_name(n).endswith(("recv", "recvfrom", "accept", "get", "input", "sleep"))
                    for n in ast.walk(node)
                )
            ):
                yield span(node)
            continue
        tested = names_in(node.test)
        if not tested or _exits(node.body):
            continue
        changed: set[str] = set()
        for stmt in node.body:
            for n in ast.walk(stmt):
                if isinstance(n, ast.Assign | ast.AugAssign | ast.AnnAssign):
                    targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                    for t in targets:
                        changed |= names_in(t)
                elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
                    changed |= names_in(n.func.value)
                elif isinstance(n, ast.For):
                    changed |= names_in(n.target)
        if not tested & changed and not any(isinstance(n, ast.Call) for n in ast.walk(node.test)):
            yield span(node)


def _handler_swallows(handler: ast.ExceptHandler) -> bool:
    """An except block that neither leaves the loop nor re-raises: the failed attempt is just repeated."""
    return not any(
        isinstance(n, ast.Break | ast.Return | ast.Raise) for s in handler.body for n in ast.walk(s)
    )


def _bounded(loop: ast.While) -> bool:
    """The loop counts its attempts, checks a deadline, or gives up with raise outside an except block."""
    handler_nodes = {id(n) for h in ast.walk(loop) if isinstance(h, ast.ExceptHandler) for n in ast.walk(h)}
    for n in ast.walk(loop):
        if isinstance(n, ast.AugAssign) or (isinstance(n, ast.Raise) and id(n) not in handler_nodes):
            return True
        if isinstance(n, ast.Compare) and any(
            isinstance(c, ast.Call) and call_name(c).endswith(("time", "monotonic", "perf_counter", "now"))
            for c in ast.walk(n)
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
        inner = list(ast.walk(node))
        if any(
            isinstance(n, ast.Call) and call_name(n) in {"input", "getpass", "getpass.getpass"} for n in inner
        ):
            continue  # an interactive prompt: the user ends the loop
        handlers = [h for t in inner if isinstance(t, ast.Try) for h in t.handlers]
        exits = any(isinstance(n, ast.Return | ast.Break) for n in inner)
        if exits and any(_handler_swallows(h) for h in handlers) and not _bounded(node):
            yield span(node)


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
        for stmt in ast.walk(node):
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
            for n in ast.walk(node)
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
            for a in ast.walk(loop)
            if isinstance(a, ast.Assign)
            and isinstance(a.value, ast.Call)
            and call_name(a.value) in {f"{work}.pop", f"{work}.popleft"}
            for t in a.targets
            if isinstance(t, ast.Name)
        }
        refills = [
            c
            for c in ast.walk(loop)
            if isinstance(c, ast.Call)
            and call_name(c)
            in {f"{work}.extend", f"{work}.append", f"{work}.appendleft", f"{work}.extendleft"}
            and any(names_in(a) & popped for a in c.args)
        ]
        guarded = (
            _bounded(loop)
            or any(
                isinstance(n, ast.Compare) and any(isinstance(o, ast.In | ast.NotIn) for o in n.ops)
                for n in ast.walk(loop)
            )
            or any(
                isinstance(c, ast.Call) and call_name(c).endswith((".add", ".difference"))
                for c in ast.walk(loop)
            )
        )
        if popped and refills and not guarded:
            yield span(loop)


def _zero_based_bound(test: ast.expr) -> ast.Compare | None:
    """``i < 0 or i > N`` (reject) / ``i >= 0 and i <= N`` (accept) with N a size: index N gets through."""
    if not isinstance(test, ast.BoolOp):
        return None
    pairs = [
        (dotted(c.left), type(c.ops[0]), c.comparators[0], c)
        for c in test.values
        if isinstance(c, ast.Compare) and len(c.ops) == 1 and dotted(c.left)
    ]
    lower_op, upper_op = (ast.Lt, ast.Gt) if isinstance(test.op, ast.Or) else (ast.GtE, ast.LtE)
    zero_based = {
        var
        for var, op, right, _ in pairs
        if op is lower_op and isinstance(right, ast.Constant) and right.value == 0
    }
    for var, op, right, compare in pairs:
        if var in zero_based and op is upper_op and _is_size(right):
            return compare
    return None


_NOT_SIZE = re.compile(r"(?i)(last|max_?i(n)?d(e)?x|upper|hi$|end$|top$|limit_?index)")


def _is_size(node: ast.expr) -> bool:
    """A count of elements: len(x), or a (constant) name such as SIZE, count, capacity."""
    if isinstance(node, ast.Call):
        return call_name(node) == "len"
    name = dotted(node)
    return bool(name) and not _NOT_SIZE.search(name.rsplit(".", 1)[-1])


def _len_guard_then_index(func: ast.AST) -> Iterator[ast.Compare]:
    """``if i > len(seq): reject`` and later ``seq[i]``: the guard lets i == len(seq) through."""
    indexed = {
        (dotted(n.value), n.slice.id)
        for n in ast.walk(func)
        if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Name) and dotted(n.value)
    }
    for node in ast.walk(func):
        if not (isinstance(node, ast.If) and node.body and isinstance(node.body[-1], ast.Raise | ast.Return)):
            continue
        for c in ast.walk(node.test):
            if (
                isinstance(c, ast.Compare)
                and len(c.ops) == 1
                and isinstance(c.ops[0], ast.Gt)
                and isinstance(c.left, ast.Name)
                and isinstance(c.comparators[0], ast.Call)
                and call_name(c.comparators[0]) == "len"
                and c.comparators[0].args
                and (dotted(c.comparators[0].args[0]), c.left.id) in indexed
            ):
                yield c


def _used_as_index(func: ast.AST, var: str) -> bool:
    """``var`` indexes something (x[var], x[var:...]) or scales an offset (var * SLOT) in ``func``:
    a position, not an insertion point or a count."""
    for n in ast.walk(func):
        if isinstance(n, ast.Subscript) and var in names_in(n.slice):
            return True
        if (
            isinstance(n, ast.BinOp)
            and isinstance(n.op, ast.Mult)
            and var in {dotted(n.left), dotted(n.right)}
        ):
            return True
    return False


def _buffer_sizes(func: ast.AST) -> dict[str, str]:
    """buffer name -> the name of its element count: buf = [0] * N, bytearray(N), create_string_buffer(N)."""
    found: dict[str, str] = {}
    for a in ast.walk(func):
        if isinstance(a, ast.Assign) and len(a.targets) == 1 and dotted(a.targets[0]):
            v = a.value
            size: ast.expr | None = None
            if isinstance(v, ast.BinOp) and isinstance(v.op, ast.Mult) and isinstance(v.left, ast.List):
                size = v.right
            elif isinstance(v, ast.Call) and call_name(v).rsplit(".", 1)[-1] in {
                "bytearray", "create_string_buffer", "zeros", "empty",
            } and v.args:  # fmt: skip
                size = v.args[0]
            if size is not None and dotted(size):
                found[dotted(a.targets[0])] = dotted(size)
    return found


def _range_past_buffer(tree: ast.Module) -> Iterator[ast.AST]:
    """``for i in range(N + 1): buf[i]`` where buf holds N elements."""
    sizes = _buffer_sizes(tree)
    if not sizes:
        return
    for loop in nodes(tree):
        if not (
            isinstance(loop, ast.For)
            and isinstance(loop.target, ast.Name)
            and isinstance(loop.iter, ast.Call)
            and call_name(loop.iter) == "range"
            and loop.iter.args
        ):
            continue
        stop = loop.iter.args[-1] if len(loop.iter.args) <= 2 else loop.iter.args[1]
        if not (
            isinstance(stop, ast.BinOp)
            and isinstance(stop.op, ast.Add)
            and isinstance(stop.right, ast.Constant)
            and stop.right.value == 1
        ):
            continue
        bound = dotted(stop.left)
        for n in ast.walk(loop):
            if (
                isinstance(n, ast.Subscript)
                and isinstance(n.slice, ast.Name)
                and n.slice.id == loop.target.id
                and sizes.get(dotted(n.value)) == bound
            ):
                yield loop.iter
                break


def _off_by_one(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for call in _range_past_buffer(tree):
        yield span(call)
    bounds = any(
        isinstance(n, ast.Compare) and any(isinstance(o, ast.Gt | ast.LtE) for o in n.ops)
        for n in nodes(tree)
    )
    for func in functions(tree) if bounds else ():
        for node in ast.walk(func):
            if isinstance(node, ast.If | ast.While | ast.IfExp | ast.Assert):
                compare = _zero_based_bound(node.test)
                if compare is not None and _used_as_index(func, dotted(compare.left)):
                    yield span(compare)
            # 0 <= i <= SIZE: the upper end admits SIZE itself
            elif (
                isinstance(node, ast.Compare)
                and len(node.ops) == 2
                and all(isinstance(o, ast.LtE) for o in node.ops)
                and isinstance(node.left, ast.Constant)
                and node.left.value == 0
                and not isinstance(node.comparators[1], ast.Call)
                and _is_size(node.comparators[1])
                and _used_as_index(func, dotted(node.comparators[0]))
            ):
                yield span(node)
    for func in functions(tree) if bounds else ():
        for compare in _len_guard_then_index(func):
            yield span(compare)

    for node in nodes(tree):
        if isinstance(node, ast.Call) and call_name(node) == "range" and node.args:
            stop = node.args[-1] if len(node.args) <= 2 else node.args[1]
            if (
                isinstance(stop, ast.BinOp)
                and isinstance(stop.op, ast.Add)
                and isinstance(stop.left, ast.Call)
                and call_name(stop.left) == "len"
                and isinstance(stop.right, ast.Constant)
                and stop.right.value == 1
            ):
                yield span(node)
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.LtE):
            right = node.comparators[0]
            if isinstance(right, ast.Call) and call_name(right) == "len":
                yield span(node)


def _may_return_none(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for node in ast.walk(func):
        if isinstance(node, ast.Return) and (
            node.value is None or (isinstance(node.value, ast.Constant) and node.value.value is None)
        ):
            return True
    return False


def _unchecked_return(tree: ast.Module) -> Iterator[tuple[int, int]]:
    nullable = {f.name for f in functions(tree) if _may_return_none(f)}
    if not nullable:
        return
    for call in calls(tree):
        if call_name(call) in {"len", "iter", "sorted", "sum"} and any(
            isinstance(a, ast.Call) and call_name(a) in nullable for a in call.args
        ):
            yield span(call)
    for node in nodes(tree):
        if (
            isinstance(node, ast.Attribute | ast.Subscript)
            and isinstance(node.value, ast.Call)
            and call_name(node.value) in nullable
        ):
            yield span(node)
    for func in functions(tree):
        for i, stmt in enumerate(func.body):
            if not (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and isinstance(stmt.value, ast.Call)
                and call_name(stmt.value) in nullable
            ):
                continue
            var = stmt.targets[0].id
            for later in func.body[i + 1 :]:
                if isinstance(later, ast.If | ast.Try | ast.While) and var in names_in(
                    later.test if not isinstance(later, ast.Try) else later
                ):
                    break  # checked (or guarded) before use
                if any(
                    (
                        isinstance(n, ast.Call)
                        and call_name(n) in {"len", "iter", "sorted", "sum"}
                        and var in names_in(n)
                    )
                    or (
                        isinstance(n, ast.Attribute | ast.Subscript)
                        and isinstance(n.value, ast.Name)
                        and n.value.id == var
                    )
                    for n in ast.walk(later)
                ):
                    yield span(later)
                    break


def _literal(node: ast.expr) -> bool:
    """A str/bytes/number literal: objects whose identity Python does not promise (None/True/False do)."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str | bytes | int | float)
        and not isinstance(node.value, bool)
    )


_STATUS_CALLS = {
    "subprocess.call",
    "os.system",
    "os.spawnv",
    "os.spawnl",
    "os.spawnlp",
    "os.spawnvp",
    "os.write",
}
#: calls whose only output is a yes/no answer: as a bare statement the check decides nothing
_CHECK_CALLS = (
    "compare_digest", "checkpw", "check_password", "check_password_hash", "verify_password",
    "os.path.exists", "os.path.isfile", "os.path.isdir", "os.access", "re.match", "re.fullmatch",
    "re.sub", "re.subn",
)  # fmt: skip
_PURE_METHODS = {"replace", "strip", "lstrip", "rstrip", "lower", "upper", "removeprefix", "removesuffix"}


def _status_functions(tree: ast.Module) -> set[str]:
    """Module functions that report success or failure only through their result (return True on one
    path and False on another)."""
    found: set[str] = set()
    for func in functions(tree):
        values = {
            n.value.value
            for n in ast.walk(func)
            if isinstance(n, ast.Return)
            and isinstance(n.value, ast.Constant)
            and isinstance(n.value.value, bool)
        }
        if values == {True, False}:
            found.add(func.name)
    return found


def _discarded_status(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A call whose result is the only report of failure (exit status, bytes sent, lock taken, a module
    function's True/False), or a string method whose result is the only effect, used as a bare statement."""
    status_functions = _status_functions(tree)
    # os.replace(a, b) renames a file: a module's function, not str.replace discarding its result
    modules = {
        (alias.asname or alias.name).split(".")[0]
        for n in ast.walk(tree)
        if isinstance(n, ast.Import)
        for alias in n.names
    }
    for node in nodes(tree):
        if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        name = call_name(call)
        if name.rsplit(".", 1)[-1] in status_functions and name.split(".")[0] in {"self", name}:
            yield span(node)
            continue
        method = call.func.attr if isinstance(call.func, ast.Attribute) else ""
        owner = dotted(call.func.value) if isinstance(call.func, ast.Attribute) else ""
        check = keyword(call, "check")
        if (
            name in _STATUS_CALLS
            or name.endswith(_CHECK_CALLS)
            or (name == "subprocess.run" and not (isinstance(check, ast.Constant) and check.value is True))
            or (method == "send" and re.search(r"(?i)(sock|conn)", owner))
            or (method == "acquire" and (call.args or keyword(call, "blocking") or keyword(call, "timeout")))
            or (
                method in _PURE_METHODS
                and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id not in modules
            )
        ):
            yield span(node)


_VALUE_CALLS = {
    "str", "int", "float", "input", "hexdigest", "decode", "strip", "lower", "upper", "format", "join",
    "read", "readline", "getenv", "get", "encode", "digest",
}  # fmt: skip


def _value_names(func: ast.AST) -> set[str]:
    """Names bound to a str/bytes/number value: a literal, an f-string, a str/number-producing call, or
    a parameter annotated str/int/bytes/float."""
    found: set[str] = set()
    if isinstance(func, FUNCS):
        found |= {
            a.arg
            for a in func.args.args + func.args.kwonlyargs
            if a.annotation is not None and dotted(a.annotation) in {"str", "int", "bytes", "float"}
        }
    for n in ast.walk(func):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            v = n.value
            if (
                _literal(v)
                or isinstance(v, ast.JoinedStr)
                or (isinstance(v, ast.Call) and call_name(v).rsplit(".", 1)[-1] in _VALUE_CALLS)
            ):
                found.add(n.targets[0].id)
    return found


_SENTINEL = re.compile(r"(?i)(sentinel|missing|unset|notset|^_?default$|^_?marker$|^_?nothing$)")


def _sentinels(tree: ast.Module) -> set[str]:
    """Names bound to a bare object() (or named like a sentinel): identity is how they are compared."""
    found = {n.id for n in nodes(tree) if isinstance(n, ast.Name) and _SENTINEL.search(n.id)}
    for n in nodes(tree):
        if (
            isinstance(n, ast.Assign)
            and isinstance(n.value, ast.Call)
            and call_name(n.value) == "object"
            and not n.value.args
        ):
            found |= {dotted(t) for t in n.targets}
    return found


def _object_reference_compare(tree: ast.Module) -> Iterator[tuple[int, int]]:
    name_identity = any(
        isinstance(n, ast.Compare)
        and isinstance(n.left, ast.Name)
        and any(isinstance(o, ast.Is | ast.IsNot) for o in n.ops)
        and isinstance(n.comparators[0], ast.Name)
        for n in nodes(tree)
    )
    sentinels = _sentinels(tree) if name_identity else set()
    for func in functions(tree) if name_identity else ():
        values = _value_names(func) - sentinels
        for node in ast.walk(func):
            # token is expected: two strings compared by identity, not by content
            if (
                isinstance(node, ast.Compare)
                and len(node.ops) == 1
                and isinstance(node.ops[0], ast.Is | ast.IsNot)
                and isinstance(node.left, ast.Name)
                and isinstance(node.comparators[0], ast.Name)
                and {node.left.id, node.comparators[0].id} & values
                and not {node.left.id, node.comparators[0].id} & sentinels
            ):
                yield span(node)
    for node in nodes(tree):
        # x is "admin" / x is not 0: identity against a literal depends on interning, not on the content
        if (
            isinstance(node, ast.Compare)
            and any(isinstance(o, ast.Is | ast.IsNot) for o in node.ops)
            and any(_literal(x) for x in [node.left, *node.comparators])
        ):
            yield span(node)
    defines_eq = any(isinstance(n, FUNCS) and n.name == "__eq__" for n in nodes(tree))
    for func in functions(tree):
        params = {a.arg for a in func.args.args} - {"self", "cls"}
        for node in ast.walk(func):
            if isinstance(node, ast.Compare) and len(node.ops) == 1:
                left, right = node.left, node.comparators[0]
                if not (isinstance(left, ast.Name) and isinstance(right, ast.Name)):
                    continue
                identity = isinstance(node.ops[0], ast.Is | ast.IsNot) or (
                    isinstance(node.ops[0], ast.Eq | ast.NotEq) and not defines_eq
                )
                if {left.id, right.id} <= params and left.id != right.id and identity:
                    yield span(node)


def _pair_lookup(tree: ast.Module) -> bool:
    """A function that scans (key, value) pairs for a key: ``for k, v in pairs: if k == name: return v``."""
    for loop in nodes(tree):
        if (
            isinstance(loop, ast.For)
            and isinstance(loop.target, ast.Tuple)
            and len(loop.target.elts) == 2
            and all(isinstance(e, ast.Name) for e in loop.target.elts)
        ):
            key, value = (e.id for e in loop.target.elts if isinstance(e, ast.Name))
            for stmt in loop.body:
                if (
                    isinstance(stmt, ast.If)
                    and key in names_in(stmt.test)
                    and any(isinstance(n, ast.Compare) for n in ast.walk(stmt.test))
                    and any(
                        isinstance(r, ast.Return) and r.value is not None and value in names_in(r.value)
                        for r in ast.walk(stmt)
                    )
                ):
                    return True
    return False


def _duplicate_key_list(tree: ast.Module) -> Iterator[tuple[int, int]]:
    looked_up = _pair_lookup(tree)
    for node in nodes(tree):
        if isinstance(node, ast.Dict):
            keys = [ast.dump(k) for k in node.keys if isinstance(k, ast.Constant)]
            if len(keys) != len(set(keys)):
                yield span(node)
    for func in functions(tree):
        appended: dict[str, ast.Call] = {}
        sorted_lists: set[str] = set()
        membership: set[str] = set()
        tested_keys: set[str] = set()  # names checked with "in" (a seen-set of keys works as well)
        for node in ast.walk(func):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = dotted(node.func.value)
                if node.func.attr == "append" and node.args:
                    arg = node.args[0]
                    if (isinstance(arg, ast.Tuple) and len(arg.elts) == 2) or isinstance(arg, ast.Name):
                        appended.setdefault(owner, node)
                elif node.func.attr == "sort":
                    sorted_lists.add(owner)
            if isinstance(node, ast.Call) and call_name(node) == "sorted" and node.args:
                sorted_lists.add(dotted(node.args[0]))
            # rebuilding the list from a set or dict of itself (xs = list(set(xs)),
            # xs = list(dict.fromkeys(xs))) drops the duplicate entries, which is the fix
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = dotted(node.targets[0])
                if any(
                    isinstance(c, ast.Call)
                    and call_name(c).split(".")[-1] in {"set", "frozenset", "fromkeys", "OrderedDict"}
                    and c.args
                    and dotted(c.args[0]) == target
                    for c in ast.walk(node.value)
                ):
                    membership.add(target)
            if isinstance(node, ast.Compare) and any(isinstance(o, ast.In | ast.NotIn) for o in node.ops):
                membership |= {dotted(c) for c in node.comparators}
                tested_keys.add(dotted(node.left))
            # a search for an equal entry (a loop or any(...) over the list comparing with ==) is the
            # same duplicate check written by hand
            scans = (
                [node.iter]
                if isinstance(node, ast.For)
                else [g.iter for g in node.generators]
                if isinstance(node, ast.GeneratorExp | ast.ListComp)
                else []
            )
            if scans and any(
                isinstance(c, ast.Compare) and any(isinstance(o, ast.Eq) for o in c.ops)
                for c in ast.walk(node)
            ):
                membership |= {dotted(i) for i in scans}
            # a list literal of ("Key", value) pairs is an associative list from the start
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.value, ast.List)
                and node.value.elts
                and all(
                    isinstance(e, ast.Tuple)
                    and len(e.elts) == 2
                    and isinstance(e.elts[0], ast.Constant)
                    and isinstance(e.elts[0].value, str)
                    for e in node.value.elts
                )
            ):
                sorted_lists.add(dotted(node.targets[0]))
        for owner, call in appended.items():
            pair = call.args[0]
            if isinstance(pair, ast.Tuple) and dotted(pair.elts[0]) in tested_keys:
                continue
            if (
                owner in sorted_lists or (looked_up and isinstance(pair, ast.Tuple))
            ) and owner not in membership:
                yield span(call)


_LOCK_CALLS = ("flock", "lockf", "acquire", "Lock", "lock")


def _write_target(call: ast.Call) -> str:
    """The dotted path expression a call opens for writing (open(p, "w"/"a"/"r+"...)), or ""."""
    if call_name(call) not in {"open", "io.open", "os.open"} or not call.args:
        return ""
    mode = call.args[1] if len(call.args) > 1 else keyword(call, "mode")
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str) and set(mode.value) & set("wax+"):
        return dotted(call.args[0])
    if call_name(call) == "os.open":
        return dotted(call.args[0])
    return ""


def _takes_lock(func: ast.AST) -> bool:
    for n in ast.walk(func):
        if isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in _LOCK_CALLS:
            return True
        if isinstance(n, ast.With) and any(re.search(r"(?i)lock", dotted(i.context_expr)) for i in n.items):
            return True
    return False


_MUTATORS = {"append", "extend", "update", "pop", "remove", "insert", "clear", "add", "discard", "setdefault"}


def _changes(
    nodes_: Iterable[ast.AST], owner: Callable[[ast.expr], str | None]
) -> Iterator[tuple[str, ast.AST]]:
    """(key, node) for each change of a value ``owner`` names (assignment, augmented assignment, item
    assignment, mutating method call) among ``nodes_``."""
    for n in nodes_:
        targets = (
            n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AugAssign) else []
        )
        for t in targets:
            key = owner(t.value if isinstance(t, ast.Subscript) else t)
            if key is not None:
                yield key, n
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _MUTATORS:
            key = owner(n.func.value)
            if key is not None:
                yield key, n


def _self_attribute(expr: ast.expr) -> str | None:
    return expr.attr if isinstance(expr, ast.Attribute) and dotted(expr.value) == "self" else None


def _attribute_changes(stmts: list[ast.stmt]) -> Iterator[tuple[str, ast.AST]]:
    """(attr, node) for each change of ``self.attr`` in ``stmts``."""
    return _changes((n for stmt in stmts for n in ast.walk(stmt)), _self_attribute)


def _locked_blocks(func: ast.AST) -> list[ast.With]:
    return [
        n
        for n in ast.walk(func)
        if isinstance(n, ast.With)
        and any(re.search(r"(?i)lock|mutex", dotted(i.context_expr)) for i in n.items)
    ]


def _unlocked_attribute_change(cls: ast.ClassDef) -> Iterator[ast.AST]:
    """A class that changes ``self.x`` inside ``with self.lock:`` in one method and outside it in another."""
    methods = [f for f in cls.body if isinstance(f, FUNCS) and f.name != "__init__"]
    guarded: set[str] = set()
    inside: set[int] = set()
    for func in methods:
        for block in _locked_blocks(func):
            guarded |= {attr for attr, _ in _attribute_changes(block.body)}
            inside |= {id(n) for n in ast.walk(block)}
    guarded -= {attr for attr in guarded if re.search(r"(?i)lock|mutex", attr)}
    for func in methods:
        # a private helper (_apply) is usually called by a method that already holds the lock
        if func.name.startswith("_") or any(
            call_name(c).rsplit(".", 1)[-1] in {"acquire", "flock", "lockf"} for c in calls(func)
        ):
            continue
        for attr, node in _attribute_changes(func.body):
            if attr in guarded and id(node) not in inside:
                yield node
                return


def _global_changes(func: ast.AST, names: set[str]) -> Iterator[tuple[str, ast.AST]]:
    """(name, node) for each change of one of the module-level ``names`` in ``func``."""
    return _changes(ast.walk(func), lambda e: e.id if isinstance(e, ast.Name) and e.id in names else None)


def _unlocked_global_change(tree: ast.Module) -> Iterator[ast.AST]:
    """Module state changed inside ``with lock:`` in one function and outside any lock in another."""
    shared = {
        t.id
        for stmt in tree.body
        if isinstance(stmt, ast.Assign)
        for t in stmt.targets
        if isinstance(t, ast.Name) and not re.search(r"(?i)lock|mutex", t.id)
    }
    if not shared:
        return
    funcs = [f for f in tree.body if isinstance(f, FUNCS)]
    guarded: set[str] = set()
    inside: set[int] = set()
    for func in funcs:
        for block in _locked_blocks(func):
            guarded |= {name for name, _ in _global_changes(block, shared)}
            inside |= {id(n) for n in ast.walk(block)}
    if not guarded:
        return
    for func in funcs:
        if any(call_name(c).rsplit(".", 1)[-1] in {"acquire", "flock", "lockf"} for c in calls(func)):
            continue
        for _name, node in _global_changes(func, guarded):
            if id(node) not in inside:
                yield node
                return


def _unlocked_write(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """One method writes a file holding a lock, another writes the same file without it."""
    for node in _unlocked_global_change(tree):
        yield span(node)
    for cls in nodes(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        for node in _unlocked_attribute_change(cls):
            yield span(node)
        locked: set[str] = set()
        unlocked: list[tuple[str, ast.Call]] = []
        for func in cls.body:
            if not isinstance(func, FUNCS):
                continue
            targets = [(t, c) for c in calls(func) if (t := _write_target(c))]
            if _takes_lock(func):
                locked |= {t for t, _ in targets}
            else:
                unlocked += targets
        for target, call in unlocked:
            if target in locked:
                yield span(call)
                break


def _reads_files(node: ast.AST) -> bool:
    """``request.files[...]`` / ``request.files.get(...)`` somewhere in ``node``."""
    return any(isinstance(n, ast.Attribute) and dotted(n) == "request.files" for n in ast.walk(node))


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
        inner = [c for c in ast.walk(loop) if isinstance(c, ast.Call)]
        accepts = any(call_name(c).endswith(".accept") for c in inner)
        spawns = [
            c for c in inner if call_name(c).rsplit(".", 1)[-1] in {"Thread", "Process", "start_new_thread"}
        ]
        if accepts and spawns and not any(isinstance(n, ast.Compare) for n in ast.walk(loop)):
            yield span(spawns[0])


def _recv_accumulation(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A loop that appends everything a peer sends (data += sock.recv(n)) with no size cap."""
    for loop in nodes(tree):
        if not isinstance(loop, ast.While):
            continue
        chunks = {
            t.id
            for a in ast.walk(loop)
            if isinstance(a, ast.Assign)
            and isinstance(a.value, ast.Call)
            and call_name(a.value).rsplit(".", 1)[-1] in {"recv", "recv_into", "recvfrom"}
            for t in a.targets
            if isinstance(t, ast.Name)
        }
        grows = [
            a
            for a in ast.walk(loop)
            if (
                isinstance(a, ast.AugAssign)
                and isinstance(a.op, ast.Add)
                and (
                    names_in(a.value) & chunks
                    or any(
                        isinstance(c, ast.Call) and call_name(c).endswith("recv") for c in ast.walk(a.value)
                    )
                )
            )
            or (
                isinstance(a, ast.Call)
                and isinstance(a.func, ast.Attribute)
                and a.func.attr in {"append", "extend", "write"}
                and any(names_in(x) & chunks for x in a.args)
            )
        ]
        capped = any(
            isinstance(c, ast.Compare)
            and any(isinstance(x, ast.Call) and call_name(x) == "len" for x in ast.walk(c))
            for c in ast.walk(loop)
        ) or any(isinstance(c, ast.Compare) for c in ast.walk(loop.test))
        if grows and not capped:
            yield span(grows[0])


def _request_int_vars(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names bound to int(...) of a request value (or int-typed FastAPI parameters without an upper bound)."""
    found: set[str] = set()
    routed = any(
        isinstance(d, ast.Call) and call_name(d).rsplit(".", 1)[-1] in {"get", "post", "put", "api_route"}
        for d in func.decorator_list
    )
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
    for a in ast.walk(func):
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
            for n in ast.walk(func)
            if isinstance(n, ast.Compare) or (isinstance(n, ast.Call) and call_name(n) in _BOUND_CALLS)
            for name in names_in(n)
        }
        for n in ast.walk(func):
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


_CHECK_NAME = re.compile(r"(?i)^(authori[sz]e|validate|verify|check|ensure|require|assert)_?\w*$")


def _unhandled_conversion(tree: ast.Module) -> Iterator[tuple[int, int]]:
    guarded: set[int] = set()
    for node in nodes(tree):
        if isinstance(node, ast.Try) and node.handlers:
            for stmt in node.body:
                guarded |= {id(n) for n in ast.walk(stmt)}
    for call in calls(tree):
        if call_name(call) in {"int", "float"} and call.args and id(call) not in guarded:
            arg = call.args[0]
            if isinstance(arg, ast.Call) and call_name(arg) == "input":
                yield span(call)
    for node in nodes(tree):
        if (
            # a handler that silently swallows the error (pass/continue only): nobody learns of it
            isinstance(node, ast.ExceptHandler)
            and all(isinstance(s, ast.Pass | ast.Continue) for s in node.body)
        ):
            yield span(node)
    # a failed authorisation/validation check whose exception is caught and then ignored: the handler
    # only logs or prints, and the guarded action runs anyway after the try statement
    for node in nodes(tree):
        if not isinstance(node, ast.Try) or node.orelse or node.finalbody:
            continue
        checks = [
            c for s in node.body for c in calls(s) if _CHECK_NAME.search(call_name(c).rsplit(".", 1)[-1])
        ]
        if (
            checks
            and len(node.body) == 1
            and any(
                not any(
                    isinstance(n, ast.Raise | ast.Return | ast.Break | ast.Continue)
                    or (
                        isinstance(n, ast.Call)
                        and call_name(n).rsplit(".", 1)[-1] in {"abort", "exit", "_exit"}
                    )
                    for s in h.body
                    for n in ast.walk(s)
                )
                for h in node.handlers
            )
        ):
            yield span(node)


CHECKS: tuple[Check, ...] = (
    Check(
        "weak-asymmetric-key-size",
        326,
        Level.HIGH,
        Level.HIGH,
        "Inadequate encryption strength: RSA/DSA/DH keys generated with fewer than 2048 bits, the size "
        "computed from literals and constants.",
        "The key is generated with fewer than 2048 bits, which can be factored or broken. Generate RSA/DSA "
        "keys of at least 2048 bits (3072 for long-lived keys), e.g. RSA.generate(3072).",
        _weak_key_size,
    ),
    Check(
        "regex-catastrophic-backtracking",
        730,
        Level.MEDIUM,
        Level.MEDIUM,
        "A regular expression literal with nested or overlapping quantifiers ((a+)+, (a|a)*, \\d+\\d+) "
        "that backtracks exponentially on crafted input (ReDoS).",
        "This regex has nested or overlapping quantifiers, so some inputs make it backtrack exponentially "
        "(ReDoS). Rewrite it without nested repetition (e.g. \\d+ instead of (\\d+)+), anchor it, and bound "
        "the input length.",
        _redos_pattern,
    ),
    Check(
        "loop-without-reachable-exit",
        835,
        Level.MEDIUM,
        Level.MEDIUM,
        "Loop with unreachable exit condition: while True without break/return, or a while condition "
        "whose variables the body never changes.",
        "This loop has no reachable exit: its condition never changes inside the body (or it is while True "
        "without break/return), so it runs forever. Update the loop variable or add an explicit exit.",
        _infinite_loop,
    ),
    Check(
        "off-by-one-bound",
        193,
        Level.MEDIUM,
        Level.MEDIUM,
        "Off-by-one error: an index loop runs to len(x) inclusive (range(len(x) + 1), i <= len(x)), or a "
        "zero-based index is bounds-checked against the element count with > instead of >= "
        "(i < 0 or i > SIZE, 0 <= i <= SIZE, if i > len(x): reject ... x[i]).",
        "The bound includes len(x) (or SIZE), one past the last valid index. Loop over range(len(x)) or "
        "iterate the items directly, and reject a zero-based index with i >= SIZE (accept 0 <= i < SIZE).",
        _off_by_one,
    ),
    Check(
        "nullable-return-used-unchecked",
        252,
        Level.MEDIUM,
        Level.MEDIUM,
        "Unchecked return value: the result of a function that can return None is used (len(), attribute, "
        "index) without a None check.",
        "The function called here can return None, but its result is used without checking; the code "
        "then crashes or misbehaves on bad input. Check the return value (if result is None: ...) before "
        "using it.",
        _unchecked_return,
    ),
    Check(
        "object-reference-comparison",
        595,
        Level.MEDIUM,
        Level.MEDIUM,
        "Comparison of object references instead of contents: two parameter objects compared with 'is', or "
        "with == where no __eq__ is defined (identity), or a string/number value compared with 'is' (to a "
        "literal or to another such value).",
        "Two objects are compared as references (is, or == without __eq__), which checks identity, not the "
        "content; 'x is \"admin\"' depends on string interning. Compare values with == / != and the "
        "identifying fields (a.id == b.id), or define __eq__ on the class.",
        _object_reference_compare,
    ),
    Check(
        "duplicate-key-in-associative-list",
        462,
        Level.LOW,
        Level.MEDIUM,
        "Duplicate key in associative list: key/value pairs appended to a list that is sorted, starts as "
        'a literal list of ("Key", value) pairs, or is searched by key elsewhere in the module, but never '
        "checked for an existing key; or a dict literal with a repeated key.",
        "Key/value pairs are collected in a list without checking whether the key is already present, so "
        "duplicates coexist and lookups pick an arbitrary one. Use a dict (or check 'key in seen' before "
        "appending) so each key appears once.",
        _duplicate_key_list,
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
        "return-value-discarded",
        252,
        Level.MEDIUM,
        Level.MEDIUM,
        "Unchecked return value: a call that reports failure only through its result (subprocess.call, "
        "os.system, subprocess.run without check=True, socket.send, non-blocking acquire, a module function "
        "returning True/False) or a string method whose result is its only effect is used as a bare "
        "statement.",
        "The result of this call is thrown away, but it is the only sign of failure (exit status, bytes "
        "actually sent, whether the lock was taken) or, for str methods, the only effect. Check it: use "
        "subprocess.run(..., check=True) or test the exit status, use sendall, test acquire()'s result, "
        "and assign the new string (s = s.replace(...)).",
        _discarded_status,
    ),
    Check(
        "shared-state-written-without-lock",
        414,
        Level.MEDIUM,
        Level.MEDIUM,
        "Missing lock check: a class writes a file (or changes a self attribute) under a lock (flock, "
        "lockf, with self.lock) in one method and writes the same file or attribute without taking the "
        "lock in another.",
        "This method changes state (a file or an attribute) that another method only changes while holding "
        "a lock, but it does not take the lock itself, so concurrent callers interleave or lose updates. "
        "Take the same lock (fcntl.flock(fh, fcntl.LOCK_EX), with self.lock:) around every write of the "
        "shared state.",
        _unlocked_write,
    ),
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
    Check(
        "exception-not-handled",
        703,
        Level.LOW,
        Level.MEDIUM,
        "Improper check or handling of exceptional conditions: int(input()) outside try, an except "
        "block that silently swallows the error (only pass/continue), or a failed authorize/validate/verify "
        "check whose exception is caught and the code carries on.",
        "An exceptional condition is not handled: conversion of user input can raise ValueError outside any "
        "try block, or an 'except ...: pass' hides the error from the caller and the user. Catch the "
        "specific exception and handle it visibly (report it, retry with a message, or fail safely).",
        _unhandled_conversion,
    ),
)
