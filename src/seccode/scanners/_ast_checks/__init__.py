"""seccode's AST checks: rules that need more than Semgrep patterns (names, constants, ordering).

Each check module defines :class:`Check` records; :data:`CHECKS` is the literal list of them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from seccode.scanners._ast_checks import (
    _access,
    _actor_rights,
    _authentication,
    _bounds,
    _credentials,
    _crypto,
    _exposure,
    _file_names,
    _final_step,
    _key_derivation,
    _key_size,
    _locks,
    _logic,
    _loops,
    _owners,
    _ownership,
    _password_change,
    _privilege,
    _races,
    _regex,
    _resources,
    _results,
    _role_fields,
    _secrets,
    _signatures,
    _static_files,
    _timing,
    _trust_flags,
    _workflow,
)
from seccode.scanners._ast_checks._analyzer import AstChecksAnalyzer
from seccode.scanners._ast_checks._check import Check

if TYPE_CHECKING:
    from seccode.scanners.rules import RuleInfo

#: every AST check of the pack, in a stable order
CHECKS: tuple[Check, ...] = (
    *_secrets.CHECKS,
    *_trust_flags.CHECKS,
    *_signatures.CHECKS,
    *_credentials.CHECKS,
    *_crypto.CHECKS,
    *_key_derivation.CHECKS,
    *_key_size.CHECKS,
    *_regex.CHECKS,
    *_logic.CHECKS,
    *_bounds.CHECKS,
    *_results.CHECKS,
    *_loops.CHECKS,
    *_locks.CHECKS,
    *_resources.CHECKS,
    *_file_names.CHECKS,
    *_races.CHECKS,
    *_timing.CHECKS,
    *_privilege.CHECKS,
    *_owners.CHECKS,
    *_role_fields.CHECKS,
    *_authentication.CHECKS,
    *_password_change.CHECKS,
    *_workflow.CHECKS,
    *_final_step.CHECKS,
    *_ownership.CHECKS,
    *_exposure.CHECKS,
    *_access.CHECKS,
    *_actor_rights.CHECKS,
    *_static_files.CHECKS,
)


def ast_rules(checks: Sequence[Check] = CHECKS) -> list[RuleInfo]:
    """The AST checks (default: all of them) as :class:`~seccode.scanners.rules.RuleInfo` rows of the
    rule inventory."""
    from seccode.scanners.rules import RuleInfo

    return [
        RuleInfo(
            id=c.id,
            cwe=c.cwe,
            analyzer="seccode-ast",
            severity=c.severity.value.upper(),
            confidence=c.confidence.value.upper(),
            description=c.description,
            message=c.message,
            source=c.body.__module__.rsplit(".", 1)[-1],
            also=c.also,
        )
        for c in checks
    ]


__all__ = ["CHECKS", "AstChecksAnalyzer", "Check", "ast_rules"]
