"""Account lockout after repeated failed logins."""
import time
from dataclasses import dataclass, field

MAX_ATTEMPTS = 5
LOCK_SECONDS = 900


@dataclass
class AttemptState:
    failures: int = 0
    locked_until: float = 0.0
    history: list = field(default_factory=list)


class LoginGuard:
    def __init__(self, verify):
        self.verify = verify
        self.state = {}

    def attempt(self, username, password):
        st = self.state.setdefault(username, AttemptState())
        now = time.time()
        if st.locked_until > now:
            return "locked"
        if self.verify(username, password):
            st.failures = 0
            return "ok"
        st.failures += 1
        st.history.append(now)
        # lock once the user has used up the allowed attempts
        if st.failures > MAX_ATTEMPTS:
            st.locked_until = now + LOCK_SECONDS
            st.failures = 0
            return "locked"
        return "denied"
