"""Hard-coded secrets and trust flags: names and values that patterns cannot weigh."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import Check, call_name, dotted, nodes, span
from seccode.scanners._finding import Level

_PASSWORD = re.compile(r"(?i)(^|_)(pass(word)?|passwd|pwd|passphrase)s?($|_)|password")
_KEY = re.compile(
    r"(?i)(api_?key|secret|token|access_?key|private_?key|auth_?key|client_?secret|^key$|_key$)"
)
_USER = re.compile(r"(?i)^(db_?)?(user(name)?|login|admin)$")
_PRIVILEGE = re.compile(
    r"(?i)(admin|authori[sz]ed|privilege|is_?root|superuser|logged_?in|has_?access|access)"
)
#: placeholder values that are not secrets (and empty strings, which are their own weakness)
_PLACEHOLDER = re.compile(r"(?i)^(|none|null|changeme|<.*>|\*+|x+|\.\.\.)$")


def _literal_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str | bytes):
        value = node.value if isinstance(node.value, str) else node.value.decode("latin-1")
        return value
    return None


def _is_secret_value(value: str) -> bool:
    return not _PLACEHOLDER.match(value.strip()) and " " not in value.strip() and len(value) <= 200


def _target_names(node: ast.Assign | ast.AnnAssign) -> list[str]:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    names: list[str] = []
    for target in targets:
        if isinstance(target, ast.Subscript):
            key = _literal_str(target.slice)
            if key is not None:
                names.append(key)
        else:
            name = dotted(target)
            if name:
                names.append(name.rsplit(".", 1)[-1])
    return names


def _secret_literals(tree: ast.Module, name_re: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Literals bound to (or compared with, or passed as) a name matching ``name_re``."""
    for node in nodes(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            value = _literal_str(node.value)
            named = value is not None and any(name_re.search(n) for n in _target_names(node))
            if named and value is not None and _is_secret_value(value):
                yield span(node)
        elif isinstance(node, ast.Call):
            for kw in node.keywords:
                value = _literal_str(kw.value)
                if kw.arg and value is not None and _is_secret_value(value) and name_re.search(kw.arg):
                    yield span(node)
        elif (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.ops[0], ast.Eq | ast.NotEq)
        ):
            left, right = node.left, node.comparators[0]
            for side, other in ((left, right), (right, left)):
                value = _literal_str(other)
                name = dotted(side).rsplit(".", 1)[-1] if dotted(side) else ""
                if isinstance(side, ast.Subscript):
                    name = _literal_str(side.slice) or ""
                if value is not None and _is_secret_value(value) and name and name_re.search(name):
                    yield span(node)
        elif isinstance(node, ast.Dict):
            for key, val in zip(node.keys, node.values, strict=True):
                k, v = _literal_str(key), _literal_str(val)
                if k is not None and v is not None and _is_secret_value(v) and name_re.search(k):
                    yield span(val)


