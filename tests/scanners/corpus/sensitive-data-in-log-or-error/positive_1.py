"""Positive example for sensitive-data-in-log-or-error: the rule must flag this."""
import logging
def login(user, password):
    logging.info("login attempt %s %s", user, password)
