"""The policy demands 12 characters and caps the length at 128 (a DoS guard, not a weakness)."""


def check_password(password: str) -> list[str]:
    problems = []
    if len(password) < 12:
        problems.append("at least 12 characters")
    if len(password) > 128:
        problems.append("at most 128 characters")
    if len(password) > 0 and password.isdigit():
        problems.append("not only digits")
    return problems
