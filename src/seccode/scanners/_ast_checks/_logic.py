"""Checks on program logic: object-reference (identity) comparisons and duplicate keys in
associative lists and dict literals."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    FUNCS,
    Check,
    call_name,
    dotted,
    functions,
    names_in,
    nodes,
    span,
    walk,
)
from seccode.scanners._finding import Level


def _literal(node: ast.expr) -> bool:
    """A str/bytes/number literal: objects whose identity Python does not promise (None/True/False do)."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str | bytes | int | float)
        and not isinstance(node.value, bool)
    )


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
    for n in walk(func):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            v = n.value
            if (
                _literal(v)
                or isinstance(v, ast.JoinedStr)
                or (isinstance(v, ast.Call) and call_name(v).rsplit(".", 1)[-1] in _VALUE_CALLS)
            ):
                found.add(n.targets[0].id)
    return found


#: methods and builtins that return a new str/bytes/number object
_STRING_CALLS = {
    "str", "int", "float", "hexdigest", "decode", "strip", "lower", "upper", "format", "join", "encode",
    "digest", "rstrip", "lstrip", "replace", "casefold", "title", "capitalize", "hex", "b64encode",
    "b64decode", "urlsafe_b64encode", "input",
}  # fmt: skip


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


_ENV_CALLS = {"getenv", "os.getenv", "os.environ.get", "environ.get"}


def _module_values(tree: ast.Module) -> set[str]:
    """Module-level names bound to a str/number: a literal (ADMIN_ROLE = "administrator") or a setting
    read from the environment (API_KEY = os.environ.get("API_KEY", ""), os.environ["API_KEY"])."""
    found: set[str] = set()
    for stmt in tree.body:
        if not isinstance(stmt, ast.Assign):
            continue
        v = stmt.value
        if isinstance(v, ast.Call) and call_name(v).rsplit(".", 1)[-1] in {"encode", "strip"}:
            v = v.func.value if isinstance(v.func, ast.Attribute) else v
        if (
            _literal(v)
            or (isinstance(v, ast.Call) and call_name(v) in _ENV_CALLS)
            or (isinstance(v, ast.Subscript) and dotted(v.value) in {"os.environ", "environ"})
        ):
            found |= {t.id for t in stmt.targets if isinstance(t, ast.Name) and not _SENTINEL.search(t.id)}
    return found


def _value_fields(tree: ast.Module) -> set[str]:
    """Fields a class body declares as str/int/float/bytes (``qty: int`` in a dataclass or model)."""
    return {
        stmt.target.id
        for cls in nodes(tree)
        if isinstance(cls, ast.ClassDef)
        for stmt in cls.body
        if isinstance(stmt, ast.AnnAssign)
        and isinstance(stmt.target, ast.Name)
        and dotted(stmt.annotation) in {"str", "int", "float", "bytes", "Decimal"}
    }


def _object_reference_compare(tree: ast.Module) -> Iterator[tuple[int, int]]:
    yield from _value_identity_compare(tree)
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
        for node in walk(func):
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
    # module-level names bound to one str/bytes/number literal (ADMIN_ROLE = "administrator")
    module_constants = {
        t.id
        for stmt in tree.body
        if isinstance(stmt, ast.Assign) and _literal(stmt.value)
        for t in stmt.targets
        if isinstance(t, ast.Name) and not _SENTINEL.search(t.id)
    }
    for node in nodes(tree):
        # x is "admin" / x is not 0: identity against a literal depends on interning, not on the content;
        # likewise against a string constant, or a string a call just computed (key.strip().upper(),
        # digest.hexdigest()): a fresh object is never the same object as the expected value
        if (
            isinstance(node, ast.Compare)
            and any(isinstance(o, ast.Is | ast.IsNot) for o in node.ops)
            and any(
                _literal(x)
                or (isinstance(x, ast.Name) and x.id in module_constants)
                or (isinstance(x, ast.Call) and call_name(x).rsplit(".", 1)[-1] in _STRING_CALLS)
                for x in [node.left, *node.comparators]
            )
            and not any(
                isinstance(x, ast.Constant) and (x.value is None or isinstance(x.value, bool))
                for x in [node.left, *node.comparators]
            )
        ):
            yield span(node)
    defines_eq = any(isinstance(n, FUNCS) and n.name == "__eq__" for n in nodes(tree))
    for func in functions(tree):
        params = {a.arg for a in func.args.args} - {"self", "cls"}
        for node in walk(func):
            if isinstance(node, ast.Compare) and len(node.ops) == 1:
                left, right = node.left, node.comparators[0]
                if not (isinstance(left, ast.Name) and isinstance(right, ast.Name)):
                    continue
                identity = isinstance(node.ops[0], ast.Is | ast.IsNot) or (
                    isinstance(node.ops[0], ast.Eq | ast.NotEq) and not defines_eq
                )
                if {left.id, right.id} <= params and left.id != right.id and identity:
                    yield span(node)


