"""Positive example for password-hash-without-salt: a door PIN is hashed alone through hashlib.new() and update()."""
import hashlib


def door_pin_record(badge, pin):
    hasher = hashlib.new("sha3_256")
    hasher.update(pin.encode())
    return {"badge": badge, "pin_hash": hasher.hexdigest()}
