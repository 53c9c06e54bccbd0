import gzip
import os
import shutil
import time

LOG_DIRS = ["/var/log/webapp", "/home/shared/app-logs"]


class Rotator:
    def __init__(self, max_age_days=7):
        self.max_age = max_age_days * 86400

    def should_rotate(self, path):
        if os.path.islink(path) or not os.path.isfile(path):
            return False
        return time.time() - os.path.getmtime(path) > self.max_age

    def rotate(self, path):
        with open(path, "rb") as src, gzip.open(path + ".gz", "wb") as dst:
            shutil.copyfileobj(src, dst)
        os.chmod(path + ".gz", 0o644)
        open(path, "w").close()

    def run(self):
        for d in LOG_DIRS:
            for name in os.listdir(d):
                full = os.path.join(d, name)
                if name.endswith(".log") and self.should_rotate(full):
                    self.rotate(full)


if __name__ == "__main__":
    Rotator().run()
