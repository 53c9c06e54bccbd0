MAX_RETRIES = 3


class Sender:
    def __init__(self, transport):
        self.transport = transport
        self.failures = 0

    def send(self, msg):
        while True:
            if self.transport.try_send(msg):
                self.failures = 0
                return True
            self.failures += 1
            if self.failures >= MAX_RETRIES:
                return False


def allowed(counter, user, max_attempts=5):
    counter[user] = counter.get(user, 0) + 1
    return counter[user] <= max_attempts
