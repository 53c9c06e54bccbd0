"""Off-by-one shapes of counts and limits (CWE-193), for the off-by-one-bound check of ``_bounds``: a loop
run count + 1 times, a limit tested before the counter is incremented or with > after it, an index
wrapped only past the end, a check loop that skips the first element."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    call_name,
    dotted,
    functions,
    names_in,
    nodes,
    span,
    walk,
)

_NOT_SIZE = re.compile(r"(?i)(last|max_?i(n)?d(e)?x|upper|hi$|end$|top$|limit_?index)")


def _is_size(node: ast.expr) -> bool:
    """A count of elements: len(x), or a (constant) name such as SIZE, count, capacity."""
    if isinstance(node, ast.Call):
        return call_name(node) == "len"
    name = dotted(node)
    return bool(name) and not _NOT_SIZE.search(name.rsplit(".", 1)[-1])


#: a name that counts elements (record_count, n_items, num_rows, total, length)
_COUNT = re.compile(r"(?i)(^n$|count|^num|^n_|_num$|^len(gth)?$|_len(gth)?$|^size$|_size$|^total$)")
#: calls that consume the next element of a stream or queue
_CONSUMES = frozenset(
    {
        "unpack",
        "unpack_from",
        "read",
        "readline",
        "readexactly",
        "recv",
        "pop",
        "popleft",
        "next",
        "get_nowait",
    }
)


def _range_one_past_count(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """``for i in range(count + 1):`` that reads one element per turn (``unpack_from``, ``read``,
    ``pop``) or indexes with ``i``, where count is the number of elements: one turn too many. A table
    sized ``count + 1`` (``[0] * (n + 1)``) or a loop variable used as a fraction (``i / n``) is
    inclusive on purpose."""
    if not any(
        isinstance(n, ast.For)
        and isinstance(n.iter, ast.Call)
        and len(n.iter.args) == 1
        and isinstance(n.iter.args[0], ast.BinOp)
        and call_name(n.iter) == "range"
        for n in nodes(tree)
    ):
        return
    for func in functions(tree):
        for loop in walk(func):
            if not (
                isinstance(loop, ast.For)
                and isinstance(loop.target, ast.Name)
                and isinstance(loop.iter, ast.Call)
                and call_name(loop.iter) == "range"
                and len(loop.iter.args) == 1
            ):
                continue
            stop = loop.iter.args[0]
            if not (
                isinstance(stop, ast.BinOp)
                and isinstance(stop.op, ast.Add)
                and isinstance(stop.right, ast.Constant)
                and stop.right.value == 1
                and dotted(stop.left)
                and _COUNT.search(dotted(stop.left).rsplit(".", 1)[-1])
            ):
                continue
            count = dotted(stop.left)
            var = loop.target.id
            if any(
                isinstance(n, ast.BinOp)
                and n is not stop
                and isinstance(n.op, ast.Add)
                and dotted(n.left) == count
                and isinstance(n.right, ast.Constant)
                and n.right.value == 1
                for n in walk(func)
            ):
                continue
            inner = [n for s in loop.body for n in walk(s)]
            if any(
                isinstance(n, ast.BinOp)
                and isinstance(n.op, ast.Div | ast.FloorDiv | ast.Mod | ast.Pow)
                and var in names_in(n)
                for n in inner
            ):
                continue
            consumes = any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _CONSUMES
                for n in inner
            )
            indexes = any(
                isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Name) and n.slice.id == var
                for n in inner
            )
            if consumes or indexes:
                yield span(loop.iter)


def _counter_key(node: ast.expr) -> str:
    """The counter a comparison or increment is about: ``attempts`` for ``attempts[user]``,
    ``attempts.get(user, 0)`` or ``attempts``."""
    if isinstance(node, ast.Subscript):
        return dotted(node.value)
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute) and node.func.attr == "get":
            return dotted(node.func.value)
        return ""
    return dotted(node)


_LIMIT = re.compile(r"(?i)(max|limit|allowed|quota)")


def _limit_checked_before_count(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """``if attempts[u] > MAX: refuse`` (or ``return attempts[u] <= MAX``) tested BEFORE
    ``attempts[u] += 1`` on the same path (in the same function, or in a helper it calls first): the
    counter still holds the previous count, so MAX + 1 attempts get through."""
    if not any(isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Add) for n in nodes(tree)):
        return
    # a counter that outlives the call (attempts[user], self.failures, a module global): a local or a
    # parameter counted in a loop is a position, and "<=" its spelled-out bound
    module_names = {
        t.id for st in tree.body if isinstance(st, ast.Assign | ast.AnnAssign)
        for t in (st.targets if isinstance(st, ast.Assign) else [st.target]) if isinstance(t, ast.Name)
    }  # fmt: skip
    increments: dict[str, list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, int]]] = {}
    for func in functions(tree):
        for n in walk(func):
            if (
                isinstance(n, ast.AugAssign)
                and isinstance(n.op, ast.Add)
                and isinstance(n.value, ast.Constant)
                and n.value.value == 1
                and _counter_key(n.target)
                and (not isinstance(n.target, ast.Name) or n.target.id in module_names)
            ):
                increments.setdefault(_counter_key(n.target), []).append((func, n.lineno))
    if not increments:
        return
    # (function, compare) for each counter tested against a limit with <= (allow) or > (refuse)
    tests: list[tuple[ast.FunctionDef | ast.AsyncFunctionDef, ast.Compare]] = []
    for func in functions(tree):
        for n in walk(func):
            if not (isinstance(n, ast.Compare) and len(n.ops) == 1):
                continue
            left, right, op = n.left, n.comparators[0], n.ops[0]
            if isinstance(op, ast.GtE | ast.Lt):  # MAX >= count / MAX < count: the same tests flipped
                left, right = right, left
                op = ast.LtE() if isinstance(op, ast.GtE) else ast.Gt()
            if (
                isinstance(op, ast.LtE | ast.Gt)
                and _counter_key(left) in increments
                and isinstance(right, ast.Name | ast.Attribute)
                and _LIMIT.search(dotted(right).rsplit(".", 1)[-1])
            ):
                tests.append((func, n))
    by_name = {f.name: f for f in functions(tree)}
    for tester, compare in tests:
        key = _counter_key(
            compare.left if _counter_key(compare.left) in increments else compare.comparators[0]
        )
        for inc_func, line in increments[key]:
            if inc_func is tester:
                before = compare.lineno < line
            else:
                before = any(
                    isinstance(c, ast.Call)
                    and call_name(c).rsplit(".", 1)[-1] == tester.name
                    and by_name.get(tester.name) is tester
                    and c.lineno < line
                    for c in walk(inc_func)
                )
            if before:
                yield span(compare)
                return


def _resets(body: list[ast.stmt], var: str, size: str) -> bool:
    """The branch wraps ``var`` back: ``var = 0``, ``var -= size`` or ``var = var - size`` / ``% size``."""
    for st in body:
        if isinstance(st, ast.Assign) and any(dotted(t) == var for t in st.targets):
            v = st.value
            if isinstance(v, ast.Constant) and v.value == 0:
                return True
            if isinstance(v, ast.BinOp) and isinstance(v.op, ast.Sub | ast.Mod) and dotted(v.right) == size:
                return True
        if (
            isinstance(st, ast.AugAssign)
            and dotted(st.target) == var
            and isinstance(st.op, ast.Sub | ast.Mod)
            and dotted(st.value) == size
        ):
            return True
    return False


def _wrap_past_end(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """``pos += 1; if pos > SIZE: pos = 0`` (a ring / cursor wrapped only once it EXCEEDS the size) with
    pos indexing a buffer: pos == SIZE survives the wrap and indexes one past the end."""
    for func in functions(tree):
        for node in walk(func):
            if not isinstance(node, ast.If | ast.While):
                continue
            c = node.test
            if not (isinstance(c, ast.Compare) and len(c.ops) == 1):
                continue
            left, right, op = c.left, c.comparators[0], c.ops[0]
            if isinstance(op, ast.Lt):
                left, right, op = right, left, ast.Gt()
            if not (isinstance(op, ast.Gt) and dotted(left) and dotted(right)):
                continue
            var, size = dotted(left), dotted(right)
            if (
                _is_size(right)
                and _resets(node.body, var, size)
                and any(isinstance(n, ast.Subscript) and dotted(n.slice) == var for n in walk(func))
            ):
                yield span(c)


_FAILURES = re.compile(r"(?i)(fail|attempt|tries|strike|wrong|bad_|miss|error|guess)")


def _failures_counted_then_gt_limit(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A guess is evaluated (``if verify(...): return``), the failure is counted (``failures += 1``) and
    only then the lock is tested with ``failures > MAX``: the counter already includes this guess, so
    the lock falls one guess late (MAX + 1 guesses). ``>= MAX`` is the bound."""
    for func in functions(tree):
        body = [n for n in walk(func) if isinstance(n, ast.stmt)]
        guess_lines = [
            n.lineno
            for n in body
            if isinstance(n, ast.If)
            and any(isinstance(x, ast.Call) for x in walk(n.test))
            and any(isinstance(x, ast.Return) for s in n.body for x in walk(s))
        ]
        if not guess_lines:
            continue
        incs = {
            _counter_key(n.target): n.lineno
            for n in body
            if isinstance(n, ast.AugAssign)
            and isinstance(n.op, ast.Add)
            and isinstance(n.value, ast.Constant)
            and n.value.value == 1
            and _counter_key(n.target)
            and _FAILURES.search(_counter_key(n.target).rsplit(".", 1)[-1])
        }
        for n in body:
            if not (isinstance(n, ast.If) and isinstance(n.test, ast.Compare) and len(n.test.ops) == 1):
                continue
            c = n.test
            left, right, op = c.left, c.comparators[0], c.ops[0]
            if isinstance(op, ast.Lt):
                left, right, op = right, left, ast.Gt()
            key = _counter_key(left)
            if (
                isinstance(op, ast.Gt)
                and key in incs
                and incs[key] < n.lineno
                and min(guess_lines) < incs[key]
                and isinstance(right, ast.Name | ast.Attribute)
                and _LIMIT.search(dotted(right).rsplit(".", 1)[-1])
            ):
                yield span(c)


