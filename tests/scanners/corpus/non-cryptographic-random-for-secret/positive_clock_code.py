"""Positive example for non-cryptographic-random-for-secret: a login code and an invite token are made from the clock."""
import time


def send_login_otp(mailer, email):
    otp_code = str(time.time_ns())[-6:]
    mailer.send(email, f"Your code is {otp_code}")
    return otp_code


def invite_token(team_id):
    return f"{team_id}{int(time.time() * 1000):x}"
