"""Checks on signature verification: a signature/HMAC check that accepts a message when the
signature is missing or discards the comparison result."""

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
    span,
    walk,
)
from seccode.scanners._finding import Level

_SIGNATURE_NAME = re.compile(
    r"(?i)(sig|signature|hmac|mac|digest)$|^(sig|signature|hmac|mac)_|_sig_|signature"
)
_VERIFY_CALLS = re.compile(r"(?i)(compare_digest|verify|hmac\.new|check_signature|constant_time)")


def _named(node: ast.expr) -> str:
    return dotted(node) if isinstance(node, ast.Name | ast.Attribute) else ""


def _missing_test(test: ast.expr) -> str:
    """The name a test checks for absence (``sig is None``, ``not sig``, ``sig == ""``), or ``""``."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _named(test.operand)
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is | ast.Eq)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value in (None, "", b"")
    ):
        return _named(test.left)
    return ""


def _log_call(stmt: ast.stmt) -> bool:
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        return False
    name = call_name(stmt.value).lower()
    return "log" in name or name.rsplit(".", 1)[-1] in {"warning", "info", "debug", "warn"}


def _accepts(body: list[ast.stmt]) -> bool:
    """The branch only lets the caller go on: (after logging) a bare return, return None/True, or pass."""
    *before, last = body
    if not all(_log_call(b) for b in before):
        return False
    if isinstance(last, ast.Pass):
        return True
    return isinstance(last, ast.Return) and (
        last.value is None or (isinstance(last.value, ast.Constant) and last.value.value in (None, True))
    )


def _signature_name(name: str) -> bool:
    return bool(name) and bool(_SIGNATURE_NAME.search(name.rsplit(".", 1)[-1]))


def _signature_skipped_when_missing(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for func in functions(tree):
        if not any(_VERIFY_CALLS.search(call_name(c)) for c in calls(func)):
            continue
        rejects = any(
            isinstance(n, ast.Raise)
            or (isinstance(n, ast.Return) and isinstance(n.value, ast.Constant) and n.value.value is False)
            or (
                isinstance(n, ast.Call)
                and call_name(n).rsplit(".", 1)[-1] in {"abort", "HttpResponseForbidden"}
            )
            for n in walk(func)
        )
        for node in walk(func):
            # hmac.compare_digest(expected, sig) as a bare statement: the verdict is thrown away
            if (
                isinstance(node, ast.Expr)
                and isinstance(node.value, ast.Call)
                and call_name(node.value).rsplit(".", 1)[-1]
                in {"compare_digest", "checkpw", "check_password_hash"}
            ):
                yield span(node)
            if not isinstance(node, ast.If) or node.orelse:
                continue
            # if sig is None: return   (the signature is verified below only when one was sent)
            skipped = _signature_name(_missing_test(node.test)) and _accepts(node.body)
            # if sig: verify(sig)   and nothing rejects the message when it is absent
            optional = (
                _signature_name(_named(node.test))
                and rejects
                and any(
                    isinstance(c, ast.Call) and _VERIFY_CALLS.search(call_name(c)) for c in walk(node)
                )
                and not any(
                    isinstance(n, ast.Raise) or (isinstance(n, ast.Return) and n.value is not None)
                    for stmt in func.body
                    if stmt is not node
                    for n in walk(stmt)
                )
            )
            if skipped or optional or _verified_only_if_present(node, func):
                yield span(node.test)


def _present_test(test: ast.expr) -> str:
    """The name a test checks for presence (``sig``, ``sig is not None``, ``sig != ""``), or ``""``."""
    if isinstance(test, ast.Name | ast.Attribute):
        return _named(test)
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.IsNot | ast.NotEq)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value in (None, "", b"")
    ):
        return _named(test.left)
    return ""


def _rejects(body: list[ast.stmt]) -> bool:
    return any(
        isinstance(n, ast.Raise)
        or (isinstance(n, ast.Return) and n.value is not None)
        or (isinstance(n, ast.Call) and call_name(n).rsplit(".", 1)[-1] in {"abort", "HttpResponseForbidden"})
        for stmt in body
        for n in walk(stmt)
    )


def _verified_only_if_present(node: ast.If, func: ast.AST) -> bool:
    """``if sig and not compare_digest(sig, expected): reject``: the rejection needs a signature, so a
    message sent without one is accepted (unless the function rejects a missing one elsewhere)."""
    test = node.test
    if not (isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) and _rejects(node.body)):
        return False
    present = {p for v in test.values if (p := _present_test(v))}
    verified = {
        _named(a)
        for v in test.values
        if isinstance(v, ast.UnaryOp) and isinstance(v.op, ast.Not)
        for c in walk(v.operand)
        if isinstance(c, ast.Call) and _VERIFY_CALLS.search(call_name(c))
        for a in [*c.args, *(k.value for k in c.keywords)]
    }
    names = present & verified
    return bool(names) and not any(
        isinstance(n, ast.If) and n is not node and _missing_test(n.test) in names and _rejects(n.body)
        for n in walk(func)
    )


_SIG_ERRORS = re.compile(
    r"(?i)^(InvalidSignature|BadSignature|BadSignatureError|InvalidSignatureError|VerificationError|"
    r"VerifyMismatchError|SignatureError|BadData|BadTimeSignature|InvalidTag|Exception|BaseException|ValueError)$"
)


def _handler_names(handler: ast.ExceptHandler) -> list[str]:
    if handler.type is None:
        return ["Exception"]
    types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return [dotted(t).rsplit(".", 1)[-1] for t in types]


def _ignores(body: list[ast.stmt]) -> bool:
    """The handler only logs / prints / passes (or returns True): execution goes on as if verified."""
    *before, last = body
    if not all(_log_call(b) or isinstance(b, ast.Pass) or _print_call(b) for b in before):
        return False
    if isinstance(last, ast.Pass) or _log_call(last) or _print_call(last):
        return True
    return isinstance(last, ast.Return) and isinstance(last.value, ast.Constant) and last.value.value is True


def _print_call(stmt: ast.stmt) -> bool:
    return (
        isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and call_name(stmt.value) == "print"
    )


def _verify_error_ignored(tree: ast.Module) -> Iterator[tuple[int, int]]:
    for node in walk(tree):
        if not isinstance(node, ast.Try) or node.orelse:
            continue
        body = [n for stmt in node.body for n in walk(stmt)]
        if any(isinstance(n, ast.Return | ast.Raise) for n in body):
            continue
        if not any(
            isinstance(n, ast.Call) and "verify" in call_name(n).rsplit(".", 1)[-1].lower() for n in body
        ):
            continue
        for handler in node.handlers:
            if any(_SIG_ERRORS.match(n) for n in _handler_names(handler)) and _ignores(handler.body):
                yield span(node)
                break


CHECKS: tuple[Check, ...] = (
    Check(
        "signature-verification-error-ignored",
        347,
        Level.HIGH,
        Level.MEDIUM,
        "Improper verification of cryptographic signature: the exception a verify() call raises for a bad "
        "signature (InvalidSignature, BadSignature, VerificationError...) is caught and only logged or "
        "passed over, with no return or raise, so the code after the try goes on as if the signature "
        "were valid.",
        "A failed signature verification is swallowed: the except block only logs (or passes, or returns "
        "True), so forged or unsigned data is accepted. Reject in the handler (raise, or return False "
        "and have the caller stop) and only proceed when verify() returned without an exception.",
        _verify_error_ignored,
    ),
    Check(
        "signature-check-skipped-when-missing",
        347,
        Level.HIGH,
        Level.MEDIUM,
        "Improper verification of cryptographic signature: a function that verifies a signature/HMAC "
        "returns (accepting) when the signature is absent (if sig is None: return), verifies it only "
        "when one was sent (if sig: compare... / if sig and not compare_digest(...): reject), or "
        "discards the result of compare_digest, so an unsigned or forged message passes.",
        "A missing signature is treated as valid: the check returns early (or only runs when a signature "
        "is present), so an attacker simply omits the header and the unsigned message is processed. Reject "
        "requests without a signature (raise / return 401) before computing and comparing the HMAC with "
        "hmac.compare_digest.",
        _signature_skipped_when_missing,
    ),
)
