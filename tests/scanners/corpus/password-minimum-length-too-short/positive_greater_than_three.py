"""A CLI admin tool only asks that the new passphrase be longer than three characters."""
import getpass


def prompt_new_passphrase():
    while True:
        new_passphrase = getpass.getpass("new passphrase: ")
        if len(new_passphrase) > 3:
            return new_passphrase
        print("too short")
