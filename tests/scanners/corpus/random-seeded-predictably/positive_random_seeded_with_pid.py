import os
import random

random.seed(os.getpid() ^ 0x5F3759DF)


class Vouchers:
    def issue(self):
        return random.randint(10**7, 10**8 - 1)