def _rejects(body: list[ast.stmt]) -> bool:
    """The loop body turns an item away: an ``if`` whose branch returns, raises or aborts."""
    return any(
        isinstance(n, ast.If)
        and any(
            isinstance(x, ast.Return | ast.Raise)
            or (isinstance(x, ast.Call) and call_name(x).rsplit(".", 1)[-1] in {"abort", "exit"})
            for s in n.body
            for x in walk(s)
        )
        for stmt in body
        for n in walk(stmt)
    )


def _check_loop_skips_first(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """``for i in range(1, len(items)): if bad(items[i]): reject``: a validation loop over indexes that
    starts at 1, so the first item is never checked (no pairwise items[i - 1] use, no items[0] handled
    on its own)."""
    for func in functions(tree):
        for loop in walk(func):
            if not (
                isinstance(loop, ast.For)
                and isinstance(loop.target, ast.Name)
                and isinstance(loop.iter, ast.Call)
                and call_name(loop.iter) == "range"
                and len(loop.iter.args) == 2
                and isinstance(loop.iter.args[0], ast.Constant)
                and loop.iter.args[0].value == 1
                and isinstance(loop.iter.args[1], ast.Call)
                and call_name(loop.iter.args[1]) == "len"
                and loop.iter.args[1].args
            ):
                continue
            seq = ast.dump(loop.iter.args[1].args[0])
            index = loop.target.id
            subscripts = [
                n for n in walk(func) if isinstance(n, ast.Subscript) and ast.dump(n.value) == seq
            ]
            by_index = [n for n in subscripts if isinstance(n.slice, ast.Name) and n.slice.id == index]
            # any other subscript of the sequence (items[i - 1], items[0], items[1:]) means the first
            # item is compared against or handled apart
            # a loop that rewrites the items (parts[i] = ...) transforms rather than checks, and the
            # first piece of a split (text before the first separator) is rightly left out
            split = any(
                isinstance(n, ast.Assign)
                and any(ast.dump(t) == seq for t in n.targets)
                and isinstance(n.value, ast.Call)
                and call_name(n.value).rsplit(".", 1)[-1] in {"split", "rsplit", "splitlines"}
                for n in walk(func)
            )
            rewrites = any(isinstance(n.ctx, ast.Store) for n in subscripts)
            if (
                by_index
                and len(by_index) == len(subscripts)
                and not (split or rewrites)
                and _rejects(loop.body)
            ):
                yield span(loop)
