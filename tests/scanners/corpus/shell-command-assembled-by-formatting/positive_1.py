"""Positive example for shell-command-assembled-by-formatting: the rule must flag this."""
import os
def archive(folder):
    os.system(f"tar czf backup.tgz {folder}")
