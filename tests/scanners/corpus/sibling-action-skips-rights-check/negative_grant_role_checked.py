"""Negative example for sibling-action-skips-rights-check: every changing action checks the acting user's
role."""


class TeamAdmin:
    def __init__(self, members, audit):
        self.members = members
        self.audit = audit

    def invite(self, actor, email):
        if not actor.is_admin:
            raise PermissionError("admins only")
        self.members[email] = {"role": "member"}
        self.audit.append(("invite", actor.name, email))

    def grant_role(self, actor, email, role):
        if not actor.is_admin:
            raise PermissionError("admins only")
        member = self.members[email]
        member["role"] = role
        self.audit.append(("grant", actor.name, email, role))
