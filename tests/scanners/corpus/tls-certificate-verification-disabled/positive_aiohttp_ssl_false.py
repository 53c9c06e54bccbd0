"""Positive for tls-certificate-verification-disabled: an aiohttp request is made with certificate checks off."""
import aiohttp


async def price(symbol: str) -> dict:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"https://quotes.example.net/{symbol}", ssl=False) as resp:
            return await resp.json()
