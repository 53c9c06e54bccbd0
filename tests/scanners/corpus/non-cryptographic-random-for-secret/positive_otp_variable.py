"""Positive for non-cryptographic-random-for-secret: a one-time login code comes from the random module."""
import random


def start_login(phone, sms):
    otp = random.randint(100000, 999999)
    sms.send(phone, f"Your code is {otp}")
    return otp
