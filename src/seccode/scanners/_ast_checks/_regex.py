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
        if any(isinstance(r, ast.Return) and _assembled(r.value) for r in ast.walk(f))
    }
    for func in [*functions(tree), tree]:
        local = {
            dotted(t)
            for n in ast.walk(func)
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
)
