"""Negative example for credentials-in-cleartext-url: the same login goes in an https:// URL."""
import xmlrpc.client


def billing_proxy(user, password, host):
    return xmlrpc.client.ServerProxy(f"https://{user}:{password}@{host}/RPC2")
