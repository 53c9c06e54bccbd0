"""Positive example for os-command-from-parameter: the rule must flag this."""
import subprocess
def run_tool(command):
    return subprocess.check_output(command, shell=True)
