"""Negative example for shell-command-assembled-by-formatting: the rule must not flag this."""
import subprocess
def archive(folder):
    subprocess.run(["tar", "czf", "backup.tgz", folder], check=True)
