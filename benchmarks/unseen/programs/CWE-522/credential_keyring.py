import getpass

import keyring

SERVICE = "deploytool"


def save_credentials(profile):
    username = input("username: ")
    password = getpass.getpass("password: ")
    keyring.set_password(SERVICE, f"{profile}:user", username)
    keyring.set_password(SERVICE, f"{profile}:pass", password)


def get_credentials(profile):
    user = keyring.get_password(SERVICE, f"{profile}:user")
    password = keyring.get_password(SERVICE, f"{profile}:pass")
    if user is None or password is None:
        raise KeyError(profile)
    return user, password


if __name__ == "__main__":
    save_credentials("prod")
    print(get_credentials("prod")[0])
