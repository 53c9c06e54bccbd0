"""Checks on bounds (CWE-193): an index compared with a size as if it were one-based, a loop one past
its buffer."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    dotted,
    functions,
    names_in,
    nodes,
    span,
    walk,
)
from seccode.scanners._ast_checks._counts import (
    _check_loop_skips_first,
    _failures_counted_then_gt_limit,
    _is_size,
    _limit_checked_before_count,
    _range_one_past_count,
    _wrap_past_end,
)
from seccode.scanners._finding import Level


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


def _guarded_size(bound: ast.expr, sizes: dict[str, str]) -> set[str]:
    """The sequences whose element count ``bound`` is: len(seq), or N for a buffer made [x] * N."""
    if isinstance(bound, ast.Call):
        if call_name(bound) == "len" and bound.args and dotted(bound.args[0]):
            return {dotted(bound.args[0])}
        return set()
    name = dotted(bound)
    return {buf for buf, size in sizes.items() if name and size == name}


def _len_guard_then_index(func: ast.AST, sizes: dict[str, str]) -> Iterator[ast.Compare]:
    """``if i > len(seq): reject`` and later ``seq[i]``: the guard lets i == len(seq) through. The same
    for ``if i > N: reject`` when seq was made with N elements (``[None] * N``, ``bytearray(N)``)."""
    indexed = {
        (dotted(n.value), n.slice.id)
        for n in walk(func)
        if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Name) and dotted(n.value)
    }
    for node in walk(func):
        if not (isinstance(node, ast.If) and node.body and isinstance(node.body[-1], ast.Raise | ast.Return)):
            continue
        for c in walk(node.test):
            if (
                isinstance(c, ast.Compare)
                and len(c.ops) == 1
                and isinstance(c.ops[0], ast.Gt)
                and isinstance(c.left, ast.Name)
                and any((seq, c.left.id) in indexed for seq in _guarded_size(c.comparators[0], sizes))
            ):
                yield c


def _used_as_index(func: ast.AST, var: str) -> bool:
    """``var`` indexes something (x[var], x[var:...]) or scales an offset (var * SLOT) in ``func``:
    a position, not an insertion point or a count."""
    for n in walk(func):
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
    for a in walk(func):
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
        for n in walk(loop):
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
        for node in walk(func):
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
    sizes = _buffer_sizes(tree) if bounds else {}
    for func in functions(tree) if bounds else ():
        for compare in _len_guard_then_index(func, sizes):
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
    yield from _check_loop_skips_first(tree)
    yield from _range_one_past_count(tree)
    yield from _limit_checked_before_count(tree)
    yield from _wrap_past_end(tree)
    yield from _failures_counted_then_gt_limit(tree)


CHECKS: tuple[Check, ...] = (
    Check(
        "off-by-one-bound",
        193,
        Level.MEDIUM,
        Level.MEDIUM,
        "Off-by-one error: an index loop runs to len(x) inclusive (range(len(x) + 1), i <= len(x)), or a "
        "zero-based index is bounds-checked against the element count with > instead of >= "
        "(i < 0 or i > SIZE, 0 <= i <= SIZE, if i > len(x): reject ... x[i]), or a validation loop over "
        "indexes starts at 1 and never checks the first item, or a loop runs range(count + 1) over count "
        "records, or a counter is tested against its limit (<= MAX / > MAX) before it is incremented, or a "
        "failure counted after the guess is tested with > MAX (one guess late), or a ring cursor wraps only "
        "when it exceeds the size (if pos > SIZE: pos = 0).",
        "The bound includes len(x) (or SIZE), one past the last valid index. Loop over range(len(x)) or "
        "iterate the items directly, and reject a zero-based index with i >= SIZE (accept 0 <= i < SIZE); "
        "a check of every item must start at index 0 (for item in items:); read count records with "
        "range(count); test an attempt counter with >= MAX before counting (or increment first); lock once "
        "failures >= MAX; wrap a cursor with if pos >= SIZE: pos = 0 (or pos = (pos + 1) % SIZE).",
        _off_by_one,
    ),
)
