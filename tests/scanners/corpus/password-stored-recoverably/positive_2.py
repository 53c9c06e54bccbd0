"""Positive example for password-stored-recoverably: the stored password is compared in plain text."""


def check_password(cursor, user_id, password):
    cursor.execute("SELECT password FROM users WHERE id = %s", (user_id,))
    row = cursor.fetchone()
    return row is not None and row[0] == password
