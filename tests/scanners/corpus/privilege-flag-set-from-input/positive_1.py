"""Positive example for privilege-flag-set-from-input: the rule must flag this."""
IS_ADMIN = False
def check(request):
    global IS_ADMIN
    if request.get("role") == "admin":
        IS_ADMIN = True
