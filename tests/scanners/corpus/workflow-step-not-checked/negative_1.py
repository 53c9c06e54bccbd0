"""Negative example for workflow-step-not-checked: the rule must not flag this."""
TICKETS = {}


def approve(ticket_id, reviewer):
    TICKETS.setdefault(ticket_id, {})["approved"] = reviewer is not None


def deploy(ticket_id):
    ticket = TICKETS.setdefault(ticket_id, {})
    if not ticket.get("approved"):
        raise PermissionError("ticket not approved")
    ticket["deployed"] = True
    return ticket
