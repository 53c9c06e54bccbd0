"""Checks on program logic: loops, bounds, comparisons, return values, regex shapes, key sizes."""

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


_NESTED_QUANTIFIER = re.compile(r"\((?:\?:)?[^()]*[+*}][^()]*\)\s*[+*{]")


_ALTERNATION_STAR = re.compile(r"\((?:\?:)?([^()|]+)\|\1[^()]*\)\s*[+*]")


_ADJACENT_UNBOUNDED = re.compile(
    r"(\\d|\\w|\.|\[[^\]]+\])[+*]\??(?:\\?[A-Za-z.]\?)?(\\d|\\w|\.|\[[^\]]+\])[+*]"
)


_REGEX_CALLS = ("compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split")


def _redos_pattern(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for call in calls(tree):
        name = call_name(call)
        if not (name.startswith("re.") and name.split(".")[-1] in _REGEX_CALLS) or not call.args:
            continue
        pattern = call.args[0]
        if isinstance(pattern, ast.Constant) and isinstance(pattern.value, str):
            text = pattern.value
            if (
                _NESTED_QUANTIFIER.search(text)
                or _ALTERNATION_STAR.search(text)
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


def _off_by_one(tree: ast.Module) -> Iterator[tuple[int, int]]:
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


def _object_reference_compare(tree: ast.Module) -> Iterator[tuple[int, int]]:
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


def _duplicate_key_list(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for node in nodes(tree):
        if isinstance(node, ast.Dict):
            keys = [ast.dump(k) for k in node.keys if isinstance(k, ast.Constant)]
            if len(keys) != len(set(keys)):
                yield span(node)
    for func in functions(tree):
        appended: dict[str, ast.Call] = {}
        sorted_lists: set[str] = set()
        membership: set[str] = set()
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
        for owner, call in appended.items():
            if owner in sorted_lists and owner not in membership:
                yield span(call)


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
        "Off-by-one error: an index loop runs to len(x) inclusive (range(len(x) + 1), i <= len(x)).",
        "The bound includes len(x), one past the last valid index. Loop over range(len(x)) or iterate the "
        "items directly (for item in x / enumerate).",
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
        "with == where no __eq__ is defined (identity).",
        "Two objects are compared as references (is, or == without __eq__), which checks identity, not the "
        "content. Compare the identifying fields (a.id == b.id) or define __eq__ on the class.",
        _object_reference_compare,
    ),
    Check(
        "duplicate-key-in-associative-list",
        462,
        Level.LOW,
        Level.MEDIUM,
        "Duplicate key in associative list: key/value pairs appended to a list that is sorted but never "
        "checked for an existing key, or a dict literal with a repeated key.",
        "Key/value pairs are collected in a list without checking whether the key is already present, so "
        "duplicates coexist and lookups pick an arbitrary one. Use a dict (or check 'key in seen' before "
        "appending) so each key appears once.",
        _duplicate_key_list,
    ),
    Check(
        "exception-not-handled",
        703,
        Level.LOW,
        Level.MEDIUM,
        "Improper check or handling of exceptional conditions: int(input()) outside try, or an except "
        "block that silently swallows the error (only pass/continue).",
        "An exceptional condition is not handled: conversion of user input can raise ValueError outside any "
        "try block, or an 'except ...: pass' hides the error from the caller and the user. Catch the "
        "specific exception and handle it visibly (report it, retry with a message, or fail safely).",
        _unhandled_conversion,
    ),
)
