"""Positive example for os-command-built-from-input: the user picks the program (no shell needed)."""
import subprocess


def run_user_command():
    command = input("command: ")
    return subprocess.run(command.split(), capture_output=True).stdout
