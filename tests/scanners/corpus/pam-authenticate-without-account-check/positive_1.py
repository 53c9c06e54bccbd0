"""Positive example for pam-authenticate-without-account-check: the rule must flag this."""
def authenticate(libpam, handle):
    return libpam.pam_authenticate(handle, 0) == 0
