"""Positive example for workflow-step-not-checked: the rule must flag this."""
TICKETS = {}


def approve(ticket_id, reviewer):
    TICKETS.setdefault(ticket_id, {})["approved"] = reviewer is not None


def deploy(ticket_id):
    ticket = TICKETS.setdefault(ticket_id, {})
    ticket["deployed"] = True
    return ticket
