"""Checks on regular expressions: patterns that backtrack catastrophically (ReDoS) and patterns
assembled from request values without re.escape."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    calls,
    dotted,
    functions,
    nodes,
    span,
    url_parts,
    walk,
)
from seccode.scanners._finding import Level

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


_SEPARATED_GROUP = re.compile(
    r"\((?:\?:)?(\\[^\w\s]|[^\\\[\](){}|.*+?^$])?([^()]*?)(\\[^\w\s]|[^\\\[\](){}|.*+?^$])?\)"
)


_REGEX_ATOM = re.compile(r"\[\^?\]?(?:\\.|[^\]])*\]|\\.|.")


def _matches_char(part: str, char: str) -> bool:
    """Whether some atom (class, escape, wildcard or literal) of regex text ``part`` can match ``char``."""
    for atom in _REGEX_ATOM.findall(part):
        if atom in "?*+{}0123456789,|" and len(atom) == 1 and not atom.isalnum():
            continue
        try:
            if re.fullmatch(atom, char, re.DOTALL if atom == "." else 0):
                return True
        except re.error:
            return True
    return False


def _separated_repetition(group: str) -> bool:
    """A repeated group that starts or ends with a literal separator its other items cannot match
    ((?:\\.[a-z]+)*, ([a-z]+,)*): each repetition is split at that character, so it is linear."""
    m = _SEPARATED_GROUP.fullmatch(group)
    if m is None:
        return False
    lead, body, tail = m.groups()
    for sep, rest in ((lead, body + (tail or "")), (tail, (lead or "") + body)):
        if sep is not None and rest and rest[0] not in "?*+{" and not _matches_char(rest, sep[-1]):
            return True
    return False


def _nested_quantifier(text: str) -> bool:
    return any(
        not _separated_repetition(m.group(0)[: m.group(0).rindex(")") + 1])
        for m in _NESTED_QUANTIFIER.finditer(text)
    )


_REGEX_CALLS = ("compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split")


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Names bound to one string literal (``PATTERN = r"..."``) and never to anything else."""
    values: dict[str, set[str | None]] = {}
    for node in walk(tree):
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
            _nested_quantifier(text)
            or _ALTERNATION_STAR.search(text)
            or _OVERLAPPING_ALTERNATION.search(text)
            or _ADJACENT_UNBOUNDED.search(text)
        ):
            yield span(call)


_WEB_INPUT = re.compile(
    r"(^|\.)(get_argument|get_arguments|get_query_argument|get_body_argument|query_params|path_params"
    r"|get_json)$|(^|\.)request\.(args|form|values|GET|POST|json|query|rel_url|match_info|data)(\.|$)"
)


def _assembled(expr: ast.expr | None) -> bool:
    """``expr`` splices non-literal values into text: ``"|".join(words)``, ``"(" + term + ")"``,
    ``f"\\b{word}\\b"`` or ``"...{}".format(term)``."""
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        if (
            expr.func.attr == "join"
            and expr.args
            and not isinstance(expr.args[0], ast.List | ast.Tuple | ast.Constant)
        ):
            return True
        if expr.func.attr == "format" and isinstance(expr.func.value, ast.Constant):
            return any(not isinstance(a, ast.Constant) for a in expr.args)
    if isinstance(expr, ast.JoinedStr | ast.BinOp):
        parts = url_parts(expr)
        return any(isinstance(p, ast.Name | ast.Attribute | ast.Call | ast.Subscript) for p in parts)
    return False


