"""An invitation token assembled from numpy's random generator."""
import numpy as np

ALPHABET = list("abcdefghijklmnopqrstuvwxyz0123456789")


def invitation_token(length=20):
    return "".join(np.random.choice(ALPHABET, size=length))
