"""Negative example for os-command-from-parameter: the rule must not flag this."""
import subprocess
ALLOWED = {"ls", "date"}
def run_tool(command):
    if command not in ALLOWED:
        raise ValueError("command not allowed")
    return subprocess.check_output([command])