def _regex_from_unescaped_input(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A web handler splices values into a regular expression (joined words, an f-string, a method
    that builds the pattern) and nothing in the module escapes them with re.escape."""
    names = [call_name(c) for c in calls(tree)]
    if any(n in {"re.escape", "regex.escape", "escape"} for n in names):
        return
    if not any(_WEB_INPUT.search(dotted(n)) for n in nodes(tree) if isinstance(n, ast.Attribute | ast.Call)):
        return
    # functions (methods) whose return value is an assembled pattern
    builders = {
        f.name
        for f in functions(tree)
        if any(isinstance(r, ast.Return) and _assembled(r.value) for r in walk(f))
    }
    for func in [*functions(tree), tree]:
        local = {
            dotted(t)
            for n in walk(func)
            if isinstance(n, ast.Assign) and _assembled(n.value)
            for t in n.targets
        }
        for call in calls(func):
            name = call_name(call)
            if not (name.startswith("re.") and name.rsplit(".", 1)[-1] in _REGEX_CALLS) or not call.args:
                continue
            pattern = call.args[0]
            if (
                _assembled(pattern)
                or (isinstance(pattern, ast.Name | ast.Attribute) and dotted(pattern) in local)
                or (isinstance(pattern, ast.Call) and call_name(pattern).rsplit(".", 1)[-1] in builders)
            ):
                yield span(call)


#: request sources of the stdlib http.server handler (the module defines do_GET / do_POST)
_HANDLER_INPUT = {"self.path", "self.headers", "self.rfile"}
#: calls whose result no longer carries pattern syntax (re.escape) or is no longer text
_CLEANING = {"escape", "len", "int", "float", "bool", "isdigit", "isalnum", "fullmatch", "match"}


def _mentions_input(expr: ast.AST, tainted: set[str], handler: bool, web: bool = True) -> bool:
    """``expr`` reads request input (a web framework's request fields, http.server's self.path) or a
    name already bound to it, and passes through no re.escape / int() / len() on the way."""
    found = False
    for n in walk(expr):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute | ast.Name):
            last = n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id
            if last in _CLEANING:
                return False
        if (isinstance(n, ast.Name) and n.id in tainted) or (
            isinstance(n, ast.Attribute | ast.Call)
            and ((web and _WEB_INPUT.search(dotted(n))) or (handler and dotted(n) in _HANDLER_INPUT))
        ):
            found = True
    return found


_CHARSET_TESTS = {"isdigit", "isalnum", "isalpha", "isdecimal", "isidentifier"}


def _request_names(func: ast.AST, handler: bool, web: bool) -> set[str]:
    """Names bound to request text in ``func``, less those checked to hold letters/digits only
    (``if not n.isdigit(): return``, ``re.fullmatch(r"[a-z]+", n)``): no metacharacter gets through."""
    tainted: set[str] = set()
    for _ in range(3):
        for n in walk(func):
            if isinstance(n, ast.Assign) and _mentions_input(n.value, tainted, handler, web):
                for t in n.targets:
                    tainted |= {e.id for e in walk(t) if isinstance(e, ast.Name)}
    checked = {
        dotted(c.func.value)
        for c in calls(func)
        if isinstance(c.func, ast.Attribute) and c.func.attr in _CHARSET_TESTS
    } | {
        dotted(c.args[1])
        for c in calls(func)
        if call_name(c) in {"re.fullmatch", "re.match"}
        and len(c.args) > 1
        and isinstance(c.args[0], ast.Constant)
    }
    return tainted - checked


def _pattern_sinks(func: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[tuple[int, ast.Call]]:
    """(parameter index, call) where a parameter of ``func`` is the pattern of a re call as received."""
    params = [a.arg for a in func.args.posonlyargs + func.args.args]
    tested = {id(e.value) for e in walk(func) if isinstance(e, ast.Expr)}  # bare re.compile(p): a test
    reassigned = {
        t.id
        for n in walk(func)
        if isinstance(n, ast.Assign)
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    for call in calls(func):
        name = call_name(call)
        if name.startswith("re.") and name.rsplit(".", 1)[-1] in _REGEX_CALLS and call.args:
            arg = call.args[0]
            if (
                isinstance(arg, ast.Name)
                and arg.id in params
                and arg.id not in reassigned
                and id(call) not in tested
            ):
                yield params.index(arg.id), call


def _regex_from_request(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """Request text used as the pattern of a re call, directly, through local names, or as the
    argument of a module function whose parameter is the pattern (a user-chosen regex)."""
    if not any(
        isinstance(n, ast.Attribute)
        and n.attr in _REGEX_CALLS
        and isinstance(n.value, ast.Name)
        and n.value.id == "re"
        for n in nodes(tree)
    ):
        return
    funcs = list(functions(tree))
    handler = any(f.name in {"do_GET", "do_POST", "do_PUT"} for f in funcs)
    sinks = {f.name: list(_pattern_sinks(f)) for f in funcs}
    sinks = {k: v for k, v in sinks.items() if v}
    if not (handler or sinks):
        return
    seen: set[tuple[int, int]] = set()
    for func in funcs:
        tainted = _request_names(func, handler, web=True)
        # web frameworks' request fields straight into a re call are the Semgrep taint rule's
        # (regex-pattern-from-request); here: http.server's self.path and values handed to a helper
        direct = _request_names(func, handler, web=False) if handler else set()
        tested = {id(e.value) for e in walk(func) if isinstance(e, ast.Expr)}
        for call in calls(func):
            name = call_name(call)
            last = name.rsplit(".", 1)[-1]
            hits: list[ast.AST] = []
            if name.startswith("re.") and last in _REGEX_CALLS and call.args:
                if (
                    handler
                    and id(call) not in tested
                    and _mentions_input(call.args[0], direct, handler, False)
                ):
                    hits.append(call)
            elif last in sinks and (name == last or name.startswith(("self.", "cls."))):
                offset = 1 if name.startswith(("self.", "cls.")) else 0
                for index, sink in sinks[last]:
                    i = index - offset
                    if 0 <= i < len(call.args) and _mentions_input(call.args[i], tainted, handler):
                        hits.append(sink)
            for hit in hits:
                if span(hit) not in seen:
                    seen.add(span(hit))
                    yield span(hit)


CHECKS: tuple[Check, ...] = (
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
        "regex-assembled-from-unescaped-input",
        730,
        Level.MEDIUM,
        Level.MEDIUM,
        "Regular expression denial of service: a web handler builds a regex by splicing values into it "
        "(joined search words, an f-string, a helper that returns the pattern) and no value is passed "
        "through re.escape, so request text becomes pattern syntax.",
        "Values are spliced into a regular expression without re.escape, so a visitor's text becomes "
        "pattern syntax: (a+)+$ makes the matcher backtrack for minutes (ReDoS) and metacharacters change "
        'what matches. Escape every spliced value ("|".join(map(re.escape, words))), cap the number '
        "and length of terms, or match without regexes (str.find / casefold).",
        _regex_from_unescaped_input,
        also=(1333,),
    ),
    Check(
        "regex-pattern-passed-from-request",
        730,
        Level.MEDIUM,
        Level.MEDIUM,
        "Regular expression denial of service: request text is used as the pattern of a re call - "
        "http.server's self.path/headers directly or through local variables, or any request value "
        "passed to a module function whose parameter is the pattern (a bare test re.compile(p) and "
        "values checked to be letters/digits only are not flagged).",
        "The client chooses the regular expression itself, so a pattern like (a+)+$ makes the matcher "
        "backtrack for minutes on every line it scans (ReDoS). Search for the text literally (re.escape "
        "it, or use str.find / 'in'), or run client patterns only in a linear-time engine (google-re2) "
        "or under a timeout (the regex module's timeout=).",
        _regex_from_request,
    ),
)
