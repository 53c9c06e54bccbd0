"""Exposure of stored secrets (CWE-200): a handler that returns a whole record carrying credential fields
(jsonify(user), vars(obj), a SELECT * row of an account table) or the process environment."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from seccode.scanners._ast_checks._check import (
    Check,
    call_name,
    dotted,
    functions,
    nodes,
    route_decorators,
    route_path,
    span,
    takes_request_first,
    walk,
)
from seccode.scanners._finding import Level

_SECRET_FIELD = re.compile(
    r"(?i)^(password|passwd|password_?hash|pw_?hash|hashed_?password|secret|.*_secret|api_?key|api_?token|"
    r"access_?token|refresh_?token|auth_?token|token|ssn|social_?security.*|credit_?card|card_?number|cvv|"
    r"private_?key|otp_?secret|totp_?secret|salt)$"
)
_STAR_ACCOUNTS = re.compile(
    r"(?is)select\s+\*\s+from\s+\w*(user|account|member|customer|employee|staff|admin)"
)
_ACCOUNT_MODEL = re.compile(r"(User|Account|Member|Customer|Employee|Profile)\w*\.objects")
_SERIALISE = {
    "jsonify",
    "JsonResponse",
    "HttpResponse",
    "dumps",
    "JSONResponse",
    "Response",
    "make_response",
    "dict",
}


def _secret_stores(tree: ast.Module) -> set[str]:
    """Module-level names bound to a dict/list literal whose records carry credential fields."""
    found: set[str] = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
            keys = [
                k.value
                for d in walk(stmt.value)
                if isinstance(d, ast.Dict)
                for k in d.keys
                if isinstance(k, ast.Constant) and isinstance(k.value, str)
            ]
            if any(_SECRET_FIELD.match(k) for k in keys):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                found |= {dotted(t) for t in targets if dotted(t)}
    return found


def _star_account_fetch(func: ast.AST) -> bool:
    """``func`` runs SELECT * on an account table (every column, the password hash included)."""
    return any(
        isinstance(c, ast.Call)
        and call_name(c).rsplit(".", 1)[-1] in {"execute", "query", "raw"}
        and c.args
        and isinstance(c.args[0], ast.Constant)
        and isinstance(c.args[0].value, str)
        and _STAR_ACCOUNTS.search(c.args[0].value)
        for c in walk(func)
    )


def _whole_environ(node: ast.AST) -> bool:
    """``node`` holds the whole process environment: os.environ, dict(os.environ), os.environ.copy()
    (an ``env=`` argument handed to a child process is no disclosure)."""
    passed_on = {
        id(x) for n in walk(node) if isinstance(n, ast.keyword) and n.arg == "env" for x in walk(n)
    }
    for n in walk(node):
        if id(n) in passed_on:
            continue
        if (
            isinstance(n, ast.Call)
            and call_name(n) in {"dict", "os.environ.copy", "environ.copy"}
            and (call_name(n) != "dict" or any(dotted(a) in {"os.environ", "environ"} for a in n.args))
        ):
            return True
        if isinstance(n, ast.Dict) and any(
            k is None and dotted(v) in {"os.environ", "environ"}
            for k, v in zip(n.keys, n.values, strict=True)
        ):
            return True
    return False


def _leaking_helpers(tree: ast.Module) -> tuple[set[str], set[str]]:
    """(helpers that return a SELECT * account row, helpers/classes whose result carries the environment).

    A class counts when a method stores the environment on ``self`` and another returns vars(self) or
    self.__dict__; its name and that method's name are then both leaking."""
    rows: set[str] = set()
    env: set[str] = set()
    for func in functions(tree):
        returns = [r for r in walk(func) if isinstance(r, ast.Return) and r.value is not None]
        if _star_account_fetch(func) and any(
            any(
                isinstance(c, ast.Call)
                and call_name(c).rsplit(".", 1)[-1] in {"fetchone", "fetchall", "first"}
                for c in walk(r)
            )
            or isinstance(r.value, ast.Name)
            for r in returns
        ):
            rows.add(func.name)
        if any(_whole_environ(r.value) for r in returns if r.value is not None):
            env.add(func.name)
    for cls in nodes(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        stores_env = any(
            isinstance(a, ast.Assign)
            and any(dotted(t).startswith("self.") for t in a.targets)
            and _whole_environ(a.value)
            for a in walk(cls)
        )
        dumpers = [
            f.name
            for f in cls.body
            if isinstance(f, ast.FunctionDef)
            and any(
                isinstance(r, ast.Return)
                and r.value is not None
                and (
                    (
                        isinstance(r.value, ast.Call)
                        and call_name(r.value) in {"vars", "dict", "asdict"}
                        and any(dotted(a) in {"self", "self.__dict__"} for a in r.value.args)
                    )
                    or dotted(r.value) == "self.__dict__"
                )
                for r in walk(f)
            )
        ]
        if stores_env and dumpers:
            env |= {cls.name, *dumpers}
    return rows, env


#: the column list of an ORM model or row: Model.__table__.columns, obj._meta.fields, row.keys()
_ALL_COLUMNS = re.compile(
    r"(__table__\.(columns|c)|__mapper__\.(columns|attrs|column_attrs)|_meta\.(fields|get_fields|concrete_fields)|"
    r"mapper\.column_attrs|inspect\(.*\)\.attrs)\b"
)


def _secret_model_fields(tree: ast.Module) -> bool:
    """A class in the module declares a credential field (password_hash = Column(...), api_key: str)."""
    return any(
        isinstance(cls, ast.ClassDef)
        and any(
            _SECRET_FIELD.match(dotted(t))
            for st in cls.body
            if isinstance(st, ast.Assign | ast.AnnAssign)
            for t in (st.targets if isinstance(st, ast.Assign) else [st.target])
        )
        for cls in nodes(tree)
    )


def _every_column(value: ast.AST) -> bool:
    """{c.name: getattr(obj, c.name) for c in Model.__table__.columns}: a copy of every column."""
    return (
        isinstance(value, ast.DictComp)
        and any(_ALL_COLUMNS.search(ast.unparse(g.iter)) for g in value.generators)
        and any(isinstance(c, ast.Call) and call_name(c) == "getattr" for c in walk(value.value))
    )


def _whole_record_returned(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A web handler returns a stored record as it is (jsonify(user), vars(user)), credentials included."""
    stores = _secret_stores(tree)
    secret_models = _secret_model_fields(tree)
    row_helpers, env_helpers = _leaking_helpers(tree)
    for func in nodes(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        routed = bool(route_decorators(func))
        django_view = takes_request_first(func)
        if not routed and not django_view:
            continue
        records: set[str] = set()
        # SELECT * on an account table: every column, the password hash included, is fetched
        star = _star_account_fetch(func)
        for a in walk(func):
            if (
                star
                and isinstance(a, ast.Assign)
                and len(a.targets) == 1
                and isinstance(a.targets[0], ast.Name)
                and any(
                    isinstance(c, ast.Call)
                    and call_name(c).rsplit(".", 1)[-1] in {"fetchone", "fetchall", "first"}
                    for c in walk(a.value)
                )
            ):
                records.add(a.targets[0].id)
            # row = load_member(member_id): a helper that runs the SELECT * and returns the row
            if (
                isinstance(a, ast.Assign)
                and len(a.targets) == 1
                and isinstance(a.targets[0], ast.Name)
                and isinstance(a.value, ast.Call)
                and call_name(a.value).rsplit(".", 1)[-1] in row_helpers
            ):
                records.add(a.targets[0].id)
            # data = {c.name: getattr(acct, c.name) for c in Account.__table__.columns}
            if (
                secret_models
                and isinstance(a, ast.Assign)
                and len(a.targets) == 1
                and isinstance(a.targets[0], ast.Name)
                and _every_column(a.value)
            ):
                records.add(a.targets[0].id)
            if isinstance(a, ast.Assign) and len(a.targets) == 1 and isinstance(a.targets[0], ast.Name):
                value = a.value
                base = (
                    value.func.value
                    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                    else value
                )
                base = base.value if isinstance(base, ast.Subscript) else base
                if dotted(base) in stores:
                    records.add(a.targets[0].id)
        for ret in walk(func):
            if not isinstance(ret, ast.Return) or ret.value is None:
                continue
            value = ret.value
            while (
                isinstance(value, ast.Call)
                and call_name(value).rsplit(".", 1)[-1] in _SERIALISE
                and value.args
            ):
                value = value.args[0]
            # [u.__dict__ for u in users] / [dict(row) for row in rows]: each element as it is
            if isinstance(value, ast.ListComp | ast.GeneratorExp):
                value = value.elt
                while isinstance(value, ast.Call) and call_name(value) in {"dict"} and value.args:
                    value = value.args[0]
            # Django: serializers.serialize("json", User.objects.all()) writes every model field
            if (
                isinstance(value, ast.Call)
                and call_name(value).endswith("serialize")
                and any(_ACCOUNT_MODEL.search(ast.unparse(a)) for a in value.args[1:])
            ):
                yield span(ret)
                continue
            wrapped = [*value.values] if isinstance(value, ast.Dict) else []
            if isinstance(value, ast.Call) and call_name(value).rsplit(".", 1)[-1] in _SERIALISE:
                wrapped += [k.value for k in value.keywords]
            if (
                (
                    (isinstance(value, ast.Name) and value.id in records)
                    or any(isinstance(w, ast.Name) and w.id in records for w in wrapped)
                    or (
                        isinstance(value, ast.Call)
                        and call_name(value) in {"vars", "model_to_dict"}
                        and value.args
                    )
                    or (isinstance(value, ast.Attribute) and value.attr == "__dict__")
                    or (secret_models and _every_column(value))
                    or dotted(value) in {"os.environ", "os.environ.copy"}
                )
                or _whole_environ(ret.value)
                or any(
                    isinstance(c, ast.Call) and call_name(c).rsplit(".", 1)[-1] in env_helpers
                    for c in walk(ret.value)
                )
            ):
                yield span(ret)


_RESET_FLOW = re.compile(r"(?i)(forgot|reset|recover|lost)")
#: the call that mints a token: secrets.token_urlsafe(), uuid4(), create_reset_token(email)
_TOKEN_MAKER = re.compile(
    r"(?i)^(token_(urlsafe|hex|bytes)|uuid[14]|(make|new|create|generate|gen|issue)_?\w*(token|code|otp|link))$"
)


def _reset_token_returned(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A forgot-password/reset handler issues the reset token (or code) and returns it in the response
    to whoever asked, instead of sending it only to the account's address."""
    for func in functions(tree):
        routes = route_decorators(func)
        if not routes and not takes_request_first(func):
            continue
        if not _RESET_FLOW.search(route_path(routes) + " " + func.name):
            continue
        tokens = {
            t.id
            for a in walk(func)
            if isinstance(a, ast.Assign)
            and isinstance(a.value, ast.Call)
            and _TOKEN_MAKER.search(call_name(a.value).rsplit(".", 1)[-1])
            for t in a.targets
            if isinstance(t, ast.Name)
        }
        if not tokens:
            continue
        for ret in walk(func):
            if not isinstance(ret, ast.Return) or ret.value is None:
                continue
            # the token inside the response body (a field, a link, a keyword), not a redirect target
            if any(
                isinstance(c, ast.Call) and call_name(c).rsplit(".", 1)[-1] in {"redirect", "url_for"}
                for c in walk(ret.value)
            ):
                continue
            if any(isinstance(n, ast.Name) and n.id in tokens for n in walk(ret.value)):
                yield span(ret)
                return


_ACCOUNT_FLOW = re.compile(r"(?i)(forgot|reset|recover|lost|log_?in|sign_?in|logon|authenticate)")
#: a message that tells the caller no such account exists
_NO_SUCH_ACCOUNT = re.compile(
    r"(?i)(no (such )?(account|user|member)|(account|user|e-?mail|username|login)\b[^.]{0,40}?\b(not found|"
    r"not registered|does not exist|doesn'?t exist|unknown|not recogni[sz]ed)|not registered|"
    r"unknown (user|e-?mail|account|username)|no account registered|is not (a )?registered)"
)


def _account_existence_revealed(tree: ast.Module) -> Iterator[tuple[int, int]]:
    """A login or password-reset handler answers an unknown account with its own message ("no account
    registered with that email", "user not found"), so anyone can test which addresses have accounts."""
    for func in functions(tree):
        routes = route_decorators(func)
        if not routes and not takes_request_first(func):
            continue
        # the path's fixed words: /staff/{login}/mail names a lookup, not a login flow
        path = re.sub(r"\{[^}]*\}|<[^>]*>", "", route_path(routes))
        if not _ACCOUNT_FLOW.search(path + " " + func.name):
            continue
        for n in walk(func):
            exit_value = n.value if isinstance(n, ast.Return) else n.exc if isinstance(n, ast.Raise) else None
            if exit_value is None:
                continue
            texts = [
                c.value
                for c in walk(exit_value)
                if isinstance(c, ast.Constant) and isinstance(c.value, str)
            ]
            if any(_NO_SUCH_ACCOUNT.search(t) for t in texts):
                yield span(n)
                return


CHECKS: tuple[Check, ...] = (
    Check(
        "record-with-secrets-returned-whole",
        200,
        Level.MEDIUM,
        Level.MEDIUM,
        "Exposure of sensitive information: a web handler returns a stored record as it is (jsonify(user), "
        "vars(obj), obj.__dict__, a SELECT * row of an account table) although the records carry credential "
        "fields (password hash, API token, secret), or returns the process environment (os.environ).",
        "The whole stored record is sent to the client, including fields such as the password hash and API "
        "token. Return an explicit allow-list of public fields (e.g. {'id': u['id'], 'display': "
        "u['display']}) or a response schema that excludes the secrets.",
        _whole_record_returned,
    ),
    Check(
        "reset-token-returned-to-requester",
        200,
        Level.HIGH,
        Level.MEDIUM,
        "Exposure of sensitive information: a forgot-password / reset handler generates the reset token or "
        "code and puts it in the HTTP response (a field, a reset link) instead of only sending it to the "
        "account's e-mail address, so whoever asks for a reset of any account receives its token.",
        "The password-reset token is returned to the requester, so anyone can reset any account whose "
        "e-mail they know. Send the token only through the account's registered channel (e-mail/SMS), and "
        "answer every reset request with the same generic message whether or not the account exists.",
        _reset_token_returned,
    ),
    Check(
        "account-existence-revealed",
        204,
        Level.MEDIUM,
        Level.MEDIUM,
        "Observable response discrepancy (information exposure): a login or password-reset handler answers "
        "an unknown account with its own message (\"no account registered with that email\", \"user not "
        "found\"), different from the answer for an existing account, so anyone can find out which "
        "addresses or usernames have accounts.",
        "This response tells the caller that the account does not exist, which lets anyone enumerate "
        "registered users. Answer unknown and known accounts alike: 'invalid username or password' for "
        "login, and 'if an account exists, we sent an e-mail' for password resets.",
        _account_existence_revealed,
    ),
)
