"""Negative: a connection pool's own urlopen(method, url) (urllib3 style) is a different API from urllib's urlopen; it speaks HTTP only."""


class RetryingPool:
    def __init__(self, pool):
        self.pool = pool

    def request(self, method, url, **kw):
        return self.pool.urlopen(method, url, retries=3, **kw)

    def get(self, url):
        return self.urlopen("GET", url)

    def urlopen(self, method, url, **kw):
        return self.pool.urlopen(method, url, **kw)
