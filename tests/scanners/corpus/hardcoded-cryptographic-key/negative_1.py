"""Negative example for hardcoded-cryptographic-key: the rule must not flag this."""
import os
from cryptography.fernet import Fernet
def seal(data):
    return Fernet(os.environ["SECRET_KEY"]).encrypt(data)
