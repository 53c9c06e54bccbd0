def can_delete(user_role, required):
    """Return True when the user's role matches the required role."""
    return user_role == required


if __name__ == "__main__":
    role = "".join(["ad", "min"])
    print(can_delete(role, "admin"))
