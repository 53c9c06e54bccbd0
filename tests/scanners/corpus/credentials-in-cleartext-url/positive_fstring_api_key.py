"""An API key is appended to an http:// query string with an f-string inside a client class."""
import httpx


class WeatherClient:
    def __init__(self, api_key):
        self.api_key = api_key

    def current(self, city):
        return httpx.get(f"http://api.weather.example/v1/now?q={city}&api_key={self.api_key}").json()
