"""Negative example for pam-authenticate-without-account-check: the rule must not flag this."""
def authenticate(libpam, handle):
    retval = libpam.pam_authenticate(handle, 0)
    if retval == 0:
        retval = libpam.pam_acct_mgmt(handle, 0)
    return retval == 0
