"""Negative example for sensitive-data-in-log-or-error: the rule must not flag this."""
import logging
def login(user, password):
    logging.info("login attempt for %s", user)
