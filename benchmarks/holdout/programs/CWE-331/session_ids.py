import hashlib
import random
import time


def new_session_id(username):
    """Create a session identifier for a freshly logged in user."""
    seed = f"{username}:{int(time.time())}:{random.randint(1000, 9999)}"
    return hashlib.sha256(seed.encode()).hexdigest()
