"""Checks on program logic: bounds, comparisons, return values, duplicate keys, regex shapes, key sizes,
unhandled failures of a check."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

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