def _secret_getters(tree: ast.Module, name_re: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Parameterless functions named for a secret that return a literal: ``def admin_password():
    return "s3cret"`` hard-codes the value as surely as an assignment does."""
    for node in nodes(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or not name_re.search(node.name):
            continue
        if node.args.args or node.args.posonlyargs or node.args.kwonlyargs or node.args.vararg:
            continue
        for stmt in ast.walk(node):
            if isinstance(stmt, ast.Return):
                value = _literal_str(stmt.value)
                if value is not None and _is_secret_value(value):
                    yield span(stmt)


def _hardcoded_password(tree: ast.Module) -> Iterator[tuple[int, int]]:
    yield from _secret_literals(tree, _PASSWORD)
    yield from _secret_getters(tree, _PASSWORD)


def _hardcoded_credentials(tree: ast.Module) -> Iterator[tuple[int, int]]:
    yield from _secret_literals(tree, _PASSWORD)
    yield from _secret_getters(tree, _PASSWORD)
    yield from _secret_literals(tree, _KEY)
    # a user name literal paired with a password literal in one connect()/login() call
    for node in nodes(tree):
        if isinstance(node, ast.Call) and len(node.args) >= 2:
            literals = [a for a in node.args if _literal_str(a)]
            name = call_name(node).rsplit(".", 1)[-1].lower()
            if len(literals) >= 2 and name in {"connect", "login", "ftp", "smtp", "authenticate", "client"}:
                yield span(node)


def _hardcoded_key(tree: ast.Module) -> Iterator[tuple[int, int]]:
    yield from _secret_literals(tree, _KEY)
    # a client constructed with a literal token as a positional argument: Canvas(url, "token")
    for node in nodes(tree):
        if isinstance(node, ast.Call) and node.args:
            last = _literal_str(node.args[-1])
            callee = call_name(node).rsplit(".", 1)[-1]
            if (
                last is not None
                and len(node.args) >= 2
                and callee[:1].isupper()
                and _is_secret_value(last)
                and not last.startswith(("http://", "https://", "/"))
            ):
                yield span(node)


def _privilege_flag_from_input(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A privilege flag set inside a function: global state, or decided by comparing to constants."""
    for func in nodes(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        globals_ = {n for stmt in ast.walk(func) if isinstance(stmt, ast.Global) for n in stmt.names}
        for node in ast.walk(func):
            if not isinstance(node, ast.If):
                continue
            literal_test = any(
                isinstance(c, ast.Compare)
                and any(
                    _literal_str(x) is not None or (isinstance(x, ast.Name) and x.id.isupper())
                    for x in [c.left, *c.comparators]
                )
                for c in ast.walk(node.test)
            )
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.Assign)
                    and isinstance(stmt.value, ast.Constant)
                    and stmt.value.value is True
                ):
                    for name in _target_names(stmt):
                        if _PRIVILEGE.search(name) and (name in globals_ or literal_test):
                            yield span(stmt)


CHECKS: tuple[Check, ...] = (
    Check(
        id="hardcoded-password",
        cwe=259,
        severity=Level.HIGH,
        confidence=Level.MEDIUM,
        description=(
            "Use of a hard-coded password: a string literal is bound to, compared with or passed as a "
            "password-named variable, argument or key."
        ),
        message=(
            "A password is written into the code (assigned, compared or passed as a literal). Anyone with "
            "the code knows it and it cannot be changed without a release. Read it from the environment or "
            "a secret store and compare stored salted hashes, not literals."
        ),
        body=_hardcoded_password,
    ),
    Check(
        id="hardcoded-credentials",
        cwe=798,
        severity=Level.HIGH,
        confidence=Level.MEDIUM,
        description=(
            "Use of hard-coded credentials: literal passwords, tokens or keys, or a literal user/password "
            "pair passed to a connect/login call."
        ),
        message=(
            "Credentials (password, token or key) are hard-coded. Move them out of the source: read them "
            "from environment variables or a secret manager at run time, and rotate the exposed ones."
        ),
        body=_hardcoded_credentials,
    ),
    Check(
        id="hardcoded-cryptographic-key",
        cwe=321,
        severity=Level.HIGH,
        confidence=Level.MEDIUM,
        description=(
            "Use of a hard-coded cryptographic key or API token: a literal bound to a key/secret/token name "
            "or handed to a client constructor."
        ),
        message=(
            "A cryptographic key or API token is a literal in the code, so everyone with the code can use "
            "it. Load keys from the environment or a key store (os.environ['API_KEY']), never commit them."
        ),
        body=_hardcoded_key,
    ),
    Check(
        id="privilege-flag-set-from-input",
        cwe=454,
        severity=Level.HIGH,
        confidence=Level.MEDIUM,
        description=(
            "External initialization of trusted variables: an admin/authorised flag is set from request "
            "values compared with constants, or kept in a global shared by all callers."
        ),
        message=(
            "A trust flag (admin/authorised/logged-in) is set from caller-supplied values checked against "
            "constants, or stored in a global that every later request sees. Derive privileges from the "
            "authenticated session on each request and verify credentials against a stored hash."
        ),
        body=_privilege_flag_from_input,
    ),
)
