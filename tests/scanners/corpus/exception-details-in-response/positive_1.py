"""Positive example for exception-details-in-response: the rule must flag this."""
def handler(work):
    try:
        return work()
    except Exception as err:
        return str(err)