def _value_identity_compare(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """``a.qty is not b.qty`` on fields declared int/str, and ``given is expected`` where ``expected``
    is (a local alias of) a module-level literal or environment setting: value objects compared by
    identity, which holds only for small cached ints and interned strings."""
    identity = [
        n
        for n in nodes(tree)
        if isinstance(n, ast.Compare)
        and len(n.ops) == 1
        and isinstance(n.ops[0], ast.Is | ast.IsNot)
        and isinstance(n.left, ast.Name | ast.Attribute)
        and isinstance(n.comparators[0], ast.Name | ast.Attribute)
    ]
    if not identity:
        return
    fields = _value_fields(tree)
    settings = _module_values(tree)
    aliases: set[str] = set(settings)
    for func in functions(tree):
        for n in walk(func):
            if (
                isinstance(n, ast.Assign)
                and len(n.targets) == 1
                and isinstance(n.targets[0], ast.Name)
                and isinstance(n.value, ast.Name)
                and n.value.id in settings
            ):
                aliases.add(n.targets[0].id)
    for node in identity:
        sides = [node.left, node.comparators[0]]
        if all(isinstance(x, ast.Attribute) and x.attr in fields for x in sides) or any(
            isinstance(x, ast.Name) and x.id in aliases for x in sides
        ):
            yield span(node)


def _first_match_loop(loop: ast.AST) -> bool:
    """``for k, v in pairs: if k == name: return v`` (or break): the first pair with the key wins."""
    if not (
        isinstance(loop, ast.For)
        and isinstance(loop.target, ast.Tuple)
        and len(loop.target.elts) == 2
        and all(isinstance(e, ast.Name) for e in loop.target.elts)
    ):
        return False
    key = loop.target.elts[0].id if isinstance(loop.target.elts[0], ast.Name) else ""
    return any(
        isinstance(stmt, ast.If)
        and key in names_in(stmt.test)
        and any(isinstance(n, ast.Compare) for n in walk(stmt.test))
        and any(isinstance(r, ast.Return | ast.Break) for r in walk(stmt))
        for stmt in loop.body
    )


def _pair_lookups(tree: ast.Module) -> set[str]:
    """Functions whose first parameter is scanned for the first pair with a key."""
    found: set[str] = set()
    funcs = [(f, [a.arg for a in f.args.args if a.arg not in {"self", "cls"}]) for f in functions(tree)]
    for func, params in funcs:
        if params and any(
            _first_match_loop(n) and isinstance(n, ast.For) and dotted(n.iter) == params[0]
            for n in walk(func)
        ):
            found.add(func.name)
    # a function that hands its pairs to such a lookup reads them first-match too
    # (def signature_ok(pairs): return sign(first(pairs, "amount")) == first(pairs, "sig"))
    for _ in range(2):
        for func, params in funcs:
            if (
                func.name not in found
                and params
                and any(
                    isinstance(n, ast.Call)
                    and call_name(n).rsplit(".", 1)[-1] in found
                    and n.args
                    and dotted(n.args[0]) == params[0]
                    for n in walk(func)
                )
            ):
                found.add(func.name)
    return found


def _first_match_owners(func: ast.AST, lookups: set[str]) -> set[str]:
    """Lists read first-match in ``func``: passed to a pair-lookup helper, scanned by a loop that stops
    at the key, or searched with next(v for k, v in pairs if k == ...)."""
    owners: set[str] = set()
    for node in walk(func):
        if isinstance(node, ast.Call) and call_name(node).rsplit(".", 1)[-1] in lookups and node.args:
            owners.add(dotted(node.args[0]))
        elif isinstance(node, ast.For) and _first_match_loop(node):
            owners.add(dotted(node.iter))
        elif (
            isinstance(node, ast.Call)
            and call_name(node) == "next"
            and node.args
            and isinstance(node.args[0], ast.GeneratorExp)
            and any(g.ifs for g in node.args[0].generators)
        ):
            owners |= {dotted(g.iter) for g in node.args[0].generators}
    return owners - {""}


def _constant_key_pair(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Tuple)
        and len(node.elts) == 2
        and isinstance(node.elts[0], ast.Constant)
        and isinstance(node.elts[0].value, str)
    )


