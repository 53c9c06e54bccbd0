"""Positive: a helper tests the path (islink/isfile), another method later opens it by name."""
import os
import shutil


class Archiver:
    def eligible(self, candidate):
        return os.path.isfile(candidate) and not os.path.islink(candidate)

    def archive(self, candidate):
        shutil.copyfile(candidate, candidate + ".bak")
        with open(candidate, "w"):
            pass

    def sweep(self, folder):
        for entry in os.listdir(folder):
            target = os.path.join(folder, entry)
            if self.eligible(target):
                self.archive(target)
