import sys


def is_admin(password):
    """Check whether the operator typed the maintenance password."""
    return password == "maint#2024"


if __name__ == "__main__":
    if is_admin(sys.argv[1]):
        print("maintenance mode enabled")
