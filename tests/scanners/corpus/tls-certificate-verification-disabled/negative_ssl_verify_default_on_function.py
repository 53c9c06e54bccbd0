"""The verification flag defaults to on; a caller must opt out explicitly for a lab host."""
import aiohttp


async def fetch_status(url, ssl_verify=True, debug=False):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=ssl_verify) as resp:
            if debug:
                print(resp.status)
            return await resp.json()
