"""Positive for privilege-flag-set-from-input: the admin flag is granted when request values equal class constants."""


class Console:
    OPERATOR = "ops"
    OPERATOR_PIN = "4471"

    def __init__(self):
        self.is_admin = False

    def unlock(self, form):
        if form.get("user") == self.OPERATOR and form.get("pin") == self.OPERATOR_PIN:
            self.is_admin = True
        return self.is_admin