def _repeated_literal_key(node: ast.AST) -> bool:
    """A list/tuple literal of (constant key, value) pairs in which some key occurs twice."""
    if not (isinstance(node, ast.List | ast.Tuple) and len(node.elts) >= 2):
        return False
    if not all(
        isinstance(e, ast.Tuple | ast.List) and len(e.elts) == 2 and isinstance(e.elts[0], ast.Constant)
        for e in node.elts
    ):
        return False
    keys = [ast.dump(e.elts[0]) for e in node.elts if isinstance(e, ast.Tuple | ast.List)]
    return len(keys) != len(set(keys))


_MAPPING_BUILDERS = {"dict", "OrderedDict", "update", "fromkeys", "MappingProxyType", "defaultdict"}


def _literal_pairs_to_mapping(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A literal list of pairs with a repeated key turned into a mapping (dict(PAIRS), {k: v for k, v in
    PAIRS}, d.update(PAIRS)): the mapping silently keeps only the last value of the key, so one of the
    two entries - often a more specific or more restrictive one - is dropped without a word."""
    repeated: dict[str, ast.AST] = {}
    for node in nodes(tree):
        if isinstance(node, ast.Assign) and _repeated_literal_key(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name | ast.Attribute):
                    repeated[dotted(target)] = node.value
    for node in nodes(tree):
        source: ast.expr | None = None
        if (
            isinstance(node, ast.Call)
            and call_name(node).rsplit(".", 1)[-1] in _MAPPING_BUILDERS
            and node.args
        ):
            source = node.args[-1] if call_name(node).endswith("defaultdict") else node.args[0]
        elif isinstance(node, ast.DictComp) and len(node.generators) == 1:
            source = node.generators[0].iter
        if source is None:
            continue
        if _repeated_literal_key(source):
            yield span(source)
        elif isinstance(source, ast.Name | ast.Attribute) and dotted(source) in repeated:
            yield span(repeated[dotted(source)])
    # the same literal read first-match (a loop that returns at the first equal key, next(...)): the
    # second entry of the key (a route, a rule, a handler) is dead and silently shadowed
    if repeated:
        lookups = _pair_lookups(tree)
        for func in functions(tree):
            for owner in _first_match_owners(func, lookups):
                if owner in repeated:
                    yield span(repeated[owner])


def _duplicate_key_list(tree: ast.Module) -> Iterator[tuple[int, int]]:
    lookups = _pair_lookups(tree)
    yield from _literal_pairs_to_mapping(tree)
    for node in nodes(tree):
        if isinstance(node, ast.Dict):
            keys = [ast.dump(k) for k in node.keys if isinstance(k, ast.Constant)]
            if len(keys) != len(set(keys)):
                yield span(node)
    for func in functions(tree):
        appended: dict[str, ast.Call] = {}
        sorted_lists: set[str] = set()
        seeded: set[str] = set()  # lists that hold a pair with a fixed key before others are added
        membership: set[str] = set()
        tested_keys: set[str] = set()  # names checked with "not in" (a seen-set of keys)
        as_dict: dict[str, ast.Call] = {}
        for node in walk(func):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = dotted(node.func.value)
                if node.func.attr == "append" and node.args:
                    arg = node.args[0]
                    if _constant_key_pair(arg):
                        seeded.add(owner)
                    elif (isinstance(arg, ast.Tuple) and len(arg.elts) == 2) or isinstance(arg, ast.Name):
                        appended.setdefault(owner, node)
                elif node.func.attr == "sort":
                    sorted_lists.add(owner)
            if isinstance(node, ast.Call) and call_name(node) in {"sorted", "dict"} and node.args:
                if call_name(node) == "sorted":
                    sorted_lists.add(dotted(node.args[0]))
                else:
                    as_dict.setdefault(dotted(node.args[0]), node)
            # rebuilding the list from a set or dict of itself (xs = list(set(xs)),
            # xs = list(dict.fromkeys(xs))) drops the duplicate entries, which is the fix
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = dotted(node.targets[0])
                if any(
                    isinstance(c, ast.Call)
                    and call_name(c).split(".")[-1] in {"set", "frozenset", "fromkeys", "OrderedDict"}
                    and c.args
                    and dotted(c.args[0]) == target
                    for c in walk(node.value)
                ):
                    membership.add(target)
                # a list literal of ("Key", value) pairs is an associative list from the start
                if (
                    isinstance(node.value, ast.List)
                    and node.value.elts
                    and all(_constant_key_pair(e) for e in node.value.elts)
                ):
                    seeded.add(target)
            if isinstance(node, ast.Compare) and any(isinstance(o, ast.In | ast.NotIn) for o in node.ops):
                membership |= {dotted(c) for c in node.comparators}
                if any(isinstance(o, ast.NotIn) for o in node.ops):
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
                for c in walk(node)
            ):
                membership |= {dotted(i) for i in scans}
        first_match = _first_match_owners(func, lookups)
        for owner, call in appended.items():
            pair = call.args[0]
            if isinstance(pair, ast.Tuple) and dotted(pair.elts[0]) in tested_keys:
                continue
            # pairs sorted by key, or added after the code's own fixed-key pairs, with no check that
            # the key is already there: a caller's pair shadows or duplicates the trusted one
            if (owner in sorted_lists or owner in seeded) and owner not in membership:
                yield span(call)
        # one occurrence of a key is checked (first match) while dict() of the same pairs keeps the
        # last one: a repeated key passes the check with one value and is used with another
        for owner, call in as_dict.items():
            if owner in first_match and owner not in appended:
                yield span(call)


CHECKS: tuple[Check, ...] = (
    Check(
        "object-reference-comparison",
        595,
        Level.MEDIUM,
        Level.MEDIUM,
        "Comparison of object references instead of contents: two parameter objects compared with 'is', or "
        "with == where no __eq__ is defined (identity), or a string/number value compared with 'is' (to a "
        "literal, a module setting read from the environment, another such value, or two fields a class "
        "declares str/int).",
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
        "Duplicate key in associative list: key/value pairs appended to a list that is sorted or already "
        'holds the code\'s own ("Key", value) pairs, without a check for an existing key; a list of pairs '
        "checked by its first occurrence of a key but turned into dict() (which keeps the last); or a "
        "dict literal with a repeated key.",
        "Key/value pairs are collected in a list without checking whether the key is already present, so "
        "duplicates coexist and the value that is checked need not be the one that is used (dict() keeps "
        "the last pair, a lookup loop the first). Reject repeated keys (or check 'key in seen' before "
        "appending), let the server's own pairs override the client's, and check and use the same value.",
        _duplicate_key_list,
    ),
)
